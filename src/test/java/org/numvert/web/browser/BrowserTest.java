package org.numvert.web.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * What every browser test class shares: the whole service started in-process with brisk simulated
 * traffic and no simulated agent (the human agents of the tests take the calls), one headless
 * Chromium for the class, and after each test no script error nor CSP violation in its console.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class BrowserTest {
    LiveService service;
    Chrome chrome;

    /** The simulated PBX's settings of this class, added to the brisk defaults ({@code sim.seed} at least). */
    abstract Map<String, String> settings();

    @BeforeAll
    void start(@TempDir Path temp) throws Exception {
        Map<String, String> settings = new HashMap<>(Map.of("sim.callsPerHour", "1200", "sim.agents", "0",
                "sim.promptSpeed", "40"));
        settings.putAll(settings());
        service = LiveService.start(temp.resolve("data"), settings);
        chrome = Chrome.start(service, temp.resolve("chrome"));
    }

    @AfterAll
    void stop() throws Exception {
        try {
            if (chrome != null) {
                chrome.close();
            }
        } finally {
            if (service != null) {
                service.close();
            }
        }
    }

    @AfterEach
    void noScriptErrorNorContentSecurityPolicyViolation() {
        assertThat(chrome.consoleMessages()).noneMatch(m -> m.contains("Content Security Policy") || m.contains("Uncaught"));
    }
}
