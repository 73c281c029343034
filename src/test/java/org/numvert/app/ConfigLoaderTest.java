package org.numvert.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.numvert.web.security.SecuritySettings;

class ConfigLoaderTest {
    @TempDir
    Path dir;

    @Test
    void defaultsAreTheEmbeddedService() throws Exception {
        NumvertConfig config = ConfigLoader.load(Optional.empty(), Map.of(), Map.of());

        assertThat(config.http().host()).isEqualTo("127.0.0.1");
        assertThat(config.http().port()).isEqualTo(8080);
        assertThat(config.dataDir()).isEqualTo(Path.of("data"));
        assertThat(config.ivrScriptsDir()).isEqualTo(Path.of("ivr-scripts"));
        assertThat(config.kbDir()).isEqualTo(Path.of("kb"));
        assertThat(config.asteriskConfigured()).isFalse();
        assertThat(config.agi().bindAddress()).isEqualTo("127.0.0.1");
        assertThat(config.routing().shortAbandonSeconds()).isEqualTo(5);
        assertThat(config.routing().callbackAttempts()).isEqualTo(3);
        assertThat(config.routing().callbackRetrySeconds()).isEqualTo(600);
    }

    @Test
    void fileThenEnvironmentThenCommandLine() throws Exception {
        Path file = write("http:\n  port: 9000\n  host: 0.0.0.0\nsim:\n  agents: 40\n  callsPerHour: 300\n");

        NumvertConfig config = ConfigLoader.load(Optional.of(file),
                Map.of("NUMVERT_HTTP_PORT", "9100", "NUMVERT_SIM_CALLS_PER_HOUR", "600"),
                Map.of("http.port", "9200"));

        assertThat(config.http().port()).isEqualTo(9200);
        assertThat(config.http().host()).isEqualTo("0.0.0.0");
        assertThat(config.sim().callsPerHour()).isEqualTo(600);
        assertThat(config.sim().agents()).isEqualTo(40);
    }

    @Test
    void jsonFilesAreReadToo() throws Exception {
        Path file = write("{\"dataDir\": \"/var/lib/numvert\", \"agi\": {\"allowedHosts\": [\"10.0.0.5\"]}}");

        NumvertConfig config = ConfigLoader.load(Optional.of(file), Map.of(), Map.of());

        assertThat(config.dataDir()).isEqualTo(Path.of("/var/lib/numvert"));
        assertThat(config.agi().allowedHosts()).containsExactly("10.0.0.5");
    }

    @Test
    void amiHostSwitchesToAsteriskAndNeedsASecret() throws Exception {
        Map<String, String> env = Map.of("NUMVERT_AMI_HOST", "pbx.region.local",
                "NUMVERT_AMI_PORT", "5039", "NUMVERT_AMI_USER", "nv", "NUMVERT_AMI_SECRET", "s3cret",
                "NUMVERT_AGI_PORT", "4600");

        NumvertConfig config = ConfigLoader.load(Optional.empty(), env, Map.of());

        assertThat(config.asteriskConfigured()).isTrue();
        assertThat(config.ami().orElseThrow().port()).isEqualTo(5039);
        assertThat(config.ami().orElseThrow().toString()).doesNotContain("s3cret");
        assertThat(config.agi().port()).isEqualTo(4600);
        assertThatThrownBy(() -> ConfigLoader.load(Optional.empty(),
                Map.of("NUMVERT_AMI_HOST", "pbx"), Map.of()))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("ami.secret: required");
    }

    @Test
    void everyBadKeyIsNamedAtOnce() throws IOException {
        Path file = write("http:\n  port: eighty\n  hots: localhost\nsim:\n  agents: -3\n"
                + "routing:\n  ringTimeoutSeconds: 1\nami:\n  host: pbx\n  secret: hunter2\n  port: 70000\n");

        assertThatThrownBy(() -> ConfigLoader.load(Optional.of(file), Map.of(), Map.of()))
                .isInstanceOfSatisfying(ConfigException.class, e -> assertThat(e.problems())
                        .anySatisfy(p -> assertThat(p).startsWith("http.port: must be a whole number"))
                        .anySatisfy(p -> assertThat(p).isEqualTo("http.hots: unknown key"))
                        .anySatisfy(p -> assertThat(p).startsWith("sim.agents: must be between 0"))
                        .anySatisfy(p -> assertThat(p).startsWith("routing.ringTimeoutSeconds:"))
                        .anySatisfy(p -> assertThat(p).startsWith("ami.port:"))
                        .hasSize(5)
                        .noneSatisfy(p -> assertThat(p).contains("hunter2")));
    }

    @Test
    void callbackRetriesAreSetInTheRoutingSection() throws Exception {
        Path file = write("routing:\n  callbackAttempts: 5\n  callbackRetrySeconds: 120\n  callbackMaxAgeHours: 48\n");

        NumvertConfig config = ConfigLoader.load(Optional.of(file), Map.of(), Map.of());

        assertThat(config.routing().callbackAttempts()).isEqualTo(5);
        assertThat(config.routing().callbackRetrySeconds()).isEqualTo(120);
        assertThat(config.routing().callbackMaxAgeHours()).isEqualTo(48);
        assertThat(ConfigLoader.load(Optional.empty(), Map.of(), Map.of()).routing().callbackMaxAgeHours())
                .isEqualTo(24);
        assertThatThrownBy(() -> ConfigLoader.load(Optional.empty(), Map.of(), Map.of("routing.callbackMaxAgeHours", "0")))
                .isInstanceOf(ConfigException.class);
        assertThatThrownBy(() -> ConfigLoader.load(Optional.empty(), Map.of(), Map.of("routing.callbackAttempts", "0")))
                .isInstanceOfSatisfying(ConfigException.class, e -> assertThat(e.problems())
                        .singleElement().satisfies(p -> assertThat(p).startsWith("routing.callbackAttempts:")));
    }

    @Test
    void faqSettingsFollowTheKbDirectoryUnlessGiven() throws Exception {
        NumvertConfig defaults = ConfigLoader.load(Optional.empty(), Map.of(), Map.of("kb.dir", "/srv/kb"));
        assertThat(defaults.faq().synonymsFile()).isEqualTo(Path.of("/srv/kb/synonyms.txt"));
        assertThat(defaults.faq().searchThreads()).isGreaterThanOrEqualTo(2);
        assertThat(defaults.faq().searchLogDays()).isEqualTo(90);

        Path file = write("faq:\n  synonyms: /etc/numvert/synonymes.txt\n  searchThreads: 6\n");
        NumvertConfig config = ConfigLoader.load(Optional.of(file), Map.of("NUMVERT_FAQ_SEARCH_LOG_DAYS", "30"), Map.of());
        assertThat(config.faq().synonymsFile()).isEqualTo(Path.of("/etc/numvert/synonymes.txt"));
        assertThat(config.faq().searchThreads()).isEqualTo(6);
        assertThat(config.faq().searchLogDays()).isEqualTo(30);

        assertThatThrownBy(() -> ConfigLoader.load(Optional.empty(), Map.of(), Map.of("faq.searchThreads", "0")))
                .isInstanceOf(ConfigException.class).hasMessageContaining("faq.searchThreads");
    }

    @Test
    void malformedFileNamesItsLine() throws IOException {
        Path file = write("http:\n  port: 8080\n   host: [oops\n");

        assertThatThrownBy(() -> ConfigLoader.load(Optional.of(file), Map.of(), Map.of()))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining(file.toString())
                .hasMessageContaining("line 3");
    }

    @Test
    void tlsNeedsBothFiles() throws IOException {
        assertThatThrownBy(() -> ConfigLoader.load(Optional.empty(), Map.of(),
                Map.of("http.tlsCert", "/etc/numvert/cert.pem")))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("http.tlsKey");
    }

    @Test
    void securityKeysAndTlsMakeTheSessionSettings() throws Exception {
        NumvertConfig defaults = ConfigLoader.load(Optional.empty(), Map.of(), Map.of());
        assertThat(defaults.security()).isEqualTo(SecuritySettings.defaults(false));

        Path file = write("security:\n  sessionIdleMinutes: 60\n  loginMaxFailures: 3\n");
        NumvertConfig config = ConfigLoader.load(Optional.of(file),
                Map.of("NUMVERT_SECURITY_ADDRESS_MAX_FAILURES", "50"),
                Map.of("http.tlsCert", "/etc/numvert/cert.pem", "http.tlsKey", "/etc/numvert/key.pem"));

        assertThat(config.security().secureCookies()).isTrue();
        assertThat(config.security().sessionIdle()).isEqualTo(Duration.ofHours(1));
        assertThat(config.security().loginMaxFailures()).isEqualTo(3);
        assertThat(config.security().addressMaxFailures()).isEqualTo(50);
        assertThatThrownBy(() -> ConfigLoader.load(Optional.empty(), Map.of(),
                Map.of("security.loginMaxFailures", "0", "security.sessionIdleMinutes", "1")))
                .isInstanceOfSatisfying(ConfigException.class, e -> assertThat(e.problems())
                        .anySatisfy(p -> assertThat(p).startsWith("security.loginMaxFailures:"))
                        .anySatisfy(p -> assertThat(p).startsWith("security.sessionIdleMinutes:")));
    }

    @Test
    void recordsKeepCallerNumbersNinetyDaysUnlessConfigured() throws Exception {
        assertThat(ConfigLoader.load(Optional.empty(), Map.of(), Map.of()).records().retentionDays()).isEqualTo(90);

        Path file = write("records:\n  retentionDays: 30\n");
        assertThat(ConfigLoader.load(Optional.of(file), Map.of(), Map.of()).records().retentionDays()).isEqualTo(30);
        assertThat(ConfigLoader.load(Optional.of(file), Map.of("NUMVERT_RECORDS_RETENTION_DAYS", "365"), Map.of())
                .records().retentionDays()).isEqualTo(365);
        assertThatThrownBy(() -> ConfigLoader.load(Optional.empty(), Map.of(), Map.of("records.retentionDays", "0")))
                .isInstanceOfSatisfying(ConfigException.class, e -> assertThat(e.problems())
                        .singleElement().asString().startsWith("records.retentionDays: must be between 1"));
    }

    @Test
    void simulatedPbxKeysHaveDemoDefaults() throws Exception {
        NumvertConfig defaults = ConfigLoader.load(Optional.empty(), Map.of(), Map.of());
        assertThat(defaults.sim().promptSpeed()).isEqualTo(1);
        assertThat(defaults.sim().followOpeningHours()).isFalse();
        assertThat(defaults.sim().dailyShape()).isFalse();

        Path file = write("sim:\n  promptSpeed: 20\n  followOpeningHours: true\n");
        NumvertConfig config = ConfigLoader.load(Optional.of(file), Map.of("NUMVERT_SIM_DAILY_SHAPE", "true"), Map.of());
        assertThat(config.sim().promptSpeed()).isEqualTo(20);
        assertThat(config.sim().followOpeningHours()).isTrue();
        assertThat(config.sim().dailyShape()).isTrue();
        assertThatThrownBy(() -> ConfigLoader.load(Optional.empty(), Map.of(), Map.of("sim.promptSpeed", "0")))
                .isInstanceOfSatisfying(ConfigException.class, e -> assertThat(e.problems())
                        .anySatisfy(p -> assertThat(p).startsWith("sim.promptSpeed:")));
    }

    @Test
    void environmentNamesFollowTheKeys() {
        assertThat(List.of("ami.host", "sim.callsPerHour", "dataDir", "agi.idleTimeoutSeconds")
                .stream().map(ConfigReader::envName))
                .containsExactly("NUMVERT_AMI_HOST", "NUMVERT_SIM_CALLS_PER_HOUR", "NUMVERT_DATA_DIR",
                        "NUMVERT_AGI_IDLE_TIMEOUT_SECONDS");
    }

    private Path write(String content) throws IOException {
        Path file = dir.resolve("numvert.yaml");
        Files.writeString(file, content);
        return file;
    }
}
