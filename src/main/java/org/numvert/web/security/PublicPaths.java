package org.numvert.web.security;

/**
 * What answers without authentication: the health check, the login page and its stylesheet
 * ({@code /assets/public/}), and logout (which only ends a session, if there is one).
 */
final class PublicPaths {
    static final String LOGIN = "/login";
    static final String LOGOUT = "/logout";
    static final String PUBLIC_ASSETS = "/assets/public/";

    private PublicPaths() {
    }

    static boolean isPublic(String path) {
        return path.equals("/health") || path.equals(LOGIN) || path.equals(LOGOUT)
                || path.startsWith(PUBLIC_ASSETS);
    }

    /** Where a browser goes after logging in: a path of this site only (no open redirect). */
    static String safeNext(String next) {
        if (next == null || next.isEmpty() || next.length() > 2000 || !next.startsWith("/")
                || next.startsWith("//") || next.startsWith("/\\")
                || next.chars().anyMatch(c -> c < 0x20 || c == 0x7f || c == '\\')) {
            return "/";
        }
        return next;
    }
}
