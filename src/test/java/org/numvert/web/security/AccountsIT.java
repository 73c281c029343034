package org.numvert.web.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.numvert.testing.ServiceProcess;

/**
 * The shaded jar as an operator runs it: demo accounts at the first start, a browser-like login
 * with one of them, and an API token made by {@code users token} used by a script after a restart.
 */
class AccountsIT {
    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    @TempDir
    Path workDir;

    @Test
    void demoAccountsLogInAndTheCommandLineMakesTokensForScripts() throws Exception {
        Path data = workDir.resolve("data");
        List<String> demo;
        try (ServiceProcess service = ServiceProcess.start(workDir, Map.of())) {
            service.awaitHealthy();
            Path file = data.resolve("demo-accounts.txt");
            assertThat(Files.getPosixFilePermissions(file)).isEqualTo(PosixFilePermissions.fromString("rw-------"));
            demo = Files.readAllLines(file);
            assertThat(demo).hasSize(10).allMatch(l -> l.matches("\\S+ \\S{16} (agent|supervisor|admin) (REGION|ADOCC)"));
            String admin = demo.stream().filter(l -> l.startsWith("admin ")).findFirst().orElseThrow();

            assertThat(loginAndGetMe(service.port(), "admin", admin.split(" ")[1])).contains("\"login\":\"admin\"");
            assertThat(service.get("/metrics").statusCode()).isEqualTo(401);
            ServiceProcess.Finished busy = ServiceProcess.run(workDir, Map.of(), "users", "list",
                    "--data-dir", data.toString());
            assertThat(busy.exitCode()).isEqualTo(1);
            assertThat(busy.output()).contains("is numvert running?");

            assertThat(service.terminate()).isIn(0, 143);
            assertThat(service.output()).contains("demo accounts created");
            assertNoPassword(service.output(), demo);
        }

        ServiceProcess.Finished made = ServiceProcess.run(workDir, Map.of(), "users", "token", "admin",
                "--name", "prometheus", "--data-dir", data.toString());
        assertThat(made.exitCode()).isEqualTo(0);
        Matcher token = Pattern.compile("nvt_[A-Za-z0-9_-]{43}").matcher(made.output());
        assertThat(token.find()).isTrue();
        String secret = token.group();
        assertThat(token.find()).as("printed once").isFalse();

        try (ServiceProcess again = ServiceProcess.start(workDir, Map.of())) {
            again.awaitHealthy();
            assertThat(withBearer(again.port(), "/metrics", secret).body())
                    .contains("jvm_memory_used_bytes", "vertx_http_server_requests_total");
            assertThat(withBearer(again.port(), "/api/me", secret).body()).contains("\"authentication\":\"token\"");
            assertThat(withBearer(again.port(), "/api/me", secret + "x").statusCode()).isEqualTo(401);
            assertThat(Files.readAllLines(data.resolve("demo-accounts.txt"))).isEqualTo(demo);
            again.terminate();
            assertThat(again.output()).doesNotContain(secret).doesNotContain("demo accounts created");
            assertNoPassword(again.output(), demo);
        }
    }

    private static void assertNoPassword(String output, List<String> demo) {
        demo.forEach(line -> assertThat(output).doesNotContain(line.split(" ")[1]));
        assertThat(output).doesNotContain("$pbkdf2$");
    }

    private static String loginAndGetMe(int port, String login, String password) throws Exception {
        HttpClient browser = HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(5)).build();
        String page = browser.send(HttpRequest.newBuilder(uri(port, "/login")).build(),
                HttpResponse.BodyHandlers.ofString()).body();
        Matcher csrf = CSRF.matcher(page);
        assertThat(csrf.find()).isTrue();
        String form = "login=" + encode(login) + "&password=" + encode(password) + "&_csrf=" + encode(csrf.group(1));
        HttpResponse<String> posted = browser.send(HttpRequest.newBuilder(uri(port, "/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(posted.statusCode()).isEqualTo(303);
        return browser.send(HttpRequest.newBuilder(uri(port, "/api/me")).build(),
                HttpResponse.BodyHandlers.ofString()).body();
    }

    private static HttpResponse<String> withBearer(int port, String path, String token) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(uri(port, path))
                .header("Authorization", "Bearer " + token).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static URI uri(int port, String path) {
        return URI.create("http://127.0.0.1:" + port + path);
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
