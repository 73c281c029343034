package org.numvert.bench;

import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLongArray;

/**
 * How soon an editor's change is found by the other agents: an editor writes a word nobody used
 * into an article ({@code PUT /api/faq/articles/{id}}), while agents search that word ({@code GET
 * /api/faq/search}) one after another with a pause between an answer and the next search. For each
 * agent and edit: the time from the editor's answer to the first answer that has the article (0
 * when it came first). Not a test: it prints figures.
 */
final class FaqEditDelay {
    private static final String ARTICLE = "banc-d-essai-du-direct";

    private final Vertx vertx;
    private final BenchSession editor;
    private final List<BenchSession> readers;
    private final int pauseMillis;
    private final Random random = new Random(2020);
    private final AtomicBoolean running = new AtomicBoolean(true);
    private volatile Edit current;

    /** One edit: its word, when the editor got its answer, and when each reader first found it. */
    private static final class Edit {
        final String word;
        final AtomicLongArray found;
        final CountDownLatch everyone;
        volatile long answered;

        Edit(String word, int readers) {
            this.word = word;
            found = new AtomicLongArray(readers);
            everyone = new CountDownLatch(readers);
        }
    }

    FaqEditDelay(Vertx vertx, BenchSession editor, List<BenchSession> readers, int pauseMillis) {
        this.vertx = vertx;
        this.editor = editor;
        this.readers = readers;
        this.pauseMillis = pauseMillis;
    }

    /** Creates the article, then makes {@code edits} edits, each once every reader found the previous one. */
    void run(int edits) throws Exception {
        JsonObject article = await(editor.expect(201, HttpMethod.POST, "/api/faq/articles", new JsonObject()
                .put("id", ARTICLE).put("title", "Banc d'essai du direct").put("body", "Premier jet.")
                .put("hotline", "all").put("audience", "ALL")));
        current = new Edit(word(), readers.size());
        for (int r = 0; r < readers.size(); r++) {
            search(r);
        }
        List<Edit> done = new ArrayList<>();
        List<Long> puts = new ArrayList<>();
        for (int e = 0; e < edits; e++) {
            Edit edit = new Edit(word(), readers.size());
            current = edit;
            long t0 = System.nanoTime();
            article = await(editor.expect(200, HttpMethod.PUT, "/api/faq/articles/" + ARTICLE, article.copy()
                    .put("body", "Mot du jour : " + edit.word + ".")));
            edit.answered = System.nanoTime();
            puts.add(edit.answered - t0);
            edit.everyone.await(30, TimeUnit.SECONDS);
            done.add(edit);
        }
        running.set(false);
        report(done, puts);
    }

    /** A made-up word of 12 letters: no other article has it, nor one within two typos of it. */
    private String word() {
        StringBuilder word = new StringBuilder("z");
        for (int i = 0; i < 11; i++) {
            word.append((char) ('a' + random.nextInt(26)));
        }
        return word.toString();
    }

    private void search(int reader) {
        if (!running.get()) {
            return;
        }
        Edit edit = current;
        readers.get(reader).expect(200, HttpMethod.GET, "/api/faq/search?limit=5&q=" + edit.word, null)
                .onSuccess(answer -> {
                    if (hasArticle(answer.getJsonArray("hits")) && edit.found.compareAndSet(reader, 0, System.nanoTime())) {
                        edit.everyone.countDown();
                    }
                })
                .onComplete(ar -> vertx.setTimer(pauseMillis, id -> search(reader)));
    }

    private static boolean hasArticle(JsonArray hits) {
        return hits.stream().map(JsonObject.class::cast).anyMatch(hit -> ARTICLE.equals(hit.getString("id")));
    }

    private void report(List<Edit> edits, List<Long> puts) {
        List<Long> each = new ArrayList<>();
        List<Long> everyone = new ArrayList<>();
        int early = 0;
        int missed = 0;
        for (Edit edit : edits) {
            long last = 0;
            for (int r = 0; r < readers.size(); r++) {
                long found = edit.found.get(r);
                if (found == 0) {
                    missed++;
                    last = Long.MAX_VALUE;
                    continue;
                }
                early += found < edit.answered ? 1 : 0;
                long delay = Math.max(0, found - edit.answered);
                each.add(delay);
                last = Math.max(last, delay);
            }
            if (last != Long.MAX_VALUE) {
                everyone.add(last);
            }
        }
        System.out.printf(Locale.ROOT, "FAQ: %d edits, %d agents searching with a pause of %d ms; PUT answered after %s%n",
                edits.size(), readers.size(), pauseMillis, latencies(puts).describe(0.50, 0.99));
        System.out.printf(Locale.ROOT, "FAQ: found by an agent after %s (%d of %d before the editor's answer; %d never found)%n",
                latencies(each).describe(0.50, 0.99), early, each.size(), missed);
        System.out.printf(Locale.ROOT, "FAQ: found by every agent after %s%n", latencies(everyone).describe(0.50, 0.99));
    }

    private static Latencies latencies(List<Long> nanos) {
        return new Latencies(nanos.stream().mapToLong(Long::longValue).toArray());
    }

    private static <T> T await(Future<T> future) throws Exception {
        return future.toCompletionStage().toCompletableFuture().get(30, TimeUnit.SECONDS);
    }
}
