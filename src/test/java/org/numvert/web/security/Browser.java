package org.numvert.web.security;

import static org.assertj.core.api.Assertions.assertThat;

import io.vertx.core.MultiMap;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.client.HttpRequest;
import io.vertx.ext.web.client.HttpResponse;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A client that behaves like a browser towards the session: it keeps the session cookie it is
 * given, sends it back, and (once {@link #login} read it) sends the CSRF token on state-changing
 * requests unless told not to.
 */
final class Browser {
    private static final Pattern CSRF_FIELD = Pattern.compile("name=\"_csrf\" value=\"([^\"]*)\"");

    private final SecuredServer server;
    String cookie;
    String csrf;
    String bearer;
    boolean sendCsrf = true;

    Browser(SecuredServer server) {
        this.server = server;
    }

    /** Opens the login page and posts the form; returns the answer to the post. */
    HttpResponse<Buffer> submitLogin(String login, String password) throws Exception {
        HttpResponse<Buffer> page = page("/login");
        assertThat(page.statusCode()).isEqualTo(200);
        return form("/login", MultiMap.caseInsensitiveMultiMap().add("login", login).add("password", password)
                .add("_csrf", csrfField(page.bodyAsString())).add("next", "/probe"));
    }

    /** Logs in, then reads the CSRF token from {@code GET /api/me}. */
    void login(String login, String password) throws Exception {
        HttpResponse<Buffer> answer = submitLogin(login, password);
        assertThat(answer.statusCode()).as("login of %s", login).isEqualTo(303);
        csrf = json(HttpMethod.GET, "/api/me", null).bodyAsJsonObject().getString("csrfToken");
        assertThat(csrf).isNotBlank();
    }

    static String csrfField(String html) {
        Matcher m = CSRF_FIELD.matcher(html);
        assertThat(m.find()).as("a _csrf field in %s", html).isTrue();
        return m.group(1);
    }

    HttpResponse<Buffer> page(String path) throws Exception {
        return send(request(HttpMethod.GET, path).putHeader("Accept", "text/html,application/xhtml+xml"), null);
    }

    HttpResponse<Buffer> form(String path, MultiMap fields) throws Exception {
        HttpRequest<Buffer> request = request(HttpMethod.POST, path);
        HttpResponse<Buffer> response = SecuredServer.await(request.sendForm(fields));
        keepCookie(response);
        return response;
    }

    HttpResponse<Buffer> get(String path) throws Exception {
        return json(HttpMethod.GET, path, null);
    }

    HttpResponse<Buffer> post(String path, JsonObject body) throws Exception {
        return json(HttpMethod.POST, path, body);
    }

    HttpResponse<Buffer> put(String path, JsonObject body) throws Exception {
        return json(HttpMethod.PUT, path, body);
    }

    HttpResponse<Buffer> delete(String path) throws Exception {
        return json(HttpMethod.DELETE, path, null);
    }

    HttpResponse<Buffer> json(HttpMethod method, String path, JsonObject body) throws Exception {
        HttpRequest<Buffer> request = request(method, path).putHeader("Accept", "application/json");
        if (sendCsrf && csrf != null && method != HttpMethod.GET) {
            request.putHeader(CsrfProtection.HEADER, csrf);
        }
        return send(request, body);
    }

    private HttpResponse<Buffer> send(HttpRequest<Buffer> request, JsonObject body) throws Exception {
        HttpResponse<Buffer> response = SecuredServer.await(body == null ? request.send() : request.sendJsonObject(body));
        keepCookie(response);
        return response;
    }

    private HttpRequest<Buffer> request(HttpMethod method, String path) {
        HttpRequest<Buffer> request = server.client.request(method, server.port, "127.0.0.1", path);
        if (cookie != null) {
            request.putHeader("Cookie", server.sessionCookie + "=" + cookie);
        }
        if (bearer != null) {
            request.putHeader("Authorization", "Bearer " + bearer);
        }
        return request;
    }

    /** Keeps the session cookie the server sets (an expired one clears it). */
    private void keepCookie(HttpResponse<Buffer> response) {
        for (String header : response.headers().getAll("set-cookie")) {
            if (header.startsWith(server.sessionCookie + "=")) {
                String value = header.substring(server.sessionCookie.length() + 1).split(";", 2)[0];
                cookie = value.isEmpty() || header.contains("Max-Age=0") ? null : value;
            }
        }
    }
}
