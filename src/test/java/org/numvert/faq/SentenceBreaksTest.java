package org.numvert.faq;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.BreakIterator;
import org.junit.jupiter.api.Test;

class SentenceBreaksTest {
    private static final String TEXT = "Première phrase. Deuxième : suite ! Fin";

    @Test
    void boundariesAreAfterPunctuationAndASpace() {
        SentenceBreaks breaks = new SentenceBreaks();
        breaks.setText(TEXT);

        assertThat(breaks.following(0)).isEqualTo(17);
        assertThat(breaks.following(17)).isEqualTo(28);
        assertThat(breaks.following(30)).isEqualTo(36);
        assertThat(breaks.following(36)).isEqualTo(TEXT.length());
        assertThat(breaks.following(TEXT.length())).isEqualTo(BreakIterator.DONE);
        assertThat(breaks.preceding(20)).isEqualTo(17);
        assertThat(breaks.preceding(17)).isEqualTo(0);
        assertThat(breaks.preceding(0)).isEqualTo(BreakIterator.DONE);
        assertThat(breaks.first()).isZero();
        assertThat(breaks.next()).isEqualTo(17);
        assertThat(breaks.next()).isEqualTo(28);
        assertThat(breaks.previous()).isEqualTo(17);
        assertThat(breaks.last()).isEqualTo(TEXT.length());
        assertThat(breaks.next()).isEqualTo(BreakIterator.DONE);
    }

    @Test
    void aTextWithoutPunctuationIsOneSentence() {
        SentenceBreaks breaks = new SentenceBreaks();
        breaks.setText("sans ponctuation du tout");

        assertThat(breaks.following(3)).isEqualTo(24);
        assertThat(breaks.preceding(10)).isZero();
    }
}
