package org.numvert.web.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.numvert.routing.AgentId;
import org.numvert.routing.AgentProfile;
import org.numvert.routing.GroupId;
import org.numvert.routing.PauseReason;
import org.numvert.routing.RoutingEvent;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.Select;

/**
 * The live pages in headless Chromium against the whole service (simulated PBX with brisk
 * traffic, no simulated agent, so that calls reach the demo agents): an agent takes a call from
 * the desktop, the desktop by keyboard alone, the wallboard following the engine, moving an agent,
 * crisis mode, and the pages refused to the wrong role. Screenshots in {@code target/screenshots/}.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class LivePagesBrowserIT extends BrowserTest {
    /** Simulated callers go through the IVR, then wait for the one agent skilled for them. */
    private static final Duration CALL_ARRIVAL = Duration.ofSeconds(45);

    @Override
    Map<String, String> settings() {
        return Map.of("sim.seed", "11");
    }

    @Test
    @Order(1)
    void anAgentIsRefusedTheSupervisorPagesByTheServer() throws Exception {
        chrome.login("agent-adocc-1");
        assertThat(chrome.driver.getCurrentUrl()).endsWith("/poste");
        chrome.open("/wallboard");
        assertThat(chrome.driver.findElement(By.tagName("h1")).getText()).isEqualTo("Accès refusé");
        chrome.screenshot("forbidden");
        assertThat(chrome.driver.findElements(By.id("agents"))).isEmpty();

        Cookie session = chrome.driver.manage().getCookieNamed("numvert-session");
        for (String page : List.of("/wallboard", "/faq/analytics")) {
            HttpResponse<String> answer = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(
                            service.url(page))).header("Accept", "text/html")
                    .header("Cookie", "numvert-session=" + session.getValue()).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(answer.statusCode()).as(page).isEqualTo(403);
            assertThat(answer.body()).contains("Accès refusé", "superviseurs");
        }
    }

    @Test
    @Order(2)
    void anAgentTakesASimulatedCallSearchesTheFaqAndWrapsUp() throws Exception {
        chrome.login("agent-region-1");
        assertThat(chrome.driver.getCurrentUrl()).endsWith("/poste");
        chrome.waitForPage();
        chrome.screenshot("desk-idle");
        chrome.byId("btn-ready").click();
        chrome.waitUntil(d -> List.of("Prêt", "Appel proposé").contains(chrome.text("state-name")));

        acceptNextCall();
        assertThat(chrome.text("call-hotline")).isNotBlank();
        assertThat(chrome.text("call-group")).isNotBlank();
        assertThat(chrome.text("call-caller")).matches("•+\\d{2}|Numéro masqué");
        assertThat(chrome.driver.getPageSource()).doesNotContainPattern("(\\+33|\\b0)[1-9]\\d{8}");
        assertThat(chrome.byId("announcer").getAttribute("textContent")).containsPattern("^(Appel entrant|Rappel à passer) : ");

        WebElement search = chrome.byId("faq-q");
        search.sendKeys("aide");
        chrome.waitUntil(d -> !chrome.text("faq-status").isEmpty());
        new Select(chrome.byId("pause-reason")).selectByValue("lunch");
        chrome.byId("btn-pause").click();
        chrome.waitUntil(d -> chrome.text("state-detail").contains("Après l'appel : pause"));
        assertThat(chrome.scrollsHorizontally()).as("horizontal scroll at 1366×768").isFalse();
        chrome.screenshot("desk-call");

        hangUpIfTheCallerDidNot();
        chrome.waitUntil(d -> chrome.byId("wrapup-form").isDisplayed());
        Select codes = new Select(chrome.byId("wrapup-code"));
        assertThat(codes.getOptions()).hasSizeGreaterThan(1);
        codes.selectByIndex(1);
        chrome.byId("wrapup-note").sendKeys("Rappeler avec le numéro de dossier.");
        chrome.screenshot("desk-wrapup");
        chrome.byId("btn-wrapup").click();
        chrome.waitUntil(d -> !chrome.byId("wrapup-form").isDisplayed() && chrome.byId("no-call").isDisplayed());
        chrome.waitUntil(d -> chrome.text("state-name").equals("En pause") && chrome.text("state-detail").contains("déjeuner"));
    }

    /** Waits for a call to ring and accepts it (a caller who gave up while it rang is let go). */
    private void acceptNextCall() throws Exception {
        for (int attempt = 0; attempt < 5; attempt++) {
            chrome.waitUntil(CALL_ARRIVAL, d -> chrome.byId("btn-accept").isDisplayed());
            assertThat(chrome.text("call-phase")).isIn("Appel entrant", "Rappel à passer");
            chrome.screenshot("desk-ringing");
            chrome.byId("btn-accept").click();
            chrome.waitUntil(d -> chrome.text("call-phase").equals("En communication") || chrome.byId("no-call").isDisplayed()
                    || chrome.byId("call-message").isDisplayed());
            if (chrome.text("call-phase").equals("En communication") && chrome.byId("call").isDisplayed()) {
                return;
            }
        }
        throw new AssertionError("no call could be accepted");
    }

    private void hangUpIfTheCallerDidNot() {
        if (chrome.byId("btn-hangup").isDisplayed()) {
            chrome.byId("btn-hangup").click();
        }
    }

    @Test
    @Order(3)
    void theDesktopWorksWithTheKeyboardAlone() throws Exception {
        withoutSkills("agent-region-2");
        chrome.login("agent-region-2");
        chrome.waitForPage();
        Actions keys = new Actions(chrome.driver);
        keys.sendKeys(Keys.TAB).perform();
        assertThat(focusedId(chrome)).isEmpty();
        assertThat(chrome.script("return document.activeElement.textContent")).isEqualTo("Aller au contenu");
        assertFocusVisible();
        keys.sendKeys(Keys.ENTER).perform();
        for (String expected : List.of("btn-routing", "btn-ready", "pause-reason", "btn-pause", "faq-q", "faq-hotline",
                "faq-category")) {
            keys.sendKeys(Keys.TAB).perform();
            assertThat(focusedId(chrome)).as("tab order").isEqualTo(expected);
            assertFocusVisible();
        }

        keys.keyDown(Keys.SHIFT).sendKeys(Keys.TAB, Keys.TAB).keyUp(Keys.SHIFT).perform();
        assertThat(focusedId(chrome)).isEqualTo("faq-q");
        keys.sendKeys(Keys.ESCAPE).perform();
        assertThat(focusedId(chrome)).as("Escape leaves the search field").isEmpty();
        keys.sendKeys("c").perform();
        chrome.waitUntil(d -> chrome.text("state-name").equals("En pause"));
        keys.sendKeys("r").perform();
        chrome.waitUntil(d -> chrome.text("state-name").equals("Prêt"));
        keys.sendKeys("p").perform();
        chrome.waitUntil(d -> chrome.text("state-name").equals("En pause"));
        keys.sendKeys("a").perform();
        chrome.waitUntil(d -> "Aucun appel à décrocher.".equals(chrome.byId("polite-announcer").getAttribute("textContent")));
        keys.sendKeys("/").perform();
        assertThat(focusedId(chrome)).isEqualTo("faq-q");
        keys.sendKeys("train").perform();
        assertThat(chrome.byId("faq-q").getAttribute("value")).isEqualTo("train");
        assertThat(chrome.text("state-name")).as("letters typed in a field are no shortcut").isEqualTo("En pause");
        keys.sendKeys(Keys.ESCAPE).perform();
        keys.sendKeys("c").perform();
        chrome.waitUntil(d -> chrome.text("state-name").equals("Déconnecté"));
        chrome.screenshot("desk-keyboard");
    }

    private static String focusedId(Chrome chrome) {
        return (String) chrome.script("return document.activeElement.id");
    }

    private void assertFocusVisible() {
        String outline = (String) chrome.script("const s = getComputedStyle(document.activeElement);"
                + " return s.outlineStyle + ' ' + s.outlineWidth;");
        assertThat(outline).as("focus ring of #%s", focusedId(chrome)).doesNotStartWith("none").doesNotEndWith(" 0px");
    }

    /** The agent keeps its skills in the database but takes no call: the engine has it in no group. */
    private void withoutSkills(String login) throws Exception {
        AgentId id = new AgentId(login);
        AgentProfile profile = service.numvert.engine().read(view -> view.agent(id).orElseThrow().profile())
                .toCompletableFuture().get(10, TimeUnit.SECONDS);
        service.numvert.engine().deliver(new RoutingEvent.AgentConfigured(new AgentProfile(id, profile.name(),
                profile.organisation(), profile.contact(), Map.of())));
    }

    @Test
    @Order(4)
    void theWallboardFollowsTheEngine() throws Exception {
        chrome.login("superviseur-region");
        assertThat(chrome.driver.getCurrentUrl()).endsWith("/wallboard");
        chrome.waitForPage();
        chrome.waitUntil(d -> !d.findElements(By.cssSelector("#agents tr[data-agent='agent-region-3']")).isEmpty());
        assertThat(chrome.driver.findElements(By.cssSelector("[data-tile^='hotline:']"))).hasSize(3);
        assertThat(chrome.driver.findElements(By.cssSelector("[data-tile^='group:']"))).hasSize(11);
        WebElement row = chrome.driver.findElement(By.cssSelector("#agents tr[data-agent='agent-region-3']"));
        assertThat(row.getText()).contains("Déconnecté");

        AgentId agent = new AgentId("agent-region-3");
        service.numvert.engine().deliver(new RoutingEvent.AgentLoggedIn(agent));
        service.numvert.engine().deliver(new RoutingEvent.AgentPaused(agent, PauseReason.TRAINING));
        chrome.waitUntil(d -> row.getText().contains("En pause formation"));

        WebElement listen = row.findElement(By.xpath(".//button[text()='Écouter']"));
        assertThat(listen.isEnabled()).isFalse();
        assertThat(chrome.text(listen.getAttribute("aria-describedby"))).contains("PBX simulé");
        assertThat(chrome.scrollsHorizontally()).as("horizontal scroll at 1366×768").isFalse();
        chrome.screenshot("wallboard");
        chrome.fullPageScreenshot("wallboard");
    }

    @Test
    @Order(5)
    void aHotlineTileCombinesItsGroupsByTheDesignDefinitions() {
        chrome.login("superviseur-region");
        chrome.waitForPage();
        @SuppressWarnings("unchecked")
        Map<String, Number> combined = (Map<String, Number>) chrome.driver.executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                import('/assets/wallboard-tiles.js').then(m => done(m.combineFigures([
                  {offered: 10, answered: 6, answeredWithinThreshold: 5, abandoned: 2, shortAbandoned: 1, asaSeconds: 10},
                  {offered: 5, answered: 4, answeredWithinThreshold: 2, abandoned: 0, shortAbandoned: 0, asaSeconds: 20}])));
                """);
        assertThat(combined.get("serviceLevel").doubleValue()).as("within T ÷ (answered + abandoned)")
                .isCloseTo(7.0 / 12, Offset.offset(1e-9));
        assertThat(combined.get("abandonRate").doubleValue()).as("abandoned ÷ (offered − short)")
                .isCloseTo(2.0 / 14, Offset.offset(1e-9));
        assertThat(combined.get("asaSeconds").doubleValue()).as("mean wait of answered calls").isEqualTo(14.0);
    }

    @Test
    @Order(6)
    void aSupervisorMovesAnAgentToAnotherGroup() throws Exception {
        chrome.login("superviseur-region");
        chrome.waitForPage();
        By row = By.cssSelector("#agents tr[data-agent='agent-region-4']");
        chrome.waitUntil(d -> !d.findElements(row).isEmpty());
        chrome.driver.findElement(row).findElement(By.xpath(".//button[text()='Groupes…']")).click();
        WebElement dialog = chrome.byId("skills-dialog");
        chrome.waitUntil(d -> dialog.isDisplayed());
        dialog.findElement(By.id("skill-formation-orientation")).click();
        dialog.findElement(By.id("skill-transport-info")).click();
        new Select(dialog.findElement(By.cssSelector("tr[data-group='transport-info'] select"))).selectByValue("5");
        chrome.screenshot("wallboard-skills");
        chrome.byId("skills-save").click();
        chrome.waitUntil(d -> !dialog.isDisplayed());
        chrome.waitUntil(d -> d.findElement(row).getText().contains("transport-info 5"));
        assertThat(chrome.driver.findElement(row).getText()).doesNotContain("formation-orientation");

        Map<GroupId, Integer> skills = service.numvert.engine().read(view -> view.agent(new AgentId("agent-region-4"))
                .orElseThrow().profile().skills()).toCompletableFuture().get(10, TimeUnit.SECONDS);
        assertThat(skills).containsEntry(new GroupId("transport-info"), 5)
                .doesNotContainKey(new GroupId("formation-orientation"));
    }

    @Test
    @Order(7)
    void aSupervisorSwitchesCrisisModeOnAndOffAfterConfirming() throws Exception {
        chrome.login("superviseur-region");
        chrome.waitForPage();
        new Select(chrome.byId("crisis-scope")).selectByValue("transport");
        new Select(chrome.byId("crisis-message")).selectByValue("crise-intemperies");
        new Select(chrome.byId("crisis-routing")).selectByValue("GROUP");
        new Select(chrome.byId("crisis-target")).selectByValue("crise-renfort");
        chrome.byId("crisis-reason").sendKeys("Intempéries sur le réseau");
        chrome.byId("crisis-on").click();
        WebElement dialog = chrome.byId("confirm-dialog");
        chrome.waitUntil(d -> dialog.isDisplayed());
        assertThat(dialog.getText()).contains("crise-intemperies", "crise-renfort");
        chrome.screenshot("wallboard-crisis-confirm");
        chrome.byId("confirm-yes").click();
        By active = By.cssSelector("#crisis-active li[data-scope='transport']");
        chrome.waitUntil(d -> !d.findElements(active).isEmpty());
        assertThat(chrome.text("crisis-status")).startsWith("Mode crise activé");
        chrome.screenshot("wallboard-crisis-on");

        chrome.driver.findElement(active).findElement(By.tagName("button")).click();
        chrome.waitUntil(d -> dialog.isDisplayed());
        chrome.byId("confirm-yes").click();
        chrome.waitUntil(d -> d.findElements(active).isEmpty() && chrome.byId("crisis-none").isDisplayed());
        assertThat(chrome.text("crisis-status")).startsWith("Mode crise désactivé");
    }

    @Test
    @Order(8)
    void anAdoccSupervisorSeesTheGroupsAdoccStaffsAndTheFaqAnalytics() throws Exception {
        chrome.login("superviseur-adocc");
        chrome.waitForPage();
        chrome.waitUntil(d -> !d.findElements(By.cssSelector("#agents tr")).isEmpty());
        @SuppressWarnings("unchecked")
        List<String> tiles = (List<String>) chrome.script(
                "return [...document.querySelectorAll('[data-tile]')].map(t => t.dataset.tile);");
        assertThat(tiles).containsExactlyInAnyOrder("hotline:entreprises", "group:entreprises-aides",
                "group:entreprises-prets", "group:entreprises-accueil", "group:crise-renfort");
        assertThat(chrome.driver.findElements(By.cssSelector("#agents tr[data-agent='agent-region-2']"))).isEmpty();
        chrome.waitUntil(d -> new Select(chrome.byId("crisis-scope")).getOptions().size() == 1);
        assertThat(new Select(chrome.byId("crisis-scope")).getFirstSelectedOption().getAttribute("value"))
                .isEqualTo("entreprises");

        chrome.open("/faq/analytics");
        chrome.waitForPage();
        assertThat(chrome.driver.findElement(By.tagName("h1")).getText()).contains("FAQ");
        chrome.screenshot("faq-analytics");
    }
}
