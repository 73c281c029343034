package org.numvert.faq;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JsonLinesArticlesTest {
    @TempDir
    Path dir;

    @Test
    void readsArbitraryIdsAndLenientFieldsAndReportsBadLines() throws Exception {
        Path file = dir.resolve("export.jsonl");
        Files.writeString(file, String.join("\n",
                "{\"id\": \"sp:F2301#x\", \"title\": \"Prime\", \"body\": \"Texte\", \"category\": \"Travail\","
                        + " \"audience\": [\"particuliers\"], \"date\": \"10/04/2020\", \"url\": \"https://x\"}",
                "",
                "{\"id\": 42, \"title\": \"Nombre\", \"hotline\": \"transport\", \"tags\": \"a, b\", \"updated\": \"2020-04-01T10:00:00Z\"}",
                "{\"title\": \"sans id\"}",
                "pas du JSON",
                "{\"id\": \"x\", \"title\": \"Audience\", \"audience\": \"REGION\"}"));

        List<ArticleSource> sources = new ArrayList<>();
        List<SourceProblem> problems = JsonLinesArticles.read(file, sources::add);

        assertThat(sources).extracting(s -> s.article().id()).containsExactly("sp:F2301#x", "42", "x");
        Article first = sources.get(0).article();
        assertThat(first.audience()).isEqualTo(Audience.ALL);
        assertThat(first.category()).isEqualTo("Travail");
        assertThat(first.hotlines()).containsExactly("all");
        assertThat(first.updated()).isEqualTo(LocalDate.of(2020, 4, 10));
        assertThat(sources.get(0).origin()).isEqualTo("export.jsonl:1");
        assertThat(sources.get(1).article().tags()).containsExactly("a", "b");
        assertThat(sources.get(1).article().updated()).isEqualTo(LocalDate.of(2020, 4, 1));
        assertThat(sources.get(2).article().audience()).isEqualTo(Audience.REGION);
        assertThat(sources.get(2).dated()).isFalse();
        assertThat(problems).extracting(SourceProblem::origin).containsExactly("export.jsonl:4", "export.jsonl:5");
        assertThat(problems.get(0).reason()).contains("id is required");
    }
}
