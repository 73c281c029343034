package org.numvert.telephony;

import java.time.Duration;
import java.time.InstantSource;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * Knobs that are not configuration: the first reconnection delay, how long an AMI action may
 * wait for its reply, how callback channel ids are made, and the clock the IVR reads (opening
 * hours). Tests shorten the delays, choose the ids and fix the time.
 */
record GatewayTuning(Duration firstReconnectDelay, Duration actionTimeout, Supplier<String> channelIds,
        InstantSource clock) {

    static GatewayTuning production() {
        return new GatewayTuning(Duration.ofSeconds(1), Duration.ofSeconds(10),
                () -> "numvert-cb-" + UUID.randomUUID(), InstantSource.system());
    }
}
