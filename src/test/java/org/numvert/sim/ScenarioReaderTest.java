package org.numvert.sim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.numvert.routing.OverflowAction;

/** The scenario format: issue 3's example as it stands, richer options, and every error named. */
class ScenarioReaderTest {
    @Test
    void theIssueExampleReadsWithItsDefaults() throws Exception {
        Scenario s = ScenarioReader.parse(DiscreteEventSimulatorTest.resource("issue-example.json"), "x");

        assertThat(s.durationMinutes()).isEqualTo(480);
        assertThat(s.groups()).singleElement().satisfies(g -> {
            assertThat(g.name()).isEqualTo("entreprises-aides");
            assertThat(g.wrapUpSeconds()).isEqualTo(30);
            assertThat(g.handleTime()).isEqualTo(Distribution.exponential(240));
            assertThat(g.patience()).contains(Distribution.exponential(180));
            assertThat(g.overflow()).isEqualTo(new OverflowAction.None());
        });
        assertThat(s.agents().get(0).skills()).containsEntry("formation", 2);
        assertThat(s.arrivals().get(0).perHour()).isEqualTo(120);
        assertThat(s.seed()).isEqualTo(1);
    }

    @Test
    void richerOptionsRead() throws Exception {
        Scenario s = ScenarioReader.parse(DiscreteEventSimulatorTest.resource("entreprises-crisis-day.json"), "x");

        assertThat(s.group("entreprises-aides").escalation()).hasSize(2);
        assertThat(s.group("entreprises-aides").handleTime().kind()).isEqualTo(Distribution.Kind.LOGNORMAL);
        assertThat(s.group("entreprises-prets").overflow()).isEqualTo(new OverflowAction.Voicemail());
        assertThat(s.agents().get(2).shift()).contains(new Scenario.Shift(0, 210));
        assertThat(s.arrivals().get(0).ratePerHourAt(90 * 60_000L)).isEqualTo(140);
        assertThat(s.arrivals().get(0).ratePerHourAt(100 * 3_600_000L)).isEqualTo(60);
    }

    @Test
    void everyProblemIsReportedWithItsField() {
        String bad = "{\"durationMinutes\": 0, \"wrapUpSecs\": 30,"
                + " \"groups\": [{\"name\": \"a\", \"slTargetSeconds\": 0, \"overflow\": \"b\"}],"
                + " \"agents\": [{\"count\": 2, \"skills\": {\"a\": 7}}],"
                + " \"arrivals\": [{\"group\": \"z\", \"perHour\": 10}],"
                + " \"handleTimeSeconds\": {\"mean\": 240, \"distribution\": \"gamma\"}}";

        assertThatThrownBy(() -> ScenarioReader.parse(bad, "bad.json"))
                .isInstanceOf(ScenarioException.class)
                .satisfies(e -> assertThat(((ScenarioException) e).problems()).containsExactlyInAnyOrder(
                        "durationMinutes: must be between 1 and 10000000: 0",
                        "wrapUpSecs: unknown key",
                        "groups[0].slTargetSeconds: must be between 1 and 3600: 0",
                        "groups[0].overflow: must be none, voicemail, callback, closed or another declared group: 'b'",
                        "agents[0].skills.a: must be between 1 and 5: 7",
                        "arrivals[0].group: unknown group 'z' (declare it in groups)",
                        "handleTimeSeconds.distribution: must be exponential, lognormal or constant: 'gamma'"));
    }

    @Test
    void requiredFieldsAndSyntaxErrorsAreNamed() {
        assertThatThrownBy(() -> ScenarioReader.parse("{\"groups\": []}", "s.json"))
                .isInstanceOf(ScenarioException.class)
                .satisfies(e -> assertThat(((ScenarioException) e).problems()).contains(
                        "durationMinutes: required", "handleTimeSeconds: required",
                        "agents: required", "arrivals: required", "groups: must name at least one group"));
        assertThatThrownBy(() -> ScenarioReader.parse("{\"durationMinutes\": 10,", "s.json"))
                .hasMessageStartingWith("s.json: not valid JSON at line 1");
    }

    @Test
    void aNumberIsAConstantDuration() throws Exception {
        Scenario s = ScenarioReader.parse("{\"durationMinutes\": 60, \"handleTimeSeconds\": 200,"
                + " \"groups\": [{\"name\": \"a\"}], \"agents\": [{\"count\": 1, \"skills\": {\"a\": 1}}],"
                + " \"arrivals\": [{\"group\": \"a\", \"profile\": [10, 20]}]}", "x");

        assertThat(s.group("a").handleTime()).isEqualTo(Distribution.constant(200));
        assertThat(s.group("a").patience()).isEmpty();
        assertThat(s.arrivals().get(0).profile()).isEqualTo(List.of(10.0, 20.0));
    }
}
