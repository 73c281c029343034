package org.numvert.faq;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.text.ParseException;
import java.time.Clock;
import java.util.List;
import java.util.Objects;

/** The fixture FAQ of the tests: {@code src/test/resources/faq/fixture} and its synonyms. */
public final class FaqFixture {
    private FaqFixture() {
    }

    static Path directory() {
        try {
            return Path.of(Objects.requireNonNull(FaqFixture.class.getResource("/faq/fixture")).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    static List<ArticleSource> sources() {
        try {
            KbFiles.Read read = KbFiles.read(directory());
            if (!read.problems().isEmpty()) {
                throw new IllegalStateException("fixture problems: " + read.problems());
            }
            return read.sources();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static FrenchAnalysis analysis() {
        try (Reader rules = new InputStreamReader(Objects.requireNonNull(
                FaqFixture.class.getResourceAsStream("/faq/fixture-synonyms.txt")), StandardCharsets.UTF_8)) {
            return FrenchAnalysis.withSynonyms(rules);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (ParseException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * A FAQ over {@code store} (migrated), its index in memory without synonyms, the fixture
     * imported: what the HTTP tests serve.
     */
    public static Faq imported(ArticleStore store) {
        Faq faq = new Faq(store, FaqIndex.inMemory(FrenchAnalysis.withoutSynonyms()), Clock.systemUTC());
        faq.importArticles(sources(), false);
        return faq;
    }

    /** The fixture indexed in memory. */
    static FaqIndex index() throws IOException {
        FaqIndex index = FaqIndex.inMemory(analysis());
        index.rebuild(sink -> sources().forEach(s -> sink.accept(s.article())), 1);
        return index;
    }
}
