package org.numvert.store;

/** A row was refused because a unique key (a login, an agent id …) is already taken. */
public final class DuplicateKeyException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public DuplicateKeyException(String message, Throwable cause) {
        super(message, cause);
    }
}
