package org.numvert.bench;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.vertx.core.Future;
import io.vertx.core.Promise;
import io.vertx.core.Vertx;
import io.vertx.core.WorkerExecutor;
import io.vertx.core.http.PoolOptions;
import io.vertx.ext.web.client.WebClient;
import io.vertx.ext.web.client.WebClientOptions;
import java.io.IOException;
import java.io.InputStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collections;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.numvert.faq.Article;
import org.numvert.faq.ArticleSource;
import org.numvert.faq.Faq;
import org.numvert.faq.Feedback;
import org.numvert.faq.FaqIndex;
import org.numvert.faq.FrenchAnalysis;
import org.numvert.faq.JsonLinesArticles;
import org.numvert.faq.SearchLog;
import org.numvert.faq.SearchRequest;
import org.numvert.faq.eval.EvalQuery;
import org.numvert.routing.Organisation;
import org.numvert.store.Database;
import org.numvert.store.FaqActivityRepository;
import org.numvert.store.FaqArticleRepository;
import org.numvert.store.Migrations;
import org.numvert.web.FaqApi;
import org.numvert.web.HttpSettings;
import org.numvert.web.Principal;
import org.numvert.web.Role;
import org.numvert.web.WebServer;

/**
 * Speed of the FAQ search, not a test (README, "FAQ search"): loads a JSON-lines corpus (or a
 * synthetic one of N articles built from it) through the production import (database and index),
 * then measures
 * <ul>
 * <li>in process: one thread, each query once, after a warm-up: latency p50/p90/p99;</li>
 * <li>over HTTP: the production {@link FaqApi} on a real port, C clients each sending the next
 * query as soon as the previous answer arrives, for S seconds: throughput and latency.</li>
 * </ul>
 * Arguments: {@code CORPUS.jsonl QUERIES.jsonl [synthetic=N] [clients=100] [seconds=30] [think=MS]
 * [feedback=JUDGED.jsonl]} (agents' feedback simulated from judged queries, one agent per group: votes,
 * and the words of its searches indexed with the articles).
 */
public final class FaqSearchBenchmark {
    private FaqSearchBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Path corpus = Path.of(args[0]);
        List<String> queries = new ArrayList<>();
        for (String file : args[1].split(",")) {
            try (InputStream in = Files.newInputStream(Path.of(file))) {
                EvalQuery.read(in).forEach(q -> queries.add(q.text()));
            }
        }
        Collections.shuffle(queries, new Random(7));
        int synthetic = BenchArgs.option(args, "synthetic", 0);
        int clients = BenchArgs.option(args, "clients", 100);
        int seconds = BenchArgs.option(args, "seconds", 30);
        int think = BenchArgs.option(args, "think", 0);

        List<Article> articles = new ArrayList<>();
        JsonLinesArticles.read(corpus, s -> articles.add(s.article()));
        List<Article> loaded = synthetic > 0 ? SyntheticCorpus.of(articles, synthetic, 2020) : articles;
        ScratchDirectory indexDir = ScratchDirectory.create("numvert-bench");
        Database database = Database.openMemory("bench-" + UUID.randomUUID());
        Migrations.fromClasspath(database).migrate();
        long started = System.nanoTime();
        try (Faq faq = new Faq(new FaqArticleRepository(database), FaqIndex.open(indexDir.path, FrenchAnalysis.withoutSynonyms()),
                Clock.systemUTC())) {
            faq.importArticles(loaded.stream().map(a -> new ArticleSource(a, true, "bench")).toList(), false);
            int voters = vote(faq, BenchArgs.text(args, "feedback", ""));
            System.out.printf(Locale.ROOT, "imported %d articles (database and index) in %.1f s%n",
                    faq.articleCount(), (System.nanoTime() - started) / 1e9);
            System.out.printf(Locale.ROOT, "agents' feedback (votes and words): %d agents%n", voters);
            inProcess(faq, queries);
            overHttp(faq, new FaqActivityRepository(database), queries, new Load(clients, seconds, think));
        } finally {
            database.close();
            indexDir.close();
        }
    }

    /**
     * Each group of the judged queries is an agent who searched with them and found each of their
     * expected articles helpful: votes, and phrasings indexed with the articles.
     */
    private static int vote(Faq faq, String file) throws IOException {
        if (file.isEmpty()) {
            return 0;
        }
        Set<String> voters = new HashSet<>();
        List<EvalQuery> judged;
        try (InputStream in = Files.newInputStream(Path.of(file))) {
            judged = EvalQuery.read(in);
        }
        faq.restoreFeedback(sink -> {
            for (EvalQuery query : judged) {
                voters.add(query.voter());
                query.expected().forEach(id -> sink.accept(
                        new Feedback(id, 1, true, query.voter(), Instant.EPOCH, null, query.text())));
            }
        });
        return voters.size();
    }

    private static void inProcess(Faq faq, List<String> queries) {
        int warmUp = Math.min(2_000, queries.size() / 4);
        for (int i = 0; i < warmUp; i++) {
            faq.search(SearchRequest.of(queries.get(i), 10));
        }
        // measured on the queries not used to warm up: none of them is in the result cache
        long[] nanos = new long[queries.size() - warmUp];
        for (int i = 0; i < nanos.length; i++) {
            long t0 = System.nanoTime();
            faq.search(SearchRequest.of(queries.get(warmUp + i), 10));
            nanos[i] = System.nanoTime() - t0;
        }
        System.out.println("in process, 1 thread, " + nanos.length + " queries: " + percentiles(nanos));
    }

    /** @param think mean pause of a client between an answer and its next search, ms (0: none) */
    private record Load(int clients, int seconds, int think) {
    }

    private static void overHttp(Faq faq, FaqActivityRepository activity, List<String> queries, Load load)
            throws Exception {
        int clients = load.clients();
        int seconds = load.seconds();
        Vertx vertx = Vertx.vertx();
        try {
            WorkerExecutor workers = vertx.createSharedWorkerExecutor("numvert-faq", Math.max(2, Runtime.getRuntime().availableProcessors()));
            Principal agent = new Principal("bench", Role.AGENT, Organisation.REGION, false, Optional.empty());
            WebServer server = new WebServer(new HttpSettings("127.0.0.1", 0, null, null), List.of(
                    router -> router.route().handler(ctx -> {
                        agent.attachTo(ctx);
                        ctx.next();
                    }),
                    new FaqApi(faq, activity, new SearchLog(100_000), workers, new SimpleMeterRegistry())));
            vertx.deployVerticle(server).toCompletionStage().toCompletableFuture().get(30, TimeUnit.SECONDS);
            WebClient client = WebClient.create(vertx, new WebClientOptions().setKeepAlive(true),
                    new PoolOptions().setHttp1MaxSize(clients));
            load(vertx, client, server.actualPort(), queries.subList(queries.size() / 2, queries.size()),
                    new Load(clients, 10, load.think()));
            LoadResult result = load(vertx, client, server.actualPort(), queries.subList(0, queries.size() / 2), load);
            System.out.printf(Locale.ROOT, "over HTTP, %d clients, pause %d ms, %d s: %d searches (%.0f/s), %d errors,"
                    + " latency %s%n", clients, load.think(), seconds, result.latencies().length,
                    result.latencies().length / (double) seconds, result.errors(), percentiles(result.latencies()));
        } finally {
            vertx.close().toCompletionStage().toCompletableFuture().get(30, TimeUnit.SECONDS);
        }
    }

    private record LoadResult(long[] latencies, int errors) {
    }

    private static LoadResult load(Vertx vertx, WebClient client, int port, List<String> queries, Load load)
            throws Exception {
        AtomicBoolean running = new AtomicBoolean(true);
        AtomicInteger next = new AtomicInteger();
        AtomicInteger errors = new AtomicInteger();
        List<Long> latencies = Collections.synchronizedList(new ArrayList<>());
        List<Future<Void>> done = new ArrayList<>();
        Client template = new Client(vertx, client, port, queries, next, running, latencies, errors, load.think());
        for (int c = 0; c < load.clients(); c++) {
            Promise<Void> finished = Promise.promise();
            done.add(finished.future());
            if (load.think() == 0) {
                template.loop(finished);
            } else {
                vertx.setTimer(1 + (long) (Math.random() * load.think()), id -> template.loop(finished));
            }
        }
        vertx.setTimer(load.seconds() * 1000L, id -> running.set(false));
        Future.all(done).toCompletionStage().toCompletableFuture().get(load.seconds() + 60L, TimeUnit.SECONDS);
        return new LoadResult(latencies.stream().mapToLong(Long::longValue).toArray(), errors.get());
    }

    /**
     * One simulated agent: search, wait for the answer, pause (exponential, mean {@code think}),
     * search again. Agents start at random times within one pause, as people do.
     */
    private record Client(Vertx vertx, WebClient client, int port, List<String> queries, AtomicInteger next,
            AtomicBoolean running, List<Long> latencies, AtomicInteger errors, int think) {
        void loop(Promise<Void> finished) {
            if (!running.get()) {
                finished.complete();
                return;
            }
            String query = queries.get(Math.floorMod(next.getAndIncrement(), queries.size()));
            long t0 = System.nanoTime();
            client.get(port, "127.0.0.1", "/api/faq/search?q=" + URLEncoder.encode(query, StandardCharsets.UTF_8))
                    .send().onComplete(ar -> {
                        if (ar.succeeded() && ar.result().statusCode() == 200) {
                            latencies.add(System.nanoTime() - t0);
                        } else {
                            errors.incrementAndGet();
                        }
                        long pause = think == 0 ? 0 : 1 + (long) (-Math.log(1 - Math.random()) * think);
                        if (pause == 0) {
                            loop(finished);
                        } else {
                            vertx.setTimer(pause, id -> loop(finished));
                        }
                    });
        }
    }

    private static String percentiles(long[] nanos) {
        return new Latencies(nanos).describe(0.50, 0.90, 0.99);
    }
}
