package org.numvert.web;

/** A request the server refuses, with the status and a reason the client can read. */
public final class ApiException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final int status;

    public ApiException(int status, String reason) {
        super(reason, null, false, false);
        this.status = status;
    }

    public static ApiException badRequest(String reason) {
        return new ApiException(400, reason);
    }

    public static ApiException notFound(String reason) {
        return new ApiException(404, reason);
    }

    public static ApiException forbidden(String reason) {
        return new ApiException(403, reason);
    }

    public static ApiException conflict(String reason) {
        return new ApiException(409, reason);
    }

    public int status() {
        return status;
    }
}
