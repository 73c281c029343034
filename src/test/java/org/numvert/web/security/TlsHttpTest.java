package org.numvert.web.security;

import static org.assertj.core.api.Assertions.assertThat;

import io.vertx.core.buffer.Buffer;
import io.vertx.core.net.SelfSignedCertificate;
import io.vertx.ext.web.client.HttpResponse;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Served over TLS, the session cookie is Secure and host-bound, and HSTS is sent. */
class TlsHttpTest {
    private final SelfSignedCertificate certificate = SelfSignedCertificate.create("localhost");
    private SecuredServer server;

    @BeforeEach
    void start() throws Exception {
        server = SecuredServer.startTls(certificate.certificatePath(), certificate.privateKeyPath());
    }

    @AfterEach
    void stop() throws Exception {
        server.close();
        certificate.delete();
    }

    @Test
    void sessionCookieIsSecureAndHostPrefixed() throws Exception {
        HttpResponse<Buffer> page = server.browser().page("/login");

        String cookie = page.headers().getAll("set-cookie").stream()
                .filter(c -> c.startsWith("__Host-numvert-session=")).findFirst().orElseThrow();
        assertThat(cookie.toLowerCase()).contains("; secure", "; httponly", "; samesite=lax", "; path=/")
                .doesNotContain("domain");
        assertThat(page.getHeader("Strict-Transport-Security")).startsWith("max-age=");
    }

    @Test
    void loginWorksOverTls() throws Exception {
        Browser browser = server.loggedIn("sup-region");

        assertThat(browser.get("/api/me").bodyAsJsonObject().getString("login")).isEqualTo("sup-region");
    }
}
