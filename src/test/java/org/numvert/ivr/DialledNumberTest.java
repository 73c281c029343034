package org.numvert.ivr;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class DialledNumberTest {
    @ParameterizedTest
    @ValueSource(strings = {"0800111111", "0800 111 111", "08.00.11.11.11", "+33800111111", "+33 8 00 11 11 11",
            "0033800111111", "33800111111"})
    void commonWritingsOfOneNumber(String raw) {
        assertThat(DialledNumber.normalise(raw)).contains("0800111111");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "0800", "08001111111", "1800111111", "0800ABCDEF", "s"})
    void notAFrenchNumber(String raw) {
        assertThat(DialledNumber.normalise(raw)).isEmpty();
    }

    @ParameterizedTest
    @CsvSource({"0800 111 111, entreprises", "+33805111112, entreprises", "0800222222, formation",
            "0805333334, transport"})
    void numbersFindTheirHotline(String number, String hotline) {
        assertThat(RealScripts.LIBRARY.hotlineForNumber(number)).contains(hotline);
        assertThat(RealScripts.LIBRARY.hotlineForNumber("0800 000 000")).isEmpty();
    }
}
