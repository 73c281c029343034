package org.numvert.web.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's headless Chromium driven by its ChromeDriver (packages {@code chromium} and
 * {@code chromium-driver}), in a 1366×768 window (a teleworker's laptop), French first. Every
 * wait is bounded ({@link #waitUntil}); screenshots go to {@code target/screenshots/}.
 */
final class Chrome implements AutoCloseable {
    static final Duration WAIT = Duration.ofSeconds(10);
    private static final String BINARY = "/usr/bin/chromium";
    private static final String DRIVER = "/usr/bin/chromedriver";
    private static final Path SCREENSHOTS = Path.of("target", "screenshots");

    final ChromeDriver driver;
    private final LiveService service;

    private Chrome(ChromeDriver driver, LiveService service) {
        this.driver = driver;
        this.service = service;
    }

    static Chrome start(LiveService service, Path profile) {
        assertThat(new File(BINARY)).as("Chromium (Debian package chromium; .ci/run installs it)").exists();
        assertThat(new File(DRIVER)).as("ChromeDriver (Debian package chromium-driver)").exists();
        ChromeOptions options = new ChromeOptions().setBinary(BINARY).addArguments("--headless=new", "--no-sandbox",
                "--disable-gpu", "--disable-dev-shm-usage", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--no-first-run", "--lang=fr-FR",
                "--window-size=1366,768", "--user-data-dir=" + profile.toAbsolutePath());
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.BROWSER, Level.ALL);
        options.setCapability("goog:loggingPrefs", logs);
        ChromeDriverService driverService = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(DRIVER)).usingAnyFreePort().build();
        ChromeDriver driver = new ChromeDriver(driverService, options);
        driver.manage().timeouts().scriptTimeout(WAIT);
        return new Chrome(driver, service);
    }

    /** Signs in through the login page, then waits for the page it lands on to be ready. */
    void login(String login) {
        // Leave the previous page first (for one without script, on the same site): its script would
        // send the browser to /login?next=<that page> when the cookies go, racing with this login.
        driver.get(service.url("/health"));
        driver.manage().deleteAllCookies();
        driver.get(service.url("/login"));
        driver.findElement(By.id("login")).sendKeys(login);
        driver.findElement(By.id("password")).sendKeys(service.password(login));
        driver.findElement(By.cssSelector("#login-form button[type=submit]")).click();
        waitUntil(d -> !d.getCurrentUrl().contains("/login"));
    }

    void open(String path) {
        driver.get(service.url(path));
    }

    /** Waits for the page's script to have finished its start (it sets body[data-ready]). */
    void waitForPage() {
        waitUntil(ExpectedConditions.attributeToBe(By.tagName("body"), "data-ready", "true"));
    }

    WebElement byId(String id) {
        return driver.findElement(By.id(id));
    }

    String text(String id) {
        return byId(id).getText();
    }

    <T> T waitUntil(java.util.function.Function<? super org.openqa.selenium.WebDriver, T> condition) {
        return waitUntil(WAIT, condition);
    }

    <T> T waitUntil(Duration timeout, java.util.function.Function<? super org.openqa.selenium.WebDriver, T> condition) {
        return new WebDriverWait(driver, timeout, Duration.ofMillis(50))
                .ignoring(StaleElementReferenceException.class).until(condition);
    }

    Object script(String js, Object... args) {
        return ((JavascriptExecutor) driver).executeScript(js, args);
    }

    /** Whether the page is wider than the window (a horizontal scroll bar). */
    boolean scrollsHorizontally() {
        return (Boolean) script("return document.documentElement.scrollWidth > document.documentElement.clientWidth;");
    }

    long viewportWidth() {
        return ((Number) script("return window.innerWidth;")).longValue();
    }

    /** The window as the user sees it, as {@code target/screenshots/<name>.png}. */
    void screenshot(String name) throws IOException {
        Files.createDirectories(SCREENSHOTS);
        Files.write(SCREENSHOTS.resolve(name + ".png"), driver.getScreenshotAs(OutputType.BYTES));
    }

    /** The whole page at the window's width, scrolled parts included ({@code <name>-full.png}). */
    void fullPageScreenshot(String name) throws IOException {
        Map<String, Object> metrics = driver.executeCdpCommand("Page.getLayoutMetrics", Map.of());
        @SuppressWarnings("unchecked")
        Map<String, Number> size = (Map<String, Number>) metrics.get("cssContentSize");
        Map<String, Object> clip = Map.of("x", 0, "y", 0, "width", size.get("width"), "height", size.get("height"),
                "scale", 1);
        Map<String, Object> shot = driver.executeCdpCommand("Page.captureScreenshot",
                Map.of("format", "png", "captureBeyondViewport", true, "clip", clip));
        Files.createDirectories(SCREENSHOTS);
        Files.write(SCREENSHOTS.resolve(name + "-full.png"), Base64.getDecoder().decode((String) shot.get("data")));
    }

    /** The browser console's messages since the last call (CSP violations among them). */
    List<String> consoleMessages() {
        return driver.manage().logs().get(LogType.BROWSER).getAll().stream().map(LogEntry::getMessage).toList();
    }

    @Override
    public void close() {
        driver.quit();
    }
}
