package org.numvert.faq;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * Decides what an import does with each article read from files, idempotently by id: a new id is
 * created; the same content is left alone; a changed file replaces a revision that came from an
 * earlier import. A database revision newer than the file (an editor's change since, or a more
 * recent {@code updated} day) is kept and reported as a conflict, unless the import is forced;
 * even then the replaced revision stays in the history.
 */
final class KbImport {
    static final String AUTHOR = "kb-import";
    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");

    private final boolean force;
    private final Instant now;
    private final List<ArticleChange> changes = new ArrayList<>();
    private final List<ImportReport.Conflict> conflicts = new ArrayList<>();
    private int created;
    private int updated;
    private int unchanged;

    KbImport(boolean force, Instant now) {
        this.force = force;
        this.now = now;
    }

    /** Decides for one source, given the database's current revision of its id. */
    void decide(ArticleSource source, Optional<StoredArticle> existing) {
        Article incoming = source.article();
        if (existing.isEmpty()) {
            created++;
            changes.add(change(source, 0));
            return;
        }
        StoredArticle stored = existing.get();
        if (stored.article().sameContentAs(incoming)) {
            unchanged++;
            return;
        }
        Optional<String> conflict = force ? Optional.empty() : conflict(source, stored);
        if (conflict.isPresent()) {
            conflicts.add(new ImportReport.Conflict(incoming.id(), source.origin(), conflict.get()));
            return;
        }
        updated++;
        Article kept = source.dated() ? incoming : incoming.withUpdated(LocalDate.ofInstant(now, PARIS));
        changes.add(change(new ArticleSource(kept, true, source.origin()), stored.revision()));
    }

    /** The changes decided so far, to store; then cleared. */
    List<ArticleChange> drainChanges() {
        List<ArticleChange> drained = List.copyOf(changes);
        changes.clear();
        return drained;
    }

    ImportReport report() {
        return new ImportReport(created, updated, unchanged, conflicts, List.of());
    }

    private Optional<String> conflict(ArticleSource source, StoredArticle stored) {
        LocalDate fileDay = source.article().updated();
        if (source.dated() && stored.article().updated().isAfter(fileDay)) {
            return Optional.of("the database revision " + stored.revision() + " is dated "
                    + stored.article().updated() + ", after the file's " + fileDay);
        }
        LocalDate editDay = LocalDate.ofInstant(stored.changedAt(), PARIS);
        if (stored.origin() == Origin.EDIT && !(source.dated() && fileDay.isAfter(editDay))) {
            return Optional.of("revision " + stored.revision() + " was edited by " + stored.changedBy()
                    + " on " + editDay + " after the last import; the file is not newer");
        }
        return Optional.empty();
    }

    private ArticleChange change(ArticleSource source, int expectedRevision) {
        return new ArticleChange(source.article(), AUTHOR, Origin.IMPORT, "imported from " + source.origin(),
                now, OptionalInt.of(expectedRevision));
    }
}
