package org.numvert.ivr;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * The crisis messages recorded in advance ({@code crisis-messages.yaml}), from which a supervisor
 * picks the one every call hears while a crisis switch is on. Recorded in advance because a PBX
 * can only play what was recorded; their sound files are {@code numvert/crise/<name>}.
 */
public record CrisisMessages(Map<String, Prompt> messages, ScriptSource source) {
    /** The {@link Prompt#owner()} of crisis messages. */
    public static final String OWNER = "crise";

    public static final CrisisMessages NONE = new CrisisMessages(Map.of(), new ScriptSource("(none)", "-"));

    public CrisisMessages {
        messages = Collections.unmodifiableMap(new LinkedHashMap<>(messages));
        Objects.requireNonNull(source, "source");
    }
}
