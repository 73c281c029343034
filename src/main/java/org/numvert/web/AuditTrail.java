package org.numvert.web;

import io.vertx.core.Future;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.numvert.routing.Organisation;
import org.numvert.store.AuditEntry;
import org.numvert.store.AuditRecord;
import org.numvert.store.AuditRepository;
import org.numvert.store.Database;

/**
 * The audit trail of supervisor and administrator actions, for the APIs: record what a principal
 * did, read what a principal may see. Administrators see every entry, supervisors the entries of
 * their organisation's people.
 *
 * <p>Call from an event loop: the database work runs on the {@code numvert-db} pool.
 */
public final class AuditTrail {
    private final Database database;
    private final AuditRepository repository;
    private final Clock clock;

    public AuditTrail(Database database, Clock clock) {
        this.database = database;
        this.repository = new AuditRepository(database);
        this.clock = clock;
    }

    /**
     * Records that {@code actor} did {@code action} (dotted lower case: {@code agent.pause},
     * {@code crisis.on}, {@code user.create}) to {@code target}.
     *
     * @param detail short human text; never a password, a token or a caller's number
     */
    public Future<Void> record(Principal actor, String action, String target, String detail) {
        AuditRecord record = new AuditRecord(actor.login(), Optional.of(actor.organisation()), action, target, detail);
        return database.async(() -> {
            repository.append(record, clock.instant());
            return null;
        });
    }

    /** The latest entries {@code reader} may see, newest first; {@code beforeId} 0 for the latest. */
    public Future<List<AuditEntry>> visibleTo(Principal reader, long beforeId, int limit) {
        Optional<Organisation> scope = reader.role() == Role.ADMIN
                ? Optional.empty() : Optional.of(reader.organisation());
        return database.async(() -> repository.latest(scope, beforeId, limit));
    }
}
