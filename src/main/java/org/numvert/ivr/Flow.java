package org.numvert.ivr;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The call flow of a hotline: its nodes and where a call enters them.
 *
 * @param start    first node when the hotline is open
 * @param closed   first node outside opening hours (required when the script has hours)
 * @param holiday  first node on a public holiday or an exceptional closure (default: closed)
 * @param nodes    by name, in the order written
 * @param overflow the hotline's overflow rule (routes may override it; crisis routing uses it)
 */
public record Flow(Ref start, Optional<Ref> closed, Optional<Ref> holiday, Map<String, FlowNode> nodes,
        OverflowRule overflow) {
    public Flow {
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(closed, "closed");
        Objects.requireNonNull(holiday, "holiday");
        nodes = Collections.unmodifiableMap(new LinkedHashMap<>(nodes));
        Objects.requireNonNull(overflow, "overflow");
    }

    public Optional<FlowNode> node(String id) {
        return Optional.ofNullable(nodes.get(id));
    }
}
