package org.numvert.ivr;

import java.util.Objects;

/**
 * A message a caller hears, by name, with its French text. The name is what a PBX plays; the text
 * is what the recording studio reads, what the simulators print in their transcripts and, later,
 * what text-to-speech says.
 *
 * @param name     the prompt's name, unique within its owner (lower-case words joined by '-')
 * @param text     the French text spoken
 * @param standard a sound shipped with Asterisk's French sounds ({@code queue-thereare},
 *                 {@code vm-intro} …): played by its own name, nothing to record
 * @param owner    the hotline whose catalogue defines it, or {@code crise} for crisis messages
 */
public record Prompt(String name, String text, boolean standard, String owner) {
    /** Directory (under Asterisk's sounds) holding numvert's recorded prompts. */
    public static final String SOUNDS_DIR = "numvert";

    public Prompt {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(owner, "owner");
    }

    /**
     * The sound file a PBX plays, without extension: a standard sound by its name, a recorded
     * prompt as {@code numvert/<owner>/<name>} (so hotlines may use the same prompt names).
     */
    public String soundFile() {
        return standard ? name : SOUNDS_DIR + "/" + owner + "/" + name;
    }
}
