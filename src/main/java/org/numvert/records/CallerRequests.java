package org.numvert.records;

import io.vertx.core.Future;
import java.time.Instant;
import java.util.List;
import org.numvert.routing.CallerNumber;
import org.numvert.store.CallSummaryRepository;
import org.numvert.store.CallSummaryRow;
import org.numvert.store.CallerDataRepository;
import org.numvert.store.Database;

/**
 * A caller's requests about their data (RGPD): what the records hold for a number (access: its
 * calls with the agents' notes on them), and its erasure (number and key removed from every
 * summary and log row, the notes on its calls deleted; the calls stay in the figures, tied to no
 * one). The number is only used to compute its key; it is neither stored
 * nor logged here.
 *
 * <p>Call from any thread; the work runs on the {@code numvert-db} workers.
 */
public final class CallerRequests {
    private static final int MAX_CALLS = 1_000;

    private final Database database;
    private final CallerKeys keys;

    public CallerRequests(Database database, CallerKeys keys) {
        this.database = database;
        this.keys = keys;
    }

    /**
     * What the records hold for one caller.
     *
     * @param reference a short form of the caller's key, to name the request in the audit trail
     *                  without the number
     * @param calls     the caller's calls, latest first (at most 1000)
     * @param events    how many log rows name the caller
     * @param notes       the agents' wrap-up notes on those calls
     */
    public record Holdings(String reference, List<CallSummaryRow> calls, long events, CallNotes notes) {
    }

    /** The caller's calls and log rows; an unusable number (no digits) is an {@link IllegalArgumentException}. */
    public Future<Holdings> lookup(String number) {
        String key = keyOf(number);
        return database.async(() -> {
            List<CallSummaryRow> calls = new CallSummaryRepository(database).byCaller(key, Instant.EPOCH, MAX_CALLS);
            return new Holdings(reference(key), calls, new CallerDataRepository(database).events(key),
                    CallNotes.read(database, calls));
        });
    }

    /**
     * Erases the caller's number and key everywhere in the records and deletes the wrap-up notes
     * on the caller's calls; returns what changed.
     */
    public Future<CallerDataRepository.Changed> erase(String number) {
        String key = keyOf(number);
        return database.async(() -> new CallerDataRepository(database).erase(key));
    }

    /** The reference of a number's key (for the audit trail), or an {@link IllegalArgumentException}. */
    public String referenceOf(String number) {
        return reference(keyOf(number));
    }

    private String keyOf(String number) {
        String key = number == null ? null : keys.keyOf(new CallerNumber(number));
        if (key == null) {
            throw new IllegalArgumentException("number: a phone number is required");
        }
        return key;
    }

    private static String reference(String key) {
        return "caller:" + key.substring(0, 12);
    }
}
