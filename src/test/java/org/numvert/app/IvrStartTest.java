package org.numvert.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.vertx.core.json.JsonObject;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.numvert.ivr.yaml.InvalidScriptsException;
import org.numvert.ivr.yaml.ScriptFiles;

/** The service with its IVR scripts: health entry, refusal to start, previous valid version. */
class IvrStartTest {
    private static final Duration TIMEOUT = Duration.ofSeconds(30);

    @TempDir
    Path temp;

    private Path scripts() throws IOException {
        Path dir = Files.createDirectories(temp.resolve("ivr-scripts"));
        for (Map.Entry<String, String> file : ScriptFiles.read(Path.of("ivr-scripts")).entrySet()) {
            Files.writeString(dir.resolve(file.getKey()), file.getValue());
        }
        return dir;
    }

    private Numvert start(Path scripts, String dataDir) throws Exception {
        NumvertConfig config = ConfigLoader.load(Optional.empty(), Map.of(), Map.of("http.port", "0",
                "dataDir", temp.resolve(dataDir).toString(), "ivr.scriptsDir", scripts.toString()));
        Numvert numvert = Numvert.create(config);
        try {
            numvert.start().toCompletionStage().toCompletableFuture().get(TIMEOUT.toSeconds(), TimeUnit.SECONDS);
            return numvert;
        } catch (ExecutionException e) {
            numvert.stop(TIMEOUT);
            throw e;
        }
    }

    private static JsonObject ivrHealth(Numvert numvert) throws Exception {
        HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create("http://127.0.0.1:" + numvert.httpPort() + "/health")).build(),
                HttpResponse.BodyHandlers.ofString());
        return new JsonObject(response.body()).getJsonObject("checks").getJsonObject("ivr");
    }

    @Test
    void aBrokenScriptServesItsPreviousValidVersionAfterARestart() throws Exception {
        Path dir = scripts();
        Numvert first = start(dir, "data");
        assertThat(ivrHealth(first).getString("status")).isEqualTo("UP");
        assertThat(ivrHealth(first).getString("detail")).contains("entreprises=", "formation=", "transport=");
        first.stop(TIMEOUT);

        Path formation = dir.resolve("formation.yaml");
        Files.writeString(formation, Files.readString(formation).replace("start: accueil", "start: acceuil"));
        Numvert second = start(dir, "data");
        try {
            assertThat(ivrHealth(second).getString("detail")).contains("formation.yaml is invalid (1 problem(s));"
                    + " its previous valid version");
        } finally {
            second.stop(TIMEOUT);
        }
    }

    @Test
    void aBrokenScriptWithoutPreviousVersionStopsTheStart() throws Exception {
        Path dir = scripts();
        Path transport = dir.resolve("transport.yaml");
        Files.writeString(transport, Files.readString(transport).replace("closed: ferme", "closed: fermé"));

        assertThatThrownBy(() -> start(dir, "fresh-data")).hasCauseInstanceOf(InvalidScriptsException.class)
                .hasMessageContaining("no previous valid version")
                .hasMessageContaining("transport.yaml:").hasMessageContaining("unknown node 'fermé'");
    }
}
