package org.numvert.ivr;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * One version of a hotline's IVR script, parsed and validated: immutable, so that a call that
 * started on it keeps it to the end while a hot reload gives new calls a newer version.
 *
 * @param prompts the hotline's prompt catalogue, by name, in the order written
 */
public record Script(Hotline hotline, OpeningHours hours, Map<String, Prompt> prompts, Flow flow,
        ScriptSource source) {
    public Script {
        Objects.requireNonNull(hotline, "hotline");
        Objects.requireNonNull(hours, "hours");
        prompts = Collections.unmodifiableMap(new LinkedHashMap<>(prompts));
        Objects.requireNonNull(flow, "flow");
        Objects.requireNonNull(source, "source");
    }

    public String id() {
        return hotline.id();
    }

    public Optional<Prompt> prompt(String name) {
        return Optional.ofNullable(prompts.get(name));
    }

    /** The prompt named {@code ref}; the script was validated, so it exists. */
    Prompt promptFor(Ref ref) {
        Prompt prompt = prompts.get(ref.name());
        if (prompt == null) {
            throw new IllegalStateException("prompt " + ref.name() + " missing from validated script " + source);
        }
        return prompt;
    }

    FlowNode nodeFor(String id) {
        FlowNode node = flow.nodes().get(id);
        if (node == null) {
            throw new IllegalStateException("node " + id + " missing from validated script " + source);
        }
        return node;
    }
}
