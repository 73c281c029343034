package org.numvert.faq;

import java.io.IOException;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;

/**
 * Splits a word made of digits then letters in two words, so that "13eme" and "13 ème" meet
 * ("1er", "35h" …). Words that start with letters ("L1234", "covid19") are kept whole. Placed
 * right after the tokenizer, where a token's text and offsets still match.
 */
final class DigitLetterSplitFilter extends TokenFilter {
    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
    private final OffsetAttribute offset = addAttribute(OffsetAttribute.class);
    private State held;
    private char[] rest;
    private int restStart;

    DigitLetterSplitFilter(TokenStream input) {
        super(input);
    }

    @Override
    public boolean incrementToken() throws IOException {
        if (rest != null) {
            restoreState(held);
            term.copyBuffer(rest, 0, rest.length);
            offset.setOffset(restStart, restStart + rest.length);
            rest = null;
            return true;
        }
        if (!input.incrementToken()) {
            return false;
        }
        int split = splitPoint();
        if (split > 0 && offset.endOffset() - offset.startOffset() == term.length()) {
            rest = new char[term.length() - split];
            System.arraycopy(term.buffer(), split, rest, 0, rest.length);
            restStart = offset.startOffset() + split;
            term.setLength(split);
            offset.setOffset(offset.startOffset(), restStart);
            held = captureState();
        }
        return true;
    }

    /** Where the letters start after the leading digits, or 0 for no split. */
    private int splitPoint() {
        char[] chars = term.buffer();
        int i = 0;
        while (i < term.length() && Character.isDigit(chars[i])) {
            i++;
        }
        return i > 0 && i < term.length() && Character.isLetter(chars[i]) ? i : 0;
    }

    @Override
    public void reset() throws IOException {
        super.reset();
        rest = null;
        held = null;
    }
}
