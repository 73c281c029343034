package org.numvert.web.security;

/**
 * The login page, rendered on the server: a plain HTML form (no script at all, so it works under
 * the strict Content-Security-Policy and without JavaScript), in French, labelled for screen
 * readers; a message, if any, is announced ({@code role="alert"} for errors).
 */
final class LoginForm {
    private static final String TEMPLATE = """
            <!DOCTYPE html>
            <html lang="fr">
            <head>
            <meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <title>Connexion – numvert</title>
            <link rel="stylesheet" href="/assets/public/numvert.css">
            <link rel="icon" href="/assets/public/favicon.svg" type="image/svg+xml">
            </head>
            <body class="login-page">
            <main class="login-box">
            <h1>numvert</h1>
            <p class="subtitle">Numéros verts de la Région – agents, superviseurs et administrateurs</p>
            <form method="post" action="/login" class="login-form" id="login-form">
            <h2>Connexion</h2>
            %s
            <input type="hidden" name="_csrf" value="%s">
            <input type="hidden" name="next" value="%s">
            <label for="login">Identifiant</label>
            <input id="login" name="login" type="text" autocomplete="username" autocapitalize="none"
             spellcheck="false" required autofocus maxlength="64" value="%s"%s>
            <label for="password">Mot de passe</label>
            <input id="password" name="password" type="password" autocomplete="current-password" required
             maxlength="128"%s>
            <button type="submit">Se connecter</button>
            </form>
            </main>
            </body>
            </html>
            """;

    private LoginForm() {
    }

    /** What to tell the user above the form. */
    record Message(String text, boolean error) {
        static Message none() {
            return new Message("", false);
        }
    }

    static String render(String csrfToken, String next, String login, Message message) {
        String notice = "";
        String described = "";
        if (!message.text().isEmpty()) {
            notice = message.error()
                    ? "<p class=\"message error\" id=\"login-message\" role=\"alert\">" + Html.escape(message.text()) + "</p>"
                    : "<p class=\"message\" id=\"login-message\" role=\"status\">" + Html.escape(message.text()) + "</p>";
            described = message.error() ? " aria-describedby=\"login-message\" aria-invalid=\"true\"" : "";
        }
        return TEMPLATE.formatted(notice, Html.escape(csrfToken), Html.escape(next), Html.escape(login),
                described, described);
    }
}
