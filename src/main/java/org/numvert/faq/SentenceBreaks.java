package org.numvert.faq;

import java.text.BreakIterator;
import java.text.CharacterIterator;
import java.text.StringCharacterIterator;

/**
 * Sentence boundaries for snippets, found by punctuation ({@code . ! ? ;} or a line end followed
 * by a space): much cheaper than the JDK's rule-based sentence iterator, and good enough to cut
 * a passage out of an article. Not thread-safe (one per highlight, as the highlighter asks).
 */
final class SentenceBreaks extends BreakIterator {
    private String text = "";
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
        if (current >= text.length()) {
            return DONE;
        }
        current = boundaryAfter(current);
        return current;
    }

    @Override
    public int previous() {
        if (current <= 0) {
            return DONE;
        }
        current = boundaryBefore(current);
        return current;
    }

    @Override
    public int following(int offset) {
        current = offset >= text.length() ? text.length() : boundaryAfter(offset);
        return offset >= text.length() ? DONE : current;
    }

    @Override
    public int preceding(int offset) {
        current = offset <= 0 ? 0 : boundaryBefore(offset);
        return offset <= 0 ? DONE : current;
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
    }

    @Override
    public void setText(CharacterIterator newText) {
        StringBuilder s = new StringBuilder();
        for (char c = newText.first(); c != CharacterIterator.DONE; c = newText.next()) {
            s.append(c);
        }
        setText(s.toString());
    }

    /** The first boundary strictly after {@code offset}: after a sentence end and its spaces. */
    private int boundaryAfter(int offset) {
        for (int i = offset + 1; i < text.length(); i++) {
            if (startsSentence(i)) {
                return i;
            }
        }
        return text.length();
    }

    /** The last boundary strictly before {@code offset}. */
    private int boundaryBefore(int offset) {
        for (int i = Math.min(offset, text.length()) - 1; i > 0; i--) {
            if (startsSentence(i)) {
                return i;
            }
        }
        return 0;
    }

    /** A sentence starts at {@code i}: a letter or digit after punctuation and a space. */
    private boolean startsSentence(int i) {
        if (i < 2 || Character.isWhitespace(text.charAt(i)) || !Character.isWhitespace(text.charAt(i - 1))) {
            return false;
        }
        char end = text.charAt(i - 2);
        return end == '.' || end == '!' || end == '?' || end == ';' || end == '\n' || end == ':';
    }
}
