package org.numvert.telephony;

import java.util.List;

/**
 * The FastAGI server Asterisk connects to for IVR and hold scripts.
 *
 * @param bindAddress        loopback by default
 * @param allowedHosts       addresses Asterisk connects from; others are refused
 * @param threads            sessions served at once (one thread each: asterisk-java's model)
 * @param idleTimeoutSeconds a session silent this long is closed (asterisk-java's default is hours)
 */
public record AgiSettings(String bindAddress, int port, List<String> allowedHosts, int threads,
        int idleTimeoutSeconds) {
    public AgiSettings {
        allowedHosts = List.copyOf(allowedHosts);
    }
}
