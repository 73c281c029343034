package org.numvert.web.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;

/**
 * The desk remembers a caller for the agent: every simulated call but the first and the withheld
 * ones comes from the same number ({@code sim.repeatCallers} 1), so the desk shows its earlier
 * calls today from the call records, and the note an agent wrote at wrap-up is there when the
 * caller calls again.
 */
class DeskHistoryBrowserIT extends BrowserTest {
    private static final Duration CALL_ARRIVAL = Duration.ofSeconds(45);
    private static final String NOTE = "Dossier 4521 transmis au service instructeur";

    @Override
    Map<String, String> settings() {
        return Map.of("sim.seed", "3", "sim.repeatCallers", "1");
    }

    @Test
    void theNoteOfACallIsOnTheDeskWhenTheSameCallerCallsAgain() throws Exception {
        chrome.login("agent-region-1");
        chrome.waitForPage();
        chrome.byId("btn-ready").click();

        boolean noted = false;
        for (int call = 0; call < 8; call++) {
            if (!acceptNextCall()) {
                continue;
            }
            boolean known = !chrome.text("call-caller").equals("Numéro masqué") && !chrome.text("call-previous").equals("non");
            if (known) {
                chrome.waitUntil(d -> chrome.byId("call-history").isDisplayed()
                        && !d.findElements(By.cssSelector("#call-history-list li")).isEmpty());
                if (noted) {
                    chrome.waitUntil(d -> chrome.text("call-history-list").contains(NOTE));
                    assertThat(chrome.text("call-history-list")).contains("répondu");
                    assertThat(chrome.scrollsHorizontally()).as("horizontal scroll at 1366×768").isFalse();
                    chrome.screenshot("desk-call-history");
                    return;
                }
            }
            wrapUp(known ? NOTE : "");
            noted = noted || known;
        }
        throw new AssertionError("the same caller did not call twice in 8 calls (noted: " + noted + ")");
    }

    /** Accepts the next call; false when its caller gave up while it rang. */
    private boolean acceptNextCall() {
        chrome.waitUntil(CALL_ARRIVAL, d -> chrome.byId("btn-accept").isDisplayed());
        chrome.byId("btn-accept").click();
        chrome.waitUntil(d -> chrome.text("call-phase").equals("En communication") || chrome.byId("no-call").isDisplayed()
                || chrome.byId("wrapup-form").isDisplayed());
        if (chrome.byId("no-call").isDisplayed() && !chrome.byId("wrapup-form").isDisplayed()) {
            return false;
        }
        return true;
    }

    private void wrapUp(String note) {
        if (chrome.byId("btn-hangup").isDisplayed()) {
            chrome.byId("btn-hangup").click();
        }
        chrome.waitUntil(d -> chrome.byId("wrapup-form").isDisplayed());
        new Select(chrome.byId("wrapup-code")).selectByIndex(1);
        chrome.byId("wrapup-note").sendKeys(note);
        chrome.byId("btn-wrapup").click();
        chrome.waitUntil(d -> !chrome.byId("wrapup-form").isDisplayed());
    }
}
