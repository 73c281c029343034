package org.numvert.records;

import io.vertx.core.Future;
import java.time.Instant;
import java.util.Optional;
import java.util.function.IntSupplier;
import org.numvert.routing.AgentId;
import org.numvert.routing.CallId;
import org.numvert.store.Database;
import org.numvert.store.WrapUpNoteRepository;
import org.numvert.store.WrapUpNoteRow;

/**
 * The agents' wrap-up notes in the call records. A note belongs to a call of the current run (the
 * engine only wraps up calls of this run) and to the agent who wrote it; writing again replaces
 * the agent's note on that call, a blank text removes it. Notes are read with the call summaries
 * ({@link CallNotes}); retention and a caller's erasure delete them ({@link RetentionJob},
 * {@link CallerRequests}). Their text may hold personal data: it is never logged.
 *
 * <p>Threading: {@link #keep} from any thread; the write runs on the {@code numvert-db} workers.
 */
public final class WrapUpNoteBook {
    /** The longest note kept, in characters. */
    public static final int MAX_TEXT = WrapUpNoteRow.MAX_TEXT;
    private static final int MAX_CODE = 100;

    private final Database database;
    private final IntSupplier currentRun;

    /** @param currentRun the records' current run (the recorder's status) */
    public WrapUpNoteBook(Database database, IntSupplier currentRun) {
        this.database = database;
        this.currentRun = currentRun;
    }

    /**
     * Keeps an agent's note on a call; fails with an {@link IllegalArgumentException} for a text
     * longer than {@link #MAX_TEXT} or a code longer than 100 characters.
     */
    public Future<Void> keep(CallId call, AgentId agent, Optional<String> code, String text, Instant at) {
        if (text.length() > MAX_TEXT) {
            return Future.failedFuture(new IllegalArgumentException("note: at most " + MAX_TEXT + " characters"));
        }
        if (code.map(String::length).orElse(0) > MAX_CODE) {
            return Future.failedFuture(new IllegalArgumentException("code: at most " + MAX_CODE + " characters"));
        }
        WrapUpNoteRow row = new WrapUpNoteRow(currentRun.getAsInt(), call.value(), agent.value(), code.orElse(null),
                text.strip(), at);
        return database.async(() -> {
            new WrapUpNoteRepository(database).keep(row);
            return null;
        });
    }
}
