package org.numvert.store;

import org.numvert.routing.Organisation;

/** An agent as the engine last described it (table {@code record_agent}). */
public record RecordAgent(String id, String name, Organisation organisation) {
}
