package org.numvert.faq;

/** A file entry that could not be read as an article, and why. */
public record SourceProblem(String origin, String reason) {
    @Override
    public String toString() {
        return origin + ": " + reason;
    }
}
