package org.numvert.records;

import org.numvert.routing.IntervalFigures;

/**
 * One group's figures over one report row [{@code startMillis}, {@code endMillis}), with the
 * metric definitions of DESIGN.md ({@link IntervalFigures#serviceLevel()} …).
 */
public record GroupReportRow(String group, String hotline, String label, long startMillis, long endMillis,
        IntervalFigures figures) {
}
