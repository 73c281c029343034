package org.numvert.bench;

import io.vertx.core.Future;
import io.vertx.core.MultiMap;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.client.HttpRequest;
import io.vertx.ext.web.client.HttpResponse;
import io.vertx.ext.web.client.WebClient;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A user logged in as a browser does: the login page's form (with its CSRF field), the session
 * cookie it gets back, and the session's CSRF token from {@code GET /api/me} on every change.
 */
final class BenchSession {
    private static final Pattern CSRF_FIELD = Pattern.compile("name=\"_csrf\" value=\"([^\"]*)\"");
    static final String COOKIE = "numvert-session";

    final String login;
    private final WebClient client;
    private final int port;
    private String cookie;
    private String csrf;

    private BenchSession(WebClient client, int port, String login) {
        this.client = client;
        this.port = port;
        this.login = login;
    }

    /** Opens the login page, posts the form, then reads the CSRF token; fails unless every step answered as expected. */
    static Future<BenchSession> login(WebClient client, int port, String login, String password) {
        BenchSession session = new BenchSession(client, port, login);
        return session.send(session.request(HttpMethod.GET, "/login").putHeader("Accept", "text/html"), null)
                .compose(page -> {
                    Matcher field = CSRF_FIELD.matcher(page.bodyAsString());
                    if (!field.find()) {
                        return Future.failedFuture("no CSRF field on the login page");
                    }
                    MultiMap form = MultiMap.caseInsensitiveMultiMap().add("login", login).add("password", password)
                            .add("_csrf", field.group(1)).add("next", "/");
                    return session.request(HttpMethod.POST, "/login").followRedirects(false).sendForm(form)
                            .map(session::keepCookie);
                })
                .compose(answer -> answer.statusCode() == 303 ? session.send(HttpMethod.GET, "/api/me", null)
                        : Future.failedFuture("login of " + login + ": " + answer.statusCode()))
                .map(me -> {
                    session.csrf = me.bodyAsJsonObject().getString("csrfToken");
                    return session;
                });
    }

    /** The value of the {@code Cookie} header that carries this session. */
    String cookieHeader() {
        return COOKIE + "=" + cookie;
    }

    /** A JSON request with the session (and its CSRF token on changes); any status is an answer. */
    Future<HttpResponse<Buffer>> send(HttpMethod method, String path, JsonObject body) {
        HttpRequest<Buffer> request = request(method, path).putHeader("Accept", "application/json");
        if (method != HttpMethod.GET) {
            request.putHeader("X-CSRF-Token", csrf);
        }
        return send(request, body);
    }

    /** As {@link #send}, failing unless the status is {@code expected}. */
    Future<JsonObject> expect(int expected, HttpMethod method, String path, JsonObject body) {
        return send(method, path, body).compose(answer -> answer.statusCode() == expected
                ? Future.succeededFuture(answer.bodyAsJsonObject())
                : Future.failedFuture(login + ": " + method + " " + path + " answered " + answer.statusCode() + " "
                        + answer.bodyAsString()));
    }

    private Future<HttpResponse<Buffer>> send(HttpRequest<Buffer> request, JsonObject body) {
        return (body == null ? request.send() : request.sendJsonObject(body)).map(this::keepCookie);
    }

    private HttpRequest<Buffer> request(HttpMethod method, String path) {
        HttpRequest<Buffer> request = client.request(method, port, "127.0.0.1", path);
        if (cookie != null) {
            request.putHeader("Cookie", cookieHeader());
        }
        return request;
    }

    private HttpResponse<Buffer> keepCookie(HttpResponse<Buffer> response) {
        for (String header : response.headers().getAll("set-cookie")) {
            if (header.startsWith(COOKIE + "=")) {
                cookie = header.substring(COOKIE.length() + 1).split(";", 2)[0];
            }
        }
        return response;
    }
}
