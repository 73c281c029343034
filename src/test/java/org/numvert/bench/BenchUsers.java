package org.numvert.bench;

import io.vertx.core.CompositeFuture;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.PoolOptions;
import io.vertx.ext.web.client.WebClient;
import io.vertx.ext.web.client.WebClientOptions;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.stream.IntStream;
import org.numvert.app.NumvertConfig;
import org.numvert.routing.AgentId;
import org.numvert.routing.Organisation;
import org.numvert.store.Database;
import org.numvert.store.Migrations;
import org.numvert.web.Role;
import org.numvert.web.security.AccountDetails;
import org.numvert.web.security.Accounts;
import org.numvert.web.security.PasswordHasher;

/**
 * The live benchmark's users, and their logins over HTTP through the login form. They are created
 * on the database before the service starts, as {@code users add} does, with a cheap password hash
 * that the first login replaces by the production one (as for the demo accounts).
 */
final class BenchUsers {
    static final String EDITOR = "redacteur-faq";
    private static final List<String> SUPERVISORS = List.of("superviseur-region", "superviseur-adocc", "admin");
    private static final String PASSWORD = "Bench-password-of-the-live-run";

    final Vertx vertx;
    final int port;
    final WebClient web;
    final HttpClient http;

    BenchUsers(Vertx vertx, int port, int streams) {
        this.vertx = vertx;
        this.port = port;
        web = WebClient.create(vertx, new WebClientOptions().setKeepAlive(true).setFollowRedirects(false),
                new PoolOptions().setHttp1MaxSize(64));
        http = vertx.createHttpClient(new HttpClientOptions(), new PoolOptions().setHttp1MaxSize(streams + 10));
    }

    /**
     * Creates the supervisors, the FAQ editor and {@code agents} agents (a third of AD'OCC) on a
     * service not started yet; returns the agents' logins.
     */
    static List<String> seed(NumvertConfig config, int agents) {
        try (Database database = Database.openFile(config.databaseDir())) {
            Migrations.fromClasspath(database).migrate();
            Accounts accounts = Accounts.open(database, config.security(), new PasswordHasher(1_000), Clock.systemUTC());
            accounts.create(SUPERVISORS.get(0), details(Role.SUPERVISOR, Organisation.REGION, false, null), PASSWORD);
            accounts.create(SUPERVISORS.get(1), details(Role.SUPERVISOR, Organisation.ADOCC, false, null), PASSWORD);
            accounts.create(SUPERVISORS.get(2), details(Role.ADMIN, Organisation.REGION, false, null), PASSWORD);
            accounts.create(EDITOR, details(Role.AGENT, Organisation.REGION, true, EDITOR), PASSWORD);
            List<String> logins = new ArrayList<>();
            for (int i = 1; i <= agents; i++) {
                String login = String.format(Locale.ROOT, "bench-agent-%03d", i);
                accounts.create(login, details(Role.AGENT, i % 3 == 0 ? Organisation.ADOCC : Organisation.REGION,
                        false, login), PASSWORD);
                logins.add(login);
            }
            return logins;
        }
    }

    private static AccountDetails details(Role role, Organisation organisation, boolean faqEditor, String agent) {
        return new AccountDetails(role.name().toLowerCase(Locale.ROOT) + " " + Optional.ofNullable(agent).orElse(""),
                role, organisation, faqEditor, Optional.ofNullable(agent).map(AgentId::new));
    }

    Future<BenchSession> login(String login) {
        return BenchSession.login(web, port, login, PASSWORD);
    }

    /** Each of {@code logins} logged in, as many browsers. */
    List<BenchSession> login(String what, List<String> logins) throws Exception {
        return timed(what + " logged in", () -> Future.all(logins.stream().map(this::login).toList()));
    }

    /** {@code count} logins of the supervisors and the administrator, in turn (as many browsers). */
    List<BenchSession> supervisors(int count) throws Exception {
        return login("supervisors", IntStream.range(0, count).mapToObj(i -> SUPERVISORS.get(i % SUPERVISORS.size()))
                .toList());
    }

    private static <T> List<T> timed(String what, Supplier<Future<CompositeFuture>> all) throws Exception {
        long t0 = System.nanoTime();
        List<T> list = LiveDelayBenchmark.await(all.get()).list();
        System.out.printf(Locale.ROOT, "%d %s in %.1f s%n", list.size(), what, (System.nanoTime() - t0) / 1e9);
        return list;
    }
}
