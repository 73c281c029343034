package org.numvert.bench;

import io.vertx.core.Future;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.RequestOptions;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * One open Server-Sent Events stream, read as a page reads it: it notes when it first saw each
 * marked change, an agent paused with the reason {@code bench-<n>} (change number n), in the
 * agents of a wallboard snapshot or in the agent of a desk snapshot, and which agents its
 * snapshots show. Chunks arrive on the client's event loop; the marks are read from elsewhere.
 */
final class LiveListener {
    static final String MARK = "bench-";

    /** The two streams of the pages. */
    enum Kind {
        WALLBOARD("/api/stream/wallboard", "wallboard"), DESK("/api/stream/me", "desk");

        final String path;
        final String event;

        Kind(String path, String event) {
            this.path = path;
            this.event = event;
        }
    }

    final Kind kind;
    final String login;
    private final StringBuilder pending = new StringBuilder();
    private final Map<Integer, Long> seen = new ConcurrentHashMap<>();
    private final Set<String> shown = ConcurrentHashMap.newKeySet();
    private volatile int snapshots;

    LiveListener(Kind kind, String login) {
        this.kind = kind;
        this.login = login;
    }

    /** Opens the stream with the session's cookie; fails unless it answers 200. */
    static Future<LiveListener> open(HttpClient http, int port, BenchSession session, Kind kind) {
        LiveListener listener = new LiveListener(kind, session.login);
        RequestOptions options = new RequestOptions().setMethod(HttpMethod.GET).setHost("127.0.0.1").setPort(port)
                .setURI(kind.path).putHeader("Accept", "text/event-stream").putHeader("Cookie", session.cookieHeader());
        return http.request(options).compose(request -> request.send()).compose(response -> {
            if (response.statusCode() != 200) {
                return Future.failedFuture(session.login + ": " + kind.path + " answered " + response.statusCode());
            }
            response.handler(listener::received);
            return Future.succeededFuture(listener);
        });
    }

    /** When this stream first showed change {@code n} ({@link System#nanoTime}), or null. */
    Long seenAt(int n) {
        return seen.get(n);
    }

    /** Whether its snapshots show this agent (a wallboard: the agents its supervisor oversees; a desk: its own). */
    boolean shows(String agent) {
        return shown.contains(agent);
    }

    int snapshots() {
        return snapshots;
    }

    /** A chunk of the stream as it came: events may be cut anywhere. */
    void received(Buffer chunk) {
        long now = System.nanoTime();
        pending.append(chunk.toString());
        int end;
        while ((end = pending.indexOf("\n\n")) >= 0) {
            String block = pending.substring(0, end);
            pending.delete(0, end + 2);
            if (block.startsWith("event: " + kind.event + "\n")) {
                snapshot(new JsonObject(block.substring(block.indexOf("data: ") + 6)), now);
            }
        }
    }

    private void snapshot(JsonObject data, long now) {
        snapshots++;
        if (kind == Kind.DESK) {
            JsonObject agent = data.getJsonObject("agent");
            note(agent.getString("agent"), agent.getString("reason"), now);
            return;
        }
        JsonArray agents = data.getJsonArray("agents");
        for (int i = 0; i < agents.size(); i++) {
            JsonObject agent = agents.getJsonObject(i);
            note(agent.getString("id"), agent.getString("reason"), now);
        }
    }

    private void note(String agent, String reason, long now) {
        shown.add(agent);
        if (reason != null && reason.startsWith(MARK)) {
            seen.putIfAbsent(Integer.parseInt(reason.substring(MARK.length())), now);
        }
    }
}
