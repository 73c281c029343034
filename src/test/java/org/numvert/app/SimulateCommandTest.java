package org.numvert.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code simulate} and {@code erlang} as a user runs them: output shapes and exit codes. */
class SimulateCommandTest {
    private static final String SCENARIO = "{\"durationMinutes\": 600, \"wrapUpSeconds\": 30,"
            + " \"groups\": [{\"name\": \"entreprises-aides\", \"slTargetSeconds\": 20},"
            + "  {\"name\": \"formation-stagiaires\", \"slTargetSeconds\": 30}],"
            + " \"agents\": [{\"count\": 12, \"skills\": {\"entreprises-aides\": 5}},"
            + "  {\"count\": 4, \"skills\": {\"formation-stagiaires\": 4, \"entreprises-aides\": 2}}],"
            + " \"arrivals\": [{\"group\": \"entreprises-aides\", \"perHour\": 120},"
            + "  {\"group\": \"formation-stagiaires\", \"perHour\": 30}],"
            + " \"handleTimeSeconds\": {\"mean\": 240, \"distribution\": \"exponential\"},"
            + " \"patienceSeconds\": {\"mean\": 180, \"distribution\": \"exponential\"}}";

    @TempDir
    Path dir;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    @Test
    void jsonHasTheIssueShape() throws Exception {
        int code = run("simulate", scenario(SCENARIO).toString(), "--seed", "5", "--json");

        assertThat(code).isZero();
        JsonNode json = new ObjectMapper().readTree(out.toString());
        assertThat(json.fieldNames()).toIterable().containsExactly("groups", "total", "erlangC");
        JsonNode aides = json.get("groups").get("entreprises-aides");
        assertThat(aides.fieldNames()).toIterable().containsExactly("offered", "answered", "abandoned",
                "shortAbandoned", "overflowed", "serviceLevel", "asa", "aht", "occupancy", "maxWait");
        assertThat(aides.get("serviceLevel").asDouble()).isBetween(0.0, 1.0);
        assertThat(aides.get("aht").asDouble()).isBetween(200.0, 320.0);
        assertThat(json.get("total").get("offered").asLong()).isEqualTo(
                aides.get("offered").asLong() + json.get("groups").get("formation-stagiaires").get("offered").asLong());
        // entreprises-aides shares agents with formation: only formation has no dedicated pool either
        assertThat(json.get("erlangC").size()).isZero();
        assertThat(out.toString().trim()).doesNotContain("\n");
    }

    @Test
    void aDedicatedPoolGetsItsErlangCPrediction() throws Exception {
        String dedicated = SCENARIO.replace("\"entreprises-aides\": 2", "\"formation-continue\": 2");

        int code = run("simulate", scenario(dedicated).toString(), "--json", "--strategy", "per-queue");

        assertThat(code).isZero();
        JsonNode erlang = new ObjectMapper().readTree(out.toString()).get("erlangC");
        assertThat(erlang.fieldNames()).toIterable().containsExactly("entreprises-aides", "formation-stagiaires");
        assertThat(erlang.get("entreprises-aides").get("agents").asInt()).isEqualTo(12);
        assertThat(erlang.get("entreprises-aides").get("serviceLevel").asDouble()).isBetween(0.0, 1.0);
        assertThat(erlang.get("entreprises-aides").fieldNames()).toIterable()
                .containsExactly("agents", "serviceLevel", "asa");
    }

    @Test
    void theReadableReportShowsTheBaselineAndTheMetricDefinitions() throws Exception {
        int code = run("simulate", scenario(SCENARIO).toString());

        assertThat(code).isZero();
        assertThat(out.toString()).contains("global routing", "entreprises-aides", "Per-queue baseline",
                "SL = answered within T / (answered + abandoned after 5 s)");
    }

    @Test
    void aBadScenarioExitsWith2NamingTheField() throws Exception {
        int code = run("simulate", scenario(SCENARIO.replace("\"count\": 12", "\"count\": -1")).toString());

        assertThat(code).isEqualTo(2);
        assertThat(err.toString()).contains("agents[0].count: must be between 1 and 100000: -1");
        assertThat(out.toString()).isEmpty();
    }

    @Test
    void usageErrorsExitWith2() throws Exception {
        assertThat(run("simulate", dir.resolve("missing.json").toString())).isEqualTo(2);
        assertThat(err.toString()).contains("missing.json: cannot be read");
        assertThat(run("simulate", scenario(SCENARIO).toString(), "--strategy", "random")).isEqualTo(2);
        assertThat(err.toString()).contains("--strategy must be global or per-queue");
        assertThat(run("simulate")).isEqualTo(2);
    }

    @Test
    void erlangPrintsTheAgentsNeededAndTheLevelsAround() throws Exception {
        int code = run("erlang", "--per-hour", "120", "--aht", "240", "--sl", "0.8", "--within", "20");

        assertThat(code).isZero();
        assertThat(out.toString()).contains("agents needed: 11", "8.00 erlangs")
                .containsPattern("11 +80\\.9% +19\\.6 .*<- needed");
    }

    @Test
    void erlangWithPatienceUsesErlangAAndPrintsJson() throws Exception {
        int code = run("erlang", "--per-hour", "120", "--aht", "240", "--patience", "180", "--json");

        assertThat(code).isZero();
        JsonNode json = new ObjectMapper().readTree(out.toString());
        assertThat(json.get("model").asText()).isEqualTo("erlang-a");
        assertThat(json.get("agentsNeeded").asInt()).isBetween(8, 11);
        assertThat(json.get("levels").get(0).has("abandonRate")).isTrue();
    }

    @Test
    void erlangRefusesNonsense() {
        assertThat(run("erlang", "--per-hour", "0", "--aht", "240")).isEqualTo(2);
        assertThat(err.toString()).contains("--per-hour must be positive");
        assertThat(run("erlang", "--aht", "240")).isEqualTo(2);
    }

    private Path scenario(String json) throws Exception {
        return Files.writeString(dir.resolve("scenario.json"), json);
    }

    private int run(String... args) {
        return new CommandLine(new Main()).setOut(new PrintWriter(out, true))
                .setErr(new PrintWriter(err, true)).execute(args);
    }
}
