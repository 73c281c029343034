package org.numvert.sim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/** Erlang C against published table values; Erlang A against its limits and Erlang C. */
class ErlangTest {
    @Test
    void erlangCMatchesTheTables() {
        assertThat(ErlangC.probabilityOfWait(11, 10)).isCloseTo(0.6821, within(1e-4));
        assertThat(ErlangC.probabilityOfWait(10, 8)).isCloseTo(0.4092, within(1e-4));
        assertThat(ErlangC.serviceLevel(10, 8, 240, 20)).isCloseTo(0.6536, within(1e-4));
        assertThat(ErlangC.asaSeconds(10, 8, 240)).isCloseTo(49.10, within(0.01));
        assertThat(ErlangC.agentsNeeded(8, 240, 0.8, 20)).isEqualTo(11);
        assertThat(ErlangC.serviceLevel(8, 8, 240, 20)).isZero();
    }

    @Test
    void erlangCStaysStableForLargePools() {
        double sl = ErlangC.serviceLevel(520, 500, 300, 20);

        assertThat(sl).isBetween(0.0, 1.0);
        assertThat(ErlangC.agentsNeeded(500, 300, 0.8, 20)).isBetween(510, 540);
    }

    @Test
    void erlangAWithVeryPatientCallersIsErlangC() {
        ErlangA.Prediction a = ErlangA.predict(10, 120, 240, 1e9, 20, 0);

        assertThat(a.serviceLevel()).isCloseTo(ErlangC.serviceLevel(10, 8, 240, 20), within(2e-3));
        assertThat(a.asaSeconds()).isCloseTo(ErlangC.asaSeconds(10, 8, 240), within(0.5));
        assertThat(a.abandonRate()).isLessThan(1e-4);
    }

    @Test
    void impatientCallersShortenTheWaitOfOthersAndAbandon() {
        ErlangA.Prediction a = ErlangA.predict(10, 120, 240, 180, 20, 5);

        assertThat(a.asaSeconds()).isLessThan(ErlangC.asaSeconds(10, 8, 240));
        assertThat(a.abandonRate()).isBetween(0.02, 0.2);
        assertThat(a.serviceLevel()).isBetween(ErlangC.serviceLevel(10, 8, 240, 20), 1.0);
    }

    @Test
    void erlangAHandlesOverload() {
        ErlangA.Prediction a = ErlangA.predict(5, 120, 240, 120, 20, 5);

        assertThat(a.abandonRate()).isBetween(0.2, 0.9);
        assertThat(a.serviceLevel()).isBetween(0.0, 0.5);
    }
}
