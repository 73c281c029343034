package org.numvert.ivr;

import java.util.List;
import java.util.Objects;

/**
 * One named step of a script: prompts to play ({@code say}), then an {@link Action}.
 *
 * @param at where the node's name is written (problems about the node point there)
 */
public record FlowNode(String id, Position at, List<Ref> say, Action action) {
    public FlowNode {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(at, "at");
        say = List.copyOf(say);
        Objects.requireNonNull(action, "action");
    }
}
