package org.numvert.web.security;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import io.vertx.core.MultiMap;
import io.vertx.core.buffer.Buffer;
import io.vertx.ext.web.client.HttpResponse;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

/** The login page, the session cookie, throttling and logout, over real HTTP. */
class LoginHttpTest {
    private final ListAppender<ILoggingEvent> logs = new ListAppender<>();
    private SecuredServer server;

    @BeforeEach
    void start() throws Exception {
        logs.start();
        root().addAppender(logs);
        server = SecuredServer.start();
    }

    @AfterEach
    void stop() throws Exception {
        server.close();
        root().detachAppender(logs);
    }

    @Test
    void healthAndTheLoginPageNeedNoAuthentication() throws Exception {
        Browser browser = server.browser();

        assertThat(browser.get("/health").statusCode()).isEqualTo(200);
        HttpResponse<Buffer> page = browser.page("/login");

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.getHeader("content-type")).startsWith("text/html");
        assertThat(page.bodyAsString()).contains("<html lang=\"fr\">", "<label for=\"login\">Identifiant</label>",
                "<label for=\"password\">Mot de passe</label>", "autocomplete=\"current-password\"")
                .doesNotContain("<script", "style=");
        assertThat(browser.get("/assets/public/numvert.css").statusCode()).isEqualTo(200);
    }

    @Test
    void everythingElseNeedsAuthentication() throws Exception {
        Browser browser = server.browser();

        HttpResponse<Buffer> api = browser.get("/api/probe");
        assertThat(api.statusCode()).isEqualTo(401);
        assertThat(api.getHeader("content-type")).startsWith("application/json");
        assertThat(api.getHeader("WWW-Authenticate")).startsWith("Bearer");
        assertThat(api.bodyAsJsonObject().getString("error")).isEqualTo("authentication required");

        assertThat(browser.get("/metrics").statusCode()).isEqualTo(401);
        assertThat(browser.get("/assets/account.js").statusCode()).isEqualTo(401);
        HttpResponse<Buffer> page = browser.page("/probe?x=1");
        assertThat(page.statusCode()).isEqualTo(302);
        assertThat(page.getHeader("Location")).isEqualTo("/login?next=%2Fprobe%3Fx%3D1");
    }

    @Test
    void securityHeadersAreOnEveryAnswer() throws Exception {
        for (HttpResponse<Buffer> response : new HttpResponse[] {
                server.browser().page("/login"), server.browser().get("/api/me"), server.browser().get("/health")}) {
            assertThat(response.getHeader("Content-Security-Policy"))
                    .contains("script-src 'self'", "frame-ancestors 'none'", "object-src 'none'")
                    .doesNotContain("unsafe-inline", "unsafe-eval");
            assertThat(response.getHeader("X-Content-Type-Options")).isEqualTo("nosniff");
            assertThat(response.getHeader("X-Frame-Options")).isEqualTo("DENY");
            assertThat(response.getHeader("Referrer-Policy")).isEqualTo("same-origin");
            assertThat(response.getHeader("Cache-Control")).isEqualTo("no-store");
            assertThat(response.getHeader("Strict-Transport-Security")).isNull();
        }
    }

    @Test
    void sessionCookieIsHttpOnlyLaxAndNotSecureWithoutTls() throws Exception {
        HttpResponse<Buffer> page = server.browser().page("/login");

        String cookie = page.headers().getAll("set-cookie").stream()
                .filter(c -> c.startsWith("numvert-session=")).findFirst().orElseThrow();
        assertThat(cookie.toLowerCase()).contains("; httponly", "; samesite=lax", "; path=/")
                .doesNotContain("secure", "domain", "max-age", "expires");
    }

    @Test
    void loginChangesTheSessionIdAndLeadsToNext() throws Exception {
        Browser browser = server.browser();
        HttpResponse<Buffer> page = browser.page("/login?next=/probe");
        String anonymous = browser.cookie;

        HttpResponse<Buffer> answer = browser.form("/login", MultiMap.caseInsensitiveMultiMap()
                .add("login", " Agent-Region ").add("password", SecuredServer.passwordOf("agent-region"))
                .add("_csrf", Browser.csrfField(page.bodyAsString())).add("next", "/probe"));

        assertThat(answer.statusCode()).isEqualTo(303);
        assertThat(answer.getHeader("Location")).isEqualTo("/probe");
        assertThat(browser.cookie).isNotNull().isNotEqualTo(anonymous);
        assertThat(browser.page("/probe").bodyAsString()).isEqualTo("page of agent-region");
        Browser fixated = server.browser();
        fixated.cookie = anonymous;
        assertThat(fixated.get("/api/me").statusCode()).isEqualTo(401);
    }

    @Test
    void nextCannotLeaveTheSite() throws Exception {
        Browser browser = server.browser();
        HttpResponse<Buffer> page = browser.page("/login");

        HttpResponse<Buffer> answer = browser.form("/login", MultiMap.caseInsensitiveMultiMap()
                .add("login", "admin").add("password", SecuredServer.passwordOf("admin"))
                .add("_csrf", Browser.csrfField(page.bodyAsString())).add("next", "//evil.example/x"));

        assertThat(answer.getHeader("Location")).isEqualTo("/");
    }

    @Test
    void wrongPasswordIsRefusedWithTheFormAgainAndNeverEchoed() throws Exception {
        Browser browser = server.browser();

        HttpResponse<Buffer> answer = browser.submitLogin("agent-region", "Wrong-Password-123");

        assertThat(answer.statusCode()).isEqualTo(401);
        assertThat(answer.bodyAsString()).contains("Identifiant ou mot de passe incorrect.", "role=\"alert\"",
                "value=\"agent-region\"").doesNotContain("Wrong-Password-123");
        assertThat(browser.get("/api/me").statusCode()).isEqualTo(401);
        assertThat(browser.submitLogin("nobody", "Wrong-Password-123").statusCode()).isEqualTo(401);
    }

    @Test
    void loginWithoutTheCsrfTokenIsRefused() throws Exception {
        Browser browser = server.browser();
        browser.page("/login");

        HttpResponse<Buffer> answer = browser.form("/login", MultiMap.caseInsensitiveMultiMap()
                .add("login", "admin").add("password", SecuredServer.passwordOf("admin")));

        assertThat(answer.statusCode()).isEqualTo(403);
        assertThat(answer.bodyAsString()).contains("La page de connexion a expiré");
        assertThat(browser.get("/api/me").statusCode()).isEqualTo(401);
        HttpResponse<Buffer> retry = browser.form("/login", MultiMap.caseInsensitiveMultiMap()
                .add("login", "admin").add("password", SecuredServer.passwordOf("admin"))
                .add("_csrf", Browser.csrfField(answer.bodyAsString())));
        assertThat(retry.statusCode()).isEqualTo(303);
    }

    @Test
    void fiveFailuresForOneLoginThrottleItUntilTheWindowMoves() throws Exception {
        Browser browser = server.browser();
        for (int i = 0; i < SecuritySettings.DEFAULT_LOGIN_MAX_FAILURES; i++) {
            assertThat(browser.submitLogin("sup-region", "Wrong-Password-" + i).statusCode()).isEqualTo(401);
        }

        HttpResponse<Buffer> throttled = browser.submitLogin("sup-region", SecuredServer.passwordOf("sup-region"));

        assertThat(throttled.statusCode()).isEqualTo(429);
        assertThat(Long.parseLong(throttled.getHeader("Retry-After"))).isBetween(1L, 15 * 60L);
        assertThat(throttled.bodyAsString()).contains("Trop de tentatives");
        assertThat(server.browser().submitLogin("admin", SecuredServer.passwordOf("admin")).statusCode())
                .as("another login from the same address").isEqualTo(303);

        server.clock.advance(SecuritySettings.DEFAULT_FAILURE_WINDOW.plus(Duration.ofSeconds(1)));
        assertThat(browser.submitLogin("sup-region", SecuredServer.passwordOf("sup-region")).statusCode())
                .isEqualTo(303);
    }

    @Test
    void manyFailuresFromOneAddressThrottleEveryLoginFromIt() throws Exception {
        Browser browser = server.browser();
        for (int i = 0; i < SecuritySettings.DEFAULT_ADDRESS_MAX_FAILURES; i++) {
            browser.submitLogin("guess-" + i, "Wrong-Password-" + i);
        }

        assertThat(browser.submitLogin("admin", SecuredServer.passwordOf("admin")).statusCode()).isEqualTo(429);
    }

    @Test
    void logoutEndsTheSessionForGood() throws Exception {
        Browser browser = server.loggedIn("agent-adocc");
        String cookie = browser.cookie;

        HttpResponse<Buffer> refused = browser.form("/logout", MultiMap.caseInsensitiveMultiMap());
        assertThat(refused.statusCode()).as("logout without CSRF token").isEqualTo(403);
        HttpResponse<Buffer> out = browser.form("/logout", MultiMap.caseInsensitiveMultiMap().add("_csrf", browser.csrf));

        assertThat(out.statusCode()).isEqualTo(303);
        assertThat(out.getHeader("Location")).isEqualTo("/login?logout");
        assertThat(browser.cookie).isNull();
        Browser replay = server.browser();
        replay.cookie = cookie;
        assertThat(replay.get("/api/me").statusCode()).isEqualTo(401);
        assertThat(browser.page("/login?logout").bodyAsString()).contains("Vous êtes déconnecté.");
    }

    @Test
    void passwordsNeverReachTheLogs() throws Exception {
        server.browser().submitLogin("agent-region", "Typo-Password-77");
        server.browser().submitLogin("Mistyped-In-Login-Field", "x");
        server.loggedIn("agent-region");

        assertThat(logs.list).extracting(ILoggingEvent::getFormattedMessage)
                .anyMatch(m -> m.contains("login refused: user=agent-region"))
                .anyMatch(m -> m.contains("login refused: user=(unknown)"))
                .anyMatch(m -> m.contains("login: user=agent-region"))
                .noneMatch(m -> m.contains("Typo-Password-77") || m.contains(SecuredServer.passwordOf("agent-region"))
                        || m.toLowerCase().contains("mistyped-in-login-field") || m.contains("$pbkdf2$"));
    }

    private static Logger root() {
        return (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
    }
}
