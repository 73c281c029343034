package org.numvert.telephony;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.numvert.routing.SupervisionMode;

class ChannelNameTest {
    @Test
    void theTwoHalvesOfALocalChannelAreOnePair() {
        ChannelName one = ChannelName.of("Local/1001@agents-00000004;1");

        assertThat(one.samePairAs("Local/1001@agents-00000004;2")).isTrue();
        assertThat(one.samePairAs("Local/1001@agents-00000005;2")).isFalse();
        assertThat(ChannelName.of("PJSIP/1001-0000002a").samePairAs("PJSIP/1001-0000002a")).isTrue();
        assertThat(ChannelName.of("PJSIP/1001-0000002a").pair()).isEqualTo("PJSIP/1001-0000002a");
        assertThat(ChannelName.of(null).samePairAs("")).isFalse();
    }

    @Test
    void asteriskReasonsBecomeDialStatusWords() {
        assertThat(HangupCause.dialStatus(17)).isEqualTo("BUSY");
        assertThat(HangupCause.dialStatus(19)).isEqualTo("NOANSWER");
        assertThat(HangupCause.dialStatus(34)).isEqualTo("CONGESTION");
        assertThat(HangupCause.dialStatus(1)).isEqualTo("CHANUNAVAIL");
        assertThat(HangupCause.originateStatus(3)).isEqualTo("NOANSWER");
        assertThat(HangupCause.originateStatus(5)).isEqualTo("BUSY");
        assertThat(HangupCause.originateStatus(0)).isEqualTo("CHANUNAVAIL");
    }

    @Test
    void chanSpyOptionsFollowTheSupervisionMode() {
        assertThat(AsteriskCallControl.chanSpyOptions(SupervisionMode.LISTEN)).isEqualTo("q");
        assertThat(AsteriskCallControl.chanSpyOptions(SupervisionMode.WHISPER)).isEqualTo("qw");
        assertThat(AsteriskCallControl.chanSpyOptions(SupervisionMode.BARGE)).isEqualTo("qB");
    }
}
