package org.numvert.telephony;

import java.time.Duration;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * Knobs that are not configuration: the first reconnection delay, how long an AMI action may
 * wait for its reply, and how callback channel ids are made. Tests shorten the delays and choose
 * the ids.
 */
record GatewayTuning(Duration firstReconnectDelay, Duration actionTimeout, Supplier<String> channelIds) {

    static GatewayTuning production() {
        return new GatewayTuning(Duration.ofSeconds(1), Duration.ofSeconds(10),
                () -> "numvert-cb-" + UUID.randomUUID());
    }
}
