package org.numvert.web.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.numvert.testing.ServiceProcess;

/**
 * The shaded jar restarted (SIGTERM, then started again on the same data directory) under a
 * signed-in agent: the same session cookie and CSRF token still work, and logging out ends it.
 */
class SessionsSurviveRestartIT {
    private static final Pattern CSRF_FIELD = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");
    private static final Pattern CSRF_JSON = Pattern.compile("\"csrfToken\":\"([^\"]+)\"");
    private static final String COOKIE = "numvert-session";
    private static final HttpClient HTTP = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(5)).build();

    @TempDir
    Path workDir;

    @Test
    void aSignedInAgentStaysSignedInAcrossARestartUntilLoggingOut() throws Exception {
        String session;
        String csrf;
        try (ServiceProcess service = ServiceProcess.start(workDir, Map.of())) {
            service.awaitHealthy();
            String password = Files.readAllLines(workDir.resolve("data").resolve("demo-accounts.txt")).stream()
                    .filter(l -> l.startsWith("agent-region-1 ")).findFirst().orElseThrow().split(" ")[1];
            session = login(service.port(), "agent-region-1", password);
            HttpResponse<String> me = send(service.port(), "GET", "/api/me", session, null);
            assertThat(me.statusCode()).isEqualTo(200);
            assertThat(me.body()).contains("\"login\":\"agent-region-1\"");
            csrf = match(CSRF_JSON, me.body());
            assertThat(service.terminate()).isIn(0, 143);
        }

        try (ServiceProcess again = ServiceProcess.start(workDir, Map.of())) {
            again.awaitHealthy();
            HttpResponse<String> me = send(again.port(), "GET", "/api/me", session, null);
            assertThat(me.statusCode()).as("the session survived the restart").isEqualTo(200);
            assertThat(me.body()).contains("\"login\":\"agent-region-1\"");
            assertThat(match(CSRF_JSON, me.body())).as("the same CSRF token").isEqualTo(csrf);
            assertThat(send(again.port(), "GET", "/api/me", SecuredServer.tampered(session), null).statusCode())
                    .isEqualTo(401);

            HttpResponse<String> logout = send(again.port(), "POST", "/logout", session,
                    "_csrf=" + encode(csrf));
            assertThat(logout.statusCode()).isEqualTo(303);
            assertThat(send(again.port(), "GET", "/api/me", session, null).statusCode()).isEqualTo(401);
            again.terminate();
            assertThat(again.output()).doesNotContain(session);
        }
    }

    /** Posts the login form with the page's CSRF token; returns the new session id. */
    private static String login(int port, String login, String password) throws Exception {
        HttpResponse<String> page = send(port, "GET", "/login", null, null);
        String anonymous = cookie(page);
        String form = "login=" + encode(login) + "&password=" + encode(password)
                + "&_csrf=" + encode(match(CSRF_FIELD, page.body()));
        HttpResponse<String> posted = send(port, "POST", "/login", anonymous, form);
        assertThat(posted.statusCode()).isEqualTo(303);
        String session = cookie(posted);
        assertThat(session).isNotEqualTo(anonymous);
        return session;
    }

    private static HttpResponse<String> send(int port, String method, String path, String session, String form)
            throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .method(method, form == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(form))
                .header("Accept", "application/json");
        if (form != null) {
            request.header("Content-Type", "application/x-www-form-urlencoded");
        }
        if (session != null) {
            request.header("Cookie", COOKIE + "=" + session);
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String cookie(HttpResponse<String> response) {
        return response.headers().allValues("set-cookie").stream().filter(h -> h.startsWith(COOKIE + "="))
                .map(h -> h.substring(COOKIE.length() + 1).split(";", 2)[0]).findFirst().orElseThrow();
    }

    private static String match(Pattern pattern, String text) {
        Matcher m = pattern.matcher(text);
        assertThat(m.find()).as("%s in %s", pattern, text).isTrue();
        return m.group(1);
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
