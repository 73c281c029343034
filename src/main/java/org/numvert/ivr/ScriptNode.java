package org.numvert.ivr;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A script as written, before it means anything: text values, key/value mappings and lists, each
 * with the {@link Position} it was written at. The YAML adapter ({@code org.numvert.ivr.yaml})
 * builds this tree; the parser and validator of this package read only this tree, so they stay
 * free of any file format library and every problem they find can name its line and column.
 */
public sealed interface ScriptNode permits ScriptNode.Text, ScriptNode.Mapping, ScriptNode.Sequence {

    Position at();

    /** How the node is described in problems ("a text", "a mapping", "a list"). */
    String kind();

    /** A single value, as written (numbers, booleans and times stay text: no guessing). */
    record Text(Position at, String value) implements ScriptNode {
        public Text {
            Objects.requireNonNull(at, "at");
            value = value == null ? "" : value;
        }

        @Override
        public String kind() {
            return "a text";
        }
    }

    /** One {@code key: value} line of a mapping. */
    record Entry(Text key, ScriptNode value) {
        public Entry {
            Objects.requireNonNull(key, "key");
            Objects.requireNonNull(value, "value");
        }
    }

    /** Keys and values in the order written; duplicate keys are kept so that they can be reported. */
    record Mapping(Position at, List<Entry> entries) implements ScriptNode {
        public Mapping {
            Objects.requireNonNull(at, "at");
            entries = List.copyOf(entries);
        }

        /** The first entry with {@code key}. */
        public Optional<Entry> entry(String key) {
            return entries.stream().filter(e -> e.key().value().equals(key)).findFirst();
        }

        @Override
        public String kind() {
            return "a mapping";
        }
    }

    record Sequence(Position at, List<ScriptNode> items) implements ScriptNode {
        public Sequence {
            Objects.requireNonNull(at, "at");
            items = List.copyOf(items);
        }

        @Override
        public String kind() {
            return "a list";
        }
    }
}
