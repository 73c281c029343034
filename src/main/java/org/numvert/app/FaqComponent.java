package org.numvert.app;

import io.micrometer.core.instrument.MeterRegistry;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.WorkerExecutor;
import java.io.IOException;
import java.nio.file.Files;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.numvert.faq.Faq;
import org.numvert.faq.FaqIndex;
import org.numvert.faq.FaqProposals;
import org.numvert.faq.FaqSettings;
import org.numvert.faq.FrenchAnalysis;
import org.numvert.faq.ImportReport;
import org.numvert.faq.KbFiles;
import org.numvert.faq.SearchLog;
import org.numvert.store.Database;
import org.numvert.store.FaqActivityRepository;
import org.numvert.store.FaqArticleRepository;
import org.numvert.store.FaqProposalRepository;
import org.numvert.web.Api;
import org.numvert.web.FaqApi;
import org.numvert.web.FaqProposalsApi;
import org.numvert.web.HealthCheck;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The FAQ in the running service: opens the index (rebuilt when missing, unreadable or behind
 * the database), imports {@code kb/} into an empty database, writes the search log in batches,
 * forgets old searches and phrasings at start and every hour,
 * and closes the index on stop. Lucene and its JDBC calls run on the {@code numvert-faq} pool.
 */
final class FaqComponent {
    private static final Logger LOG = LoggerFactory.getLogger(FaqComponent.class);
    private static final long LOG_FLUSH_MILLIS = 5_000;
    /** How often old searches and old phrasings are forgotten while the service runs (also at start). */
    private static final long RETENTION_PERIOD_MILLIS = Duration.ofHours(1).toMillis();

    private final Vertx vertx;
    private final Database database;
    private final WorkerExecutor workers;
    private final FaqActivityRepository activity;
    private final SearchLog searchLog = new SearchLog(50_000);
    private final FaqSettings settings;
    private Faq faq;
    private long flushTimer = -1;
    private long retentionTimer = -1;

    private FaqComponent(Vertx vertx, Database database, WorkerExecutor workers, FaqSettings settings) {
        this.vertx = vertx;
        this.database = database;
        this.workers = workers;
        this.settings = settings;
        this.activity = new FaqActivityRepository(database);
    }

    static Future<FaqComponent> start(Vertx vertx, NumvertConfig config, Database database) {
        WorkerExecutor workers = vertx.createSharedWorkerExecutor("numvert-faq", config.faq().searchThreads());
        FaqComponent component = new FaqComponent(vertx, database, workers, config.faq());
        return workers.executeBlocking(() -> {
            component.open(config);
            return component;
        }, false).onSuccess(c -> {
            c.flushTimer = vertx.setPeriodic(LOG_FLUSH_MILLIS, id -> c.flushSearchLog());
            c.retentionTimer = vertx.setPeriodic(RETENTION_PERIOD_MILLIS, id -> c.applyRetention());
        });
    }

    /** The FAQ API and the proposals API, mounted together. */
    Api api(MeterRegistry registry) {
        FaqApi search = new FaqApi(faq, activity, searchLog, workers, registry);
        FaqProposalsApi proposals = new FaqProposalsApi(faq,
                new FaqProposals(faq, new FaqProposalRepository(database), Clock.systemUTC()), workers, Clock.systemUTC());
        return router -> {
            search.mount(router);
            proposals.mount(router);
        };
    }

    HealthCheck health() {
        return () -> workers.executeBlocking(() -> HealthCheck.Status.up(faq.articleCount() + " articles"), false);
    }

    /** Writes the pending searches, closes the index and the worker pool. */
    Future<Void> stop() {
        if (flushTimer >= 0) {
            vertx.cancelTimer(flushTimer);
        }
        if (retentionTimer >= 0) {
            vertx.cancelTimer(retentionTimer);
        }
        return flushSearchLog().compose(v -> workers.<Void>executeBlocking(() -> {
            if (faq != null) {
                faq.close();
            }
            return null;
        }, false)).eventually(workers::close);
    }

    private void open(NumvertConfig config) throws IOException {
        FrenchAnalysis analysis = FrenchAnalysis.fromSynonymsFile(config.faq().synonymsFile());
        FaqIndex index = FaqIndex.open(config.indexDir(), analysis);
        FaqArticleRepository articles = new FaqArticleRepository(database);
        faq = new Faq(articles, index, Clock.systemUTC());
        if (articles.count() == 0 && Files.isDirectory(config.kbDir())) {
            importFirstContent(config);
        }
        faq.catchUp();
        Forgotten old = forgetOld();
        faq.restoreFeedback(activity::forEachVerdict);
        LOG.info("FAQ ready: {} articles, {} synonym entries, {} old searches and {} old phrasings forgotten",
                faq.articleCount(), analysis.synonymRules(), old.searches(), old.phrasings());
    }

    /**
     * Forgets the searches and the phrasings that passed their retention while the service ran:
     * in the records, and the phrasings in the index too.
     */
    private void applyRetention() {
        workers.executeBlocking(() -> {
            Forgotten old = forgetOld();
            int articles = old.phrasings() == 0 ? 0 : faq.refreshPhrasings(activity::forEachVerdict);
            if (old.searches() + old.phrasings() > 0) {
                LOG.info("FAQ retention: {} old searches and {} old phrasings forgotten, {} articles indexed again",
                        old.searches(), old.phrasings(), articles);
            }
            return null;
        }, false).onFailure(e -> LOG.warn("FAQ retention failed, tried again in an hour: {}", e.toString()));
    }

    /** Forgets, in the records, the searches and the phrasings older than their retention. */
    private Forgotten forgetOld() {
        Instant now = Clock.systemUTC().instant();
        int phrasings = activity.forgetPhrasingsBefore(now.minus(Duration.ofDays(settings.phrasingDays())));
        int searches = activity.forgetSearchesBefore(now.minus(Duration.ofDays(settings.searchLogDays())));
        return new Forgotten(searches, phrasings);
    }

    private record Forgotten(int searches, int phrasings) {
    }

    private void importFirstContent(NumvertConfig config) throws IOException {
        KbFiles.Read read = KbFiles.read(config.kbDir());
        ImportReport report = faq.importArticles(read.sources(), false).withProblems(read.problems());
        LOG.info("first start: imported {} ({})", config.kbDir(), report.summary());
        report.problems().forEach(p -> LOG.warn("kb: {}", p));
    }

    private Future<Void> flushSearchLog() {
        var pending = searchLog.drain();
        if (pending.isEmpty()) {
            return Future.succeededFuture();
        }
        return database.async(() -> {
            activity.appendSearches(pending);
            return null;
        }).<Void>mapEmpty().recover(e -> {
            LOG.warn("{} FAQ searches could not be logged: {}", pending.size(), e.toString());
            return Future.succeededFuture();
        });
    }
}
