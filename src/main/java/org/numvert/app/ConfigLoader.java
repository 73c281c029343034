package org.numvert.app;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.MissingNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.numvert.faq.FaqSettings;
import org.numvert.records.RecordsSettings;
import org.numvert.routing.RoutingSettings;
import org.numvert.sim.SimSettings;
import org.numvert.telephony.AgiSettings;
import org.numvert.telephony.AmiSettings;
import org.numvert.web.HttpSettings;
import org.numvert.web.security.SecuritySettings;

/**
 * Builds the {@link NumvertConfig} from a YAML or JSON file, {@code NUMVERT_*} environment
 * variables and command-line overrides, and validates it: all problems are collected and
 * reported together. Every key read here is documented in README, section "Configuration".
 */
public final class ConfigLoader {
    /** Read when no {@code --config} is given and the file exists in the working directory. */
    public static final Path DEFAULT_FILE = Path.of("numvert.yaml");

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    private ConfigLoader() {
    }

    public static NumvertConfig load(Optional<Path> file, Map<String, String> env,
            Map<String, String> overrides) throws ConfigException {
        ConfigReader reader = new ConfigReader(readFile(file), env, overrides);
        Path kbDir = reader.path("kb.dir", Path.of("kb"));
        HttpSettings http = http(reader);
        NumvertConfig config = new NumvertConfig(
                reader.path("dataDir", Path.of("data")),
                reader.path("ivr.scriptsDir", Path.of("ivr-scripts")),
                kbDir,
                http,
                routing(reader),
                sim(reader),
                ami(reader),
                agi(reader),
                security(reader, http),
                records(reader),
                faq(reader, kbDir));
        List<String> problems = reader.problems();
        if (!problems.isEmpty()) {
            throw new ConfigException(problems);
        }
        return config;
    }

    private static JsonNode readFile(Optional<Path> file) throws ConfigException {
        Optional<Path> chosen = file.or(() -> Optional.of(DEFAULT_FILE).filter(Files::isRegularFile));
        if (chosen.isEmpty()) {
            return MissingNode.getInstance();
        }
        Path path = chosen.get();
        try {
            JsonNode node = YAML.readTree(path.toFile());
            if (node == null || node.isMissingNode() || node.isNull()) {
                return MissingNode.getInstance();
            }
            if (!node.isObject()) {
                throw new ConfigException(List.of(path + ": must be a mapping of keys to values"));
            }
            return node;
        } catch (JsonProcessingException e) {
            throw new ConfigException(List.of(path + ": not valid YAML/JSON at line "
                    + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr()
                    + ": " + e.getOriginalMessage()));
        } catch (IOException e) {
            throw new ConfigException(List.of(path + ": cannot be read (" + e.getMessage() + ")"));
        }
    }

    private static HttpSettings http(ConfigReader r) {
        Path cert = r.path("http.tlsCert", null);
        Path key = r.path("http.tlsKey", null);
        if ((cert == null) != (key == null)) {
            r.problem(cert == null ? "http.tlsCert" : "http.tlsKey",
                    "http.tlsCert and http.tlsKey go together");
        }
        return new HttpSettings(r.string("http.host", "127.0.0.1"),
                r.integer("http.port", 8080, 0, 65535), cert, key);
    }

    private static RoutingSettings routing(ConfigReader r) {
        return new RoutingSettings(
                r.integer("routing.ringTimeoutSeconds", 15, 5, 120),
                r.integer("routing.shortAbandonSeconds", 5, 0, 60),
                r.integer("routing.callbackAttempts", RoutingSettings.DEFAULT_CALLBACK_ATTEMPTS, 1, 20),
                r.integer("routing.callbackRetrySeconds", RoutingSettings.DEFAULT_CALLBACK_RETRY_SECONDS, 0, 86_400),
                r.integer("routing.callbackMaxAgeHours", RoutingSettings.DEFAULT_CALLBACK_MAX_AGE_HOURS, 1, 720));
    }

    private static SimSettings sim(ConfigReader r) {
        return new SimSettings(
                r.integer("sim.callsPerHour", 120, 0, 100_000),
                r.integer("sim.agents", 12, 0, 5_000),
                r.integer("sim.seed", 0, 0, Integer.MAX_VALUE),
                r.integer("sim.promptSpeed", 1, 1, 1000),
                r.bool("sim.followOpeningHours", false),
                r.bool("sim.dailyShape", false),
                r.decimal("sim.repeatCallers", SimSettings.DEFAULT_REPEAT_CALLERS, 0, 1));
    }

    /** Setting {@code ami.host} (NUMVERT_AMI_HOST) switches from the simulated PBX to Asterisk. */
    private static Optional<AmiSettings> ami(ConfigReader r) {
        Optional<String> host = r.optionalString("ami.host");
        int port = r.integer("ami.port", 5038, 1, 65535);
        String user = r.string("ami.user", "numvert");
        Optional<String> secret = r.secret("ami.secret");
        int ping = r.integer("ami.pingSeconds", 20, 1, 3600);
        int reconnect = r.integer("ami.reconnectMaxSeconds", 30, 1, 3600);
        if (host.isEmpty()) {
            return Optional.empty();
        }
        if (secret.isEmpty()) {
            r.problem("ami.secret", "required when ami.host is set");
        }
        return Optional.of(new AmiSettings(host.get(), port, user, secret.orElse(""), ping, reconnect));
    }

    private static FaqSettings faq(ConfigReader r, Path kbDir) {
        return new FaqSettings(
                r.path("faq.synonyms", kbDir.resolve("synonyms.txt")),
                r.integer("faq.searchThreads", Math.max(2, Runtime.getRuntime().availableProcessors()), 1, 64),
                r.integer("faq.searchLogDays", 90, 1, 3650),
                r.integer("faq.phrasingDays", 365, 1, 3650));
    }

    private static SecuritySettings security(ConfigReader r, HttpSettings http) {
        return new SecuritySettings(http.tls(),
                Duration.ofMinutes(r.integer("security.sessionIdleMinutes",
                        (int) SecuritySettings.DEFAULT_SESSION_IDLE.toMinutes(), 5, 7 * 24 * 60)),
                r.integer("security.loginMaxFailures", SecuritySettings.DEFAULT_LOGIN_MAX_FAILURES, 1, 1000),
                r.integer("security.addressMaxFailures", SecuritySettings.DEFAULT_ADDRESS_MAX_FAILURES, 1, 100_000),
                SecuritySettings.DEFAULT_FAILURE_WINDOW);
    }

    private static RecordsSettings records(ConfigReader r) {
        return new RecordsSettings(r.integer("records.retentionDays", RecordsSettings.DEFAULT_RETENTION_DAYS, 1, 3650));
    }

    private static AgiSettings agi(ConfigReader r) {
        return new AgiSettings(
                r.string("agi.bindAddress", "127.0.0.1"),
                r.integer("agi.port", 4573, 0, 65535),
                r.list("agi.allowedHosts", List.of("127.0.0.1", "::1")),
                r.integer("agi.threads", 600, 1, 10_000),
                r.integer("agi.idleTimeoutSeconds", 60, 1, 86_400));
    }
}
