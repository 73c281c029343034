package org.numvert.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.numvert.ivr.CrisisRouting;
import org.numvert.ivr.CrisisScope;
import org.numvert.ivr.CrisisSwitch;
import org.numvert.ivr.Prompt;
import org.numvert.ivr.Stamp;

class CrisisRepositoryTest {
    private static final Instant T0 = Instant.parse("2026-05-11T07:00:00Z");
    private Database database;
    private CrisisRepository repository;

    @BeforeEach
    void open() {
        database = Database.openMemory("crisis-repo-" + UUID.randomUUID());
        Migrations.fromClasspath(database).migrate();
        repository = new CrisisRepository(database);
    }

    @AfterEach
    void close() {
        database.close();
    }

    private static CrisisSwitch crisis(CrisisScope scope, CrisisRouting routing, String by, Instant at) {
        return new CrisisSwitch(0, scope, new Prompt("crise-sanitaire", "Texte.", false, "crise"), routing, "raison",
                at.plusSeconds(3600), new Stamp(by, at), Optional.empty());
    }

    @Test
    void everyRoutingRoundTripsAndOnlyOpenSwitchesAreOpen() {
        CrisisSwitch all = repository.switchOn(crisis(CrisisScope.ALL, new CrisisRouting.ToGroup("crise-renfort"), "a", T0));
        CrisisSwitch transport = repository.switchOn(crisis(CrisisScope.of("transport"),
                new CrisisRouting.ToHotline("entreprises"), "b", T0));
        CrisisSwitch formation = repository.switchOn(crisis(CrisisScope.of("formation"), new CrisisRouting.MessageOnly(), "c", T0));

        assertThat(repository.open(T0.plusSeconds(60))).containsExactly(all, transport, formation);
        assertThat(repository.open(T0.plusSeconds(3600))).as("expired").isEmpty();
        assertThat(repository.history(Optional.of(CrisisScope.ALL), 10)).containsExactly(all);
    }

    @Test
    void switchingOnAndOffIsAudited() throws Exception {
        CrisisSwitch first = repository.switchOn(crisis(CrisisScope.ALL, new CrisisRouting.MessageOnly(), "sophie", T0));
        repository.switchOn(crisis(CrisisScope.ALL, new CrisisRouting.MessageOnly(), "paul", T0.plusSeconds(60)));
        repository.switchOff(CrisisScope.ALL, new Stamp("sophie", T0.plusSeconds(120)));

        assertThat(audit()).containsExactly("sophie crisis.on hotline:*", "paul crisis.replaced hotline:*",
                "paul crisis.on hotline:*", "sophie crisis.off hotline:*");
        assertThat(repository.history(Optional.empty(), 10)).last().satisfies(s -> {
            assertThat(s.id()).isEqualTo(first.id());
            assertThat(s.ended()).contains(new Stamp("paul", T0.plusSeconds(60)));
        });
    }

    private List<String> audit() {
        return database.transaction(c -> {
            List<String> rows = new ArrayList<>();
            try (Statement s = c.createStatement();
                    ResultSet rs = s.executeQuery("SELECT actor, action, target FROM audit_log ORDER BY id")) {
                while (rs.next()) {
                    rows.add(rs.getString(1) + " " + rs.getString(2) + " " + rs.getString(3));
                }
            }
            return rows;
        });
    }
}
