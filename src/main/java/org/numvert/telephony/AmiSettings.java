package org.numvert.telephony;

/**
 * How to reach Asterisk's manager interface. {@link #toString()} never shows the secret.
 *
 * @param pingSeconds         keep-alive interval
 * @param reconnectMaxSeconds cap of the reconnection backoff
 */
public record AmiSettings(String host, int port, String user, String secret, int pingSeconds,
        int reconnectMaxSeconds) {

    @Override
    public String toString() {
        return "AmiSettings[host=" + host + ", port=" + port + ", user=" + user
                + ", secret=***, pingSeconds=" + pingSeconds
                + ", reconnectMaxSeconds=" + reconnectMaxSeconds + "]";
    }
}
