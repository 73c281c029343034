package org.numvert.store;

import org.numvert.routing.IntervalFigures;

/**
 * The figures of one group over one 15-minute interval (table {@code group_interval}), of one
 * run, or summed over the runs (run 0) when read for a report. The interval is
 * [{@code figures.fromMillis()}, {@code figures.toMillis()}).
 */
public record GroupIntervalRow(int run, String groupId, String hotline, IntervalFigures figures) {
}
