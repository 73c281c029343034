package org.numvert.ivr;

import java.util.Objects;

/** Where a menu choice leads: a node, the same menu again, or the menu the caller came from. */
public sealed interface Target {

    record ToNode(Ref node) implements Target {
        public ToNode {
            Objects.requireNonNull(node, "node");
        }

        @Override
        public String toString() {
            return node.name();
        }
    }

    /** Play the menu again (does not count as a failed attempt). */
    record Repeat() implements Target {
        @Override
        public String toString() {
            return "repeat";
        }
    }

    /** Back to the previous menu; at the first menu, the same as {@link Repeat}. */
    record Back() implements Target {
        @Override
        public String toString() {
            return "back";
        }
    }
}
