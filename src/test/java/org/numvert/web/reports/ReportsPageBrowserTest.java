package org.numvert.web.reports;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.logging.Level;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The daily summary page in headless Chromium: a supervisor logs in, the day's figures show with
 * their definitions, both charts draw, and nothing is blocked by the Content-Security-Policy.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReportsPageBrowserTest {
    private RecordsServer server;
    private WebDriver browser;

    @BeforeAll
    void start() throws Exception {
        server = new RecordsServer(ReportsHttpTest.NINE);
        ReportsHttpTest.morningOf(server);
        ChromeOptions options = new ChromeOptions().setBinary("/usr/bin/chromium")
                .addArguments("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--window-size=1280,1600");
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.BROWSER, Level.ALL);
        options.setCapability("goog:loggingPrefs", logs);
        browser = new ChromeDriver(new ChromeDriverService.Builder()
                .usingDriverExecutable(new java.io.File("/usr/bin/chromedriver")).build(), options);
    }

    @AfterAll
    void stop() throws Exception {
        browser.quit();
        server.close();
    }

    @Test
    void aSupervisorReadsTheDayWithDefinitionsAndCharts() {
        String base = "http://127.0.0.1:" + server.port;
        browser.get(base + "/login?next=" + java.net.URLEncoder.encode("/reports?date=2026-05-11",
                java.nio.charset.StandardCharsets.UTF_8));
        browser.findElement(By.name("login")).sendKeys("sup-region");
        browser.findElement(By.name("password")).sendKeys("sup-region-Secret-42");
        browser.findElement(By.cssSelector("form button[type=submit]")).click();

        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(20));
        wait.until(d -> "2026-05-11".equals(d.findElement(By.tagName("body")).getDomAttribute("data-loaded")));

        List<WebElement> figures = browser.findElements(By.cssSelector("#figures .figure"));
        assertThat(figures).hasSize(8);
        assertThat(figures.get(0).getText()).contains("Offerts", "4", "Appels entrés dans la file");
        assertThat(figures.get(2).getText()).contains("Niveau de service", "33,3 %", "seuil T");
        assertThat(browser.findElements(By.cssSelector("#calls-chart canvas"))).isNotEmpty();
        assertThat(browser.findElements(By.cssSelector("#sl-chart canvas"))).isNotEmpty();
        assertThat(browser.findElements(By.cssSelector("#hotline option"))).extracting(WebElement::getText)
                .containsExactly("Toutes les lignes", "entreprises", "transport");
        assertThat(browser.findElements(By.cssSelector("#exports a"))).hasSize(5);
        assertThat(browser.manage().logs().get(LogType.BROWSER).getAll()).extracting(LogEntry::getMessage)
                .noneMatch(message -> message.contains("Content Security Policy") || message.contains("Uncaught"));
    }
}
