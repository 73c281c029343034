package org.numvert.records;

import org.numvert.routing.Organisation;
import org.numvert.store.AgentFigures;

/** One agent's figures over one report row [{@code startMillis}, {@code endMillis}). */
public record AgentReportRow(String agent, String name, Organisation organisation, long startMillis,
        long endMillis, AgentFigures figures) {
}
