package org.numvert.web;

import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.WorkerExecutor;
import io.vertx.ext.web.client.WebClient;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.numvert.faq.Faq;
import org.numvert.faq.FaqFixture;
import org.numvert.store.Database;
import org.numvert.store.FaqArticleRepository;
import org.numvert.store.Migrations;

/**
 * The fixture FAQ (imported into a migrated database in memory) behind a real HTTP server on a
 * free loopback port, signing requests in from the {@code x-test-user} header ({@link
 * HeaderPrincipal}): what the FAQ API tests serve.
 */
final class FaqServer implements AutoCloseable {
    /** The APIs to serve, built on the server's database, FAQ and worker pool. */
    interface Apis {
        List<Api> of(Database database, Faq faq, WorkerExecutor workers);
    }

    final Database database = Database.openMemory("faq-api-" + UUID.randomUUID());
    final Faq faq;
    final WebClient client;
    final int port;
    private final Vertx vertx = Vertx.vertx();

    FaqServer(Apis apis) throws Exception {
        Migrations.fromClasspath(database).migrate();
        faq = FaqFixture.imported(new FaqArticleRepository(database));
        WorkerExecutor workers = vertx.createSharedWorkerExecutor("numvert-faq", 2);
        List<Api> served = new ArrayList<>();
        served.add(HeaderPrincipal::mount);
        served.addAll(apis.of(database, faq, workers));
        WebServer server = new WebServer(new HttpSettings("127.0.0.1", 0, null, null), served);
        await(vertx.deployVerticle(server));
        port = server.actualPort();
        client = WebClient.create(vertx);
    }

    @Override
    public void close() throws Exception {
        await(vertx.close());
        faq.close();
        database.close();
    }

    static <T> T await(Future<T> future) throws Exception {
        return future.toCompletionStage().toCompletableFuture().get(20, TimeUnit.SECONDS);
    }
}
