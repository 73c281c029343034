package org.numvert.records;

import io.vertx.core.Future;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.numvert.routing.GroupId;
import org.numvert.routing.IntervalFigures;
import org.numvert.routing.IntervalStatistics;
import org.numvert.store.AgentFigures;
import org.numvert.store.AgentIntervalRow;
import org.numvert.store.Database;
import org.numvert.store.GroupIntervalRow;
import org.numvert.store.IntervalRepository;

/**
 * Today's interval figures of the runs before the current one, for the routing engine's live
 * statistics at start ({@code RoutingEngine.restoreStatistics}): without them the wallboard's
 * "today" would start from zero at every restart.
 *
 * <p>The group rows are the engine's own figures (folds with {@link IntervalStatistics}), given
 * as they are. The all-groups rows (group {@code null}) add up the groups' calls, but take the
 * agents' time from the agent rows: an agent skilled in two groups counts in both groups' time
 * and once in the all-groups time, as in the engine (available = logged in and not paused,
 * busy = on a call or in wrap-up).
 *
 * <p>Call from any thread; reads run on the {@code numvert-db} workers. Only committed rows are
 * read: start it once the runs left open are closed, or a crashed run's last calls are missing.
 */
public final class TodayFigures {
    private final Database database;
    private final ZoneId zone;

    public TodayFigures(Database database, ZoneId zone) {
        this.database = database;
        this.zone = zone;
    }

    /** The rows of the day of {@code now} (in the zone) of the runs before {@code currentRun}. */
    public Future<List<IntervalFigures>> before(int currentRun, Instant now) {
        LocalDate day = now.atZone(zone).toLocalDate();
        Instant from = day.atStartOfDay(zone).toInstant();
        Instant to = day.plusDays(1).atStartOfDay(zone).toInstant();
        return database.async(() -> {
            IntervalRepository intervals = new IntervalRepository(database);
            return rows(intervals.groupsBefore(currentRun, from, to), intervals.agentsBefore(currentRun, from, to));
        });
    }

    private static List<IntervalFigures> rows(List<GroupIntervalRow> groups, List<AgentIntervalRow> agents) {
        List<IntervalFigures> rows = new ArrayList<>();
        Map<Long, IntervalFigures> totals = new TreeMap<>();
        for (GroupIntervalRow row : groups) {
            IntervalFigures f = row.figures();
            rows.add(f);
            IntervalFigures calls = new IntervalFigures(null, f.fromMillis(), f.toMillis(), f.offered(),
                    f.answered(), f.answeredWithinThreshold(), f.abandoned(), f.shortAbandoned(), f.overflowed(),
                    f.callbacksRequested(), f.answeredWaitMillis(), f.maxWaitMillis(), f.handled(),
                    f.talkMillis(), f.wrapUpMillis(), 0, 0);
            totals.merge(f.fromMillis(), calls, IntervalFigures::plus);
        }
        for (AgentIntervalRow row : agents) {
            AgentFigures a = row.figures();
            long start = row.startMillis();
            IntervalFigures time = new IntervalFigures(null, start, start + IntervalStatistics.INTERVAL_MILLIS,
                    0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, a.onCallMillis() + a.wrapUpStateMillis(),
                    a.loggedInMillis() - a.pausedMillis());
            totals.merge(start, time, IntervalFigures::plus);
        }
        rows.addAll(totals.values());
        return rows;
    }
}
