package org.numvert.web.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/**
 * The FAQ panel of the agent desktop on the project's own {@code kb/}, in a real browser: a
 * misspelt search without accents finds the article, with the words marked; the article opens and
 * is rated; an editor's change reaches another agent's search at once and its script never runs;
 * a call on the desk brings the articles of its IVR topic before the agent types; an agent's
 * proposed change reaches the FAQ analytics page, an editor accepts it there and the agent reads
 * the new text (and « acceptée » in its proposals).
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class FaqPanelBrowserIT extends BrowserTest {
    private static final Duration CALL_ARRIVAL = Duration.ofSeconds(45);
    /** The search log reaches the database every 5 s. */
    private static final Duration SEARCH_LOG_FLUSH = Duration.ofSeconds(20);
    private static final String LAPTOPS = "Ordinateurs portables des lycéens";
    private static final String LOAN_SENTENCE = "Un ordinateur de prêt zorglub est remis sous 48 heures.";
    private static final String PROPOSAL_NOTE = "Le prêt d'ordinateur zorglub existe depuis lundi.";

    @Override
    Map<String, String> settings() {
        return Map.of("sim.seed", "5", "kb.dir", Path.of("kb").toAbsolutePath().toString());
    }

    @Test
    @Order(1)
    void anAgentFindsAnArticleFromMisspeltWordsWithoutAccentsAndRatesIt() throws Exception {
        chrome.login("agent-region-1");
        chrome.waitForPage();
        chrome.byId("faq-q").sendKeys("ordinatuer lyceen");
        WebElement first = firstResultFor("ordinatuer lyceen");
        assertThat(first.getText()).contains(LAPTOPS);
        assertThat(chrome.driver.findElements(By.cssSelector("#faq-results li:first-child .snippet mark, #faq-results mark")))
                .as("matched words marked").isNotEmpty();
        chrome.screenshot("desk-faq-results");

        first.click();
        chrome.waitUntil(d -> chrome.byId("faq-article").isDisplayed());
        assertThat(chrome.text("faq-article-title")).contains(LAPTOPS);
        assertThat(chrome.text("faq-article-body")).hasSizeGreaterThan(200);
        chrome.byId("faq-helpful").click();
        chrome.waitUntil(d -> chrome.text("faq-feedback-message").startsWith("Merci"));
        assertThat(chrome.byId("faq-helpful").isEnabled()).isFalse();
        chrome.screenshot("desk-faq-article");
    }

    @Test
    @Order(2)
    void anEditorRemovesALearnedPhrasingAndAChangeReachesAnotherAgentAtOnceAndItsScriptNeverRuns() throws Exception {
        chrome.login("redacteur-faq");
        chrome.waitForPage();
        chrome.byId("faq-q").sendKeys("ordinateurs lyceens");
        firstResultFor("ordinateurs lyceens").click();
        chrome.waitUntil(d -> chrome.byId("faq-article").isDisplayed());
        // The first agent's search (test 1) is now one of the article's phrasings; the editor removes it.
        chrome.waitUntil(d -> chrome.byId("faq-phrasings").isDisplayed());
        chrome.driver.findElement(By.cssSelector("#faq-phrasings summary")).click();
        WebElement learned = chrome.driver.findElements(By.cssSelector("#faq-phrasings-list li")).stream()
                .filter(li -> li.getText().contains("ordinatuer lyceen")).findFirst().orElseThrow();
        learned.findElement(By.tagName("button")).click();
        chrome.waitUntil(d -> !chrome.text("faq-phrasings-list").contains("ordinatuer lyceen"));
        chrome.byId("faq-edit").click();
        WebElement title = chrome.byId("faq-edit-title");
        title.clear();
        title.sendKeys("Ordinateurs portables des lycéens : panne, perte, nouvel élève et housse zebrane");
        chrome.byId("faq-edit-body").sendKeys("\n\nHousse zebrane fournie. <script>window.nvPwned = 1</script>"
                + "<img src=\"x\" onerror=\"window.nvPwned = 2\">");
        chrome.byId("faq-edit-comment").sendKeys("Housse ajoutée");
        chrome.byId("faq-edit-submit").click();
        chrome.waitUntil(d -> chrome.byId("faq-edit-message").isDisplayed());
        assertThat(chrome.text("faq-edit-message")).startsWith("Article enregistré");

        chrome.login("agent-region-2");
        chrome.waitForPage();
        chrome.byId("faq-q").sendKeys("housse zebrane");
        WebElement edited = firstResultFor("housse zebrane");
        assertThat(edited.getText()).contains("housse zebrane");
        edited.click();
        chrome.waitUntil(d -> chrome.byId("faq-article").isDisplayed());
        assertThat(chrome.text("faq-article-body")).contains("Housse zebrane fournie.");
        assertThat(chrome.driver.findElements(By.cssSelector("#faq-article-body script, #faq-article-body [onerror]")))
                .isEmpty();
        assertThat(chrome.script("return window.nvPwned === undefined;")).isEqualTo(true);
    }

    @Test
    @Order(3)
    void aCallOnTheDeskBringsTheArticlesOfItsTopicBeforeTheAgentTypes() throws Exception {
        chrome.login("agent-region-3");
        chrome.waitForPage();
        chrome.byId("btn-ready").click();
        for (int attempt = 0; attempt < 5; attempt++) {
            chrome.waitUntil(CALL_ARRIVAL, d -> chrome.byId("btn-accept").isDisplayed());
            String topic = chrome.text("call-topic");
            if (!topic.isBlank() && !topic.equals("—")) {
                chrome.waitUntil(d -> chrome.text("faq-list-title").contains("Suggestions pour cet appel"));
                assertThat(chrome.text("faq-list-title")).contains(topic);
                chrome.waitUntil(d -> !chrome.driver.findElements(By.cssSelector("#faq-results li a")).isEmpty());
                assertThat(chrome.byId("faq-q").getAttribute("value")).isEmpty();
                chrome.screenshot("desk-faq-context");
                return;
            }
            chrome.byId("btn-accept").click();
            chrome.waitUntil(d -> !chrome.byId("btn-accept").isDisplayed());
            if (chrome.byId("btn-hangup").isDisplayed()) {
                chrome.byId("btn-hangup").click();
            }
            chrome.waitUntil(d -> chrome.byId("wrapup-form").isDisplayed() || chrome.byId("no-call").isDisplayed());
            if (chrome.byId("wrapup-form").isDisplayed()) {
                new Select(chrome.byId("wrapup-code")).selectByIndex(1);
                chrome.byId("btn-wrapup").click();
                chrome.waitUntil(d -> !chrome.byId("wrapup-form").isDisplayed());
            }
        }
        throw new AssertionError("no call with an IVR topic in 5 calls");
    }

    @Test
    @Order(4)
    void anAgentsProposalIsAcceptedByAnEditorAndTheAgentReadsTheNewText() throws Exception {
        chrome.login("agent-region-4");
        chrome.waitForPage();
        chrome.byId("faq-q").sendKeys("stagiaire sans ordinateur");
        firstResultFor("stagiaire sans ordinateur").click();
        chrome.waitUntil(d -> chrome.byId("faq-article").isDisplayed());
        chrome.byId("faq-edit").click();
        assertThat(chrome.text("faq-edit-submit")).isEqualTo("Envoyer la proposition");
        chrome.byId("faq-edit-body").sendKeys("\n\n" + LOAN_SENTENCE + " <img src=\"x\" onerror=\"window.nvPwned = 3\">");
        chrome.byId("faq-edit-comment").sendKeys(PROPOSAL_NOTE);
        chrome.byId("faq-edit-submit").click();
        chrome.waitUntil(d -> chrome.byId("faq-edit-message").isDisplayed());
        assertThat(chrome.text("faq-edit-message")).isEqualTo("Proposition envoyée aux rédacteurs de la FAQ.");
        assertThat(myProposals()).contains("Stagiaire sans ordinateur", "en attente");

        chrome.login("superviseur-region");
        chrome.waitUntil(SEARCH_LOG_FLUSH, d -> {
            chrome.open("/faq/analytics");
            chrome.waitForPage();
            return chrome.text("top-searches").contains("stagiaire sans ordinateur");
        });
        assertThat(chrome.text("proposals-list")).contains(PROPOSAL_NOTE, "agent-region-4");
        assertThat(chrome.text("feedback-comments")).as("a proposal is not a remark").doesNotContain(PROPOSAL_NOTE);
        chrome.fullPageScreenshot("faq-analytics-proposals");

        chrome.login("redacteur-faq");
        chrome.open("/faq/analytics");
        chrome.waitForPage();
        assertThat(chrome.driver.findElements(By.id("top-searches"))).as("searches are the supervisors'").isEmpty();
        assertThat(chrome.text("analytics-status")).isEmpty();
        WebElement proposal = chrome.driver.findElement(By.cssSelector("#proposals-list .proposal"));
        assertThat(proposal.findElements(By.cssSelector(".diff ins"))).extracting(WebElement::getText)
                .anySatisfy(line -> assertThat(line).startsWith("+ " + LOAN_SENTENCE));
        proposal.findElement(By.cssSelector("details summary")).click();
        assertThat(chrome.driver.findElements(By.cssSelector("#proposals-list [onerror], #proposals-list script"))).isEmpty();
        assertThat(chrome.script("return window.nvPwned === undefined;")).isEqualTo(true);
        proposal.findElement(By.cssSelector("button.accept")).click();
        chrome.waitUntil(d -> chrome.text("proposals-list").contains("Proposition acceptée"));

        chrome.login("agent-region-4");
        chrome.waitForPage();
        chrome.waitUntil(d -> myProposals().contains("acceptée"));
        chrome.byId("faq-q").sendKeys("zorglub");
        firstResultFor("zorglub").click();
        chrome.waitUntil(d -> chrome.byId("faq-article").isDisplayed());
        assertThat(chrome.text("faq-article-body")).contains(LOAN_SENTENCE);
    }

    /** The desk's « Mes propositions », opened. */
    private String myProposals() {
        chrome.waitUntil(d -> chrome.byId("faq-mine").isDisplayed());
        if (chrome.byId("faq-mine").getAttribute("open") == null) {
            chrome.driver.findElement(By.cssSelector("#faq-mine summary")).click();
        }
        return chrome.text("faq-mine-list");
    }

    private WebElement firstResultFor(String typed) {
        chrome.waitUntil(d -> chrome.text("faq-status").contains("« " + typed + " »")
                && !d.findElements(By.cssSelector("#faq-results li a")).isEmpty());
        return chrome.driver.findElement(By.cssSelector("#faq-results li a"));
    }
}
