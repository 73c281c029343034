package org.numvert.web.security;

import java.util.Locale;
import java.util.regex.Pattern;
import org.numvert.web.ApiException;
import org.numvert.web.Role;

/** What a login, a display name, a password and an agent id must look like; bad input is a 400. */
final class AccountRules {
    private static final Pattern LOGIN = Pattern.compile("[a-z0-9][a-z0-9._-]{1,63}");
    static final int PASSWORD_MIN = 12;
    static final int PASSWORD_MAX = 128;
    private static final int NAME_MAX = 100;

    private AccountRules() {
    }

    /** The login in its one stored form (trimmed, lower case), or a 400 naming the rule. */
    static String login(String login) {
        String normalised = normalise(login);
        if (!LOGIN.matcher(normalised).matches()) {
            throw ApiException.badRequest("login: 2 to 64 characters among a-z, 0-9, '.', '_', '-',"
                    + " starting with a letter or a digit");
        }
        return normalised;
    }

    static String normalise(String login) {
        return login == null ? "" : login.strip().toLowerCase(Locale.ROOT);
    }

    static void check(String login, AccountDetails details) {
        String name = details.displayName();
        if (name == null || name.isBlank() || name.length() > NAME_MAX || name.chars().anyMatch(Character::isISOControl)) {
            throw ApiException.badRequest("displayName: 1 to " + NAME_MAX + " printable characters");
        }
        details.agent().ifPresent(agent -> {
            if (!LOGIN.matcher(agent.value()).matches()) {
                throw ApiException.badRequest("agentId: same characters as a login");
            }
        });
        if (details.role() == Role.AGENT && details.agent().filter(a -> a.value().equals(login)).isEmpty()) {
            throw ApiException.badRequest("agentId: an agent's agent id is its login");
        }
    }

    static void checkPassword(String login, String password) {
        if (password == null || password.length() < PASSWORD_MIN || password.length() > PASSWORD_MAX) {
            throw ApiException.badRequest("password: " + PASSWORD_MIN + " to " + PASSWORD_MAX + " characters");
        }
        if (password.strip().equalsIgnoreCase(login)) {
            throw ApiException.badRequest("password: must not be the login");
        }
    }
}
