package org.numvert.faq;

import java.text.BreakIterator;
import java.text.CharacterIterator;
import java.text.StringCharacterIterator;
import java.util.Arrays;

/**
 * Sentence boundaries for snippets, found by punctuation ({@code . ! ? ; :} or a line end,
 * followed by a space): much cheaper than the JDK's rule-based sentence iterator, and good enough
 * to cut a passage out of an article. The boundaries are found once per text; moves are binary
 * searches. Not thread-safe (one per highlight, as the highlighter asks).
 */
final class SentenceBreaks extends BreakIterator {
    private String text = "";
    private int[] boundaries = {0};
    private int current;

    @Override
    public int first() {
        current = 0;
        return current;
    }

    @Override
    public int last() {
        current = text.length();
        return current;
    }

    @Override
    public int next(int n) {
        int result = current;
        for (int i = 0; i < n && result != DONE; i++) {
            result = next();
        }
        for (int i = 0; i > n && result != DONE; i--) {
            result = previous();
        }
        return result;
    }

    @Override
    public int next() {
        return current >= text.length() ? DONE : following(current);
    }

    @Override
    public int previous() {
        return current <= 0 ? DONE : preceding(current);
    }

    /** The first boundary after {@code offset}; the text's end counts as one. */
    @Override
    public int following(int offset) {
        if (offset >= text.length()) {
            current = text.length();
            return DONE;
        }
        int i = Arrays.binarySearch(boundaries, offset + 1);
        current = boundaries[i >= 0 ? i : -i - 1];
        return current;
    }

    /** The last boundary before {@code offset}; the text's start counts as one. */
    @Override
    public int preceding(int offset) {
        if (offset <= 0) {
            current = 0;
            return DONE;
        }
        int i = Arrays.binarySearch(boundaries, Math.min(offset, text.length()) - 1);
        current = boundaries[i >= 0 ? i : -i - 2];
        return current;
    }

    @Override
    public int current() {
        return current;
    }

    @Override
    public CharacterIterator getText() {
        return new StringCharacterIterator(text);
    }

    @Override
    public void setText(String newText) {
        text = newText;
        current = 0;
        int[] found = new int[16];
        int count = 0;
        found[count++] = 0;
        char[] chars = text.toCharArray();
        for (int i = 2; i < chars.length; i++) {
            if (startsSentence(chars, i)) {
                if (count == found.length) {
                    found = Arrays.copyOf(found, count * 2);
                }
                found[count++] = i;
            }
        }
        if (count == found.length) {
            found = Arrays.copyOf(found, count + 1);
        }
        found[count++] = text.length();
        boundaries = Arrays.copyOf(found, count);
    }

    @Override
    public void setText(CharacterIterator newText) {
        StringBuilder s = new StringBuilder();
        for (char c = newText.first(); c != CharacterIterator.DONE; c = newText.next()) {
            s.append(c);
        }
        setText(s.toString());
    }

    /**
     * A sentence starts at {@code i}: a non-space after punctuation and a space. The punctuation
     * is tested first: it is the rarest of the three, so most characters cost one comparison.
     */
    private static boolean startsSentence(char[] text, int i) {
        return endsSentence(text[i - 2]) && Character.isWhitespace(text[i - 1]) && !Character.isWhitespace(text[i]);
    }

    private static boolean endsSentence(char c) {
        return switch (c) {
            case '.', '!', '?', ';', '\n', ':' -> true;
            default -> false;
        };
    }
}
