package org.numvert.store;

import java.util.List;
import org.numvert.routing.Organisation;

/** A skill group as the engine last described it (table {@code record_group}). */
public record RecordGroup(String id, String hotline, String label, List<Organisation> organisations,
        int slTargetSeconds) {
    public RecordGroup {
        organisations = List.copyOf(organisations);
    }
}
