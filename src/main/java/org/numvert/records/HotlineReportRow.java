package org.numvert.records;

import org.numvert.routing.IntervalFigures;

/**
 * One hotline's figures over one report row: the sum of its groups' (a call moved to another
 * group of the hotline by overflow counts in both, as in the groups' figures), and the callbacks
 * its agents started.
 */
public record HotlineReportRow(String hotline, long startMillis, long endMillis, IntervalFigures figures,
        long callbacksMade) {
}
