package org.numvert.faq;

/** An article proposed while the agent types: its title completes the typed words. */
public record Suggestion(String id, String title) {
}
