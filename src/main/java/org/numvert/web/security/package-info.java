/**
 * Accounts and HTTP security: users with roles and organisations, password hashing, personal API
 * tokens, login throttling, demo accounts, and the handlers in front of every other API
 * ({@link org.numvert.web.security.WebSecurity}): security headers, session, authentication
 * (session cookie or {@code Authorization: Bearer}), CSRF protection, login page, and the
 * {@code /api/me}, {@code /api/users} and {@code /api/audit} resources.
 *
 * <p>It builds on {@link org.numvert.web.Principal} and {@link org.numvert.web.Role}; the base
 * package {@code org.numvert.web} does not depend on this one, so that every other API only needs
 * {@code Principal}.
 *
 * <p>Threading: {@link org.numvert.web.security.Accounts} and its parts are blocking (JDBC and
 * password hashing): handlers run them on the {@code numvert-db} pool, and password checks on the
 * small {@code numvert-auth} pool so that a flood of logins cannot starve database work.
 */
package org.numvert.web.security;
