package org.numvert.web;

import java.nio.file.Path;

/**
 * Where the HTTP server listens. Loopback by default: listening beyond it is a decision an
 * administrator makes in the configuration.
 *
 * @param tlsCert PEM certificate; with {@code tlsKey}, HTTPS is served and cookies are Secure
 * @param tlsKey  PEM private key, or null
 */
public record HttpSettings(String host, int port, Path tlsCert, Path tlsKey) {
    public boolean tls() {
        return tlsCert != null && tlsKey != null;
    }
}
