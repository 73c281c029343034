package org.numvert.web.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.numvert.routing.AgentId;
import org.numvert.routing.RoutingEvent;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;

/** Scratch: pages against the real service. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PagesBrowserIT {
    LiveService service;
    Chrome chrome;

    @BeforeAll
    void start(@TempDir Path temp) throws Exception {
        service = LiveService.start(temp.resolve("data"), Map.of("sim.callsPerHour", "0", "sim.agents", "2"));
        chrome = Chrome.start(service, temp.resolve("chrome"));
    }

    @AfterAll
    void stop() throws Exception {
        if (chrome != null) {
            chrome.close();
        }
        if (service != null) {
            service.close();
        }
    }

    @Test
    void desk() throws Exception {
        chrome.login("agent-region-1");
        assertThat(chrome.driver.getCurrentUrl()).endsWith("/poste");
        chrome.waitForPage();
        chrome.screenshot("desk");
        System.out.println(chrome.consoleMessages());
        System.out.println("viewport " + chrome.viewportWidth() + " scroll " + chrome.scrollsHorizontally());
    }

    @Test
    void wallboard() throws Exception {
        chrome.login("superviseur-region");
        chrome.waitForPage();
        chrome.waitUntil(d -> d.findElements(By.cssSelector("#agents tr")).size() > 0);
        chrome.screenshot("wallboard");
        chrome.fullPageScreenshot("wallboard");
        System.out.println(chrome.consoleMessages());
        System.out.println("viewport " + chrome.viewportWidth() + " scroll " + chrome.scrollsHorizontally());
    }
}
