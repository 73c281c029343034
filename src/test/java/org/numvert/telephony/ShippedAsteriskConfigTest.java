package org.numvert.telephony;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The shipped dialplan and manager user agree with what the gateway sends and expects. */
class ShippedAsteriskConfigTest {
    private static final Path DIR = Path.of("src/main/asterisk");

    @Test
    void theDialplanHasTheContextsAndVariablesTheGatewayUses() throws IOException {
        String dialplan = Files.readString(DIR.resolve("extensions-numvert.conf"));

        assertThat(dialplan).contains("[" + Dialplan.HOLD + "]", "[" + Dialplan.CONNECT + "]",
                "[" + Dialplan.CALLBACK + "]", "[" + Dialplan.OVERFLOW + "]", "[numvert-inbound]", "[numvert-outbound]");
        assertThat(dialplan).contains("${" + Dialplan.AGENT_DIAL + "}", "${" + Dialplan.RING_TIMEOUT + "}",
                "${" + Dialplan.GROUP + "}", "${" + Dialplan.CALLBACK_REQUESTED + "}", "${" + Dialplan.OVERFLOW_PROMPT + "}",
                "${" + Dialplan.OVERFLOW_BOX + "}", "${" + Dialplan.VOICEMAIL + "}");
        assertThat(dialplan).contains("UserEvent(" + Dialplan.NO_ANSWER_EVENT + ",", "UserEvent(NumvertCallbackFailed,");
        assertThat(dialplan).contains("/ivr?hotline=${EXTEN}", "/hold)", "/callback-offer)", "AGIEXITONHANGUP=yes");
        assertThat(dialplan).contains("exten => voicemail,", "exten => closed,", "exten => callback,");
    }

    @Test
    void theManagerUserHasTheLeastPrivilegeThatWorks() throws IOException {
        String manager = Files.readString(DIR.resolve("manager-numvert.conf"));

        assertThat(manager).contains("[numvert]", "read = call,user", "write = call,originate,reporting");
        assertThat(manager).doesNotContain("= all");
    }
}
