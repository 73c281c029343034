package org.numvert.faq;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * When a call reaches an agent, the desktop shows the articles of the call's IVR topic before the
 * agent types (the FAQ API's {@code context}: the topic's words, on the call's hotline, in the
 * agent's audience). Every topic of the project's IVR scripts must find articles in its kb/, for
 * the Region's agents and, on the shared business hotline, for AD'OCC's.
 */
class IvrTopicSuggestionsTest {
    private static final Pattern TOPIC = Pattern.compile("^\\s*topic:\\s*([a-z0-9-]+)\\s*$", Pattern.MULTILINE);

    @Test
    void everyIvrTopicSuggestsArticlesOfItsHotline() throws Exception {
        KbFiles.Read read = KbFiles.read(Path.of("kb"));
        List<String> missing = new ArrayList<>();
        int topics = 0;
        try (FaqIndex index = FaqIndex.inMemory(FrenchAnalysis.fromSynonymsFile(Path.of("kb", "synonyms.txt")))) {
            index.rebuild(sink -> read.sources().forEach(s -> sink.accept(s.article())), 1);
            FaqSearcher searcher = new FaqSearcher(index, new HelpfulVotes());
            for (String hotline : List.of("entreprises", "formation", "transport")) {
                for (String topic : topics(hotline)) {
                    topics++;
                    check(searcher, hotline, topic, EnumSet.of(Audience.REGION, Audience.ALL), missing);
                    if (hotline.equals("entreprises")) {
                        check(searcher, hotline, topic, EnumSet.of(Audience.ADOCC, Audience.ALL), missing);
                    }
                }
            }
        }
        assertThat(topics).as("topics in ivr-scripts/").isGreaterThanOrEqualTo(15);
        assertThat(missing).as("IVR topics without a suggested article").isEmpty();
    }

    private static void check(FaqSearcher searcher, String hotline, String topic, Set<Audience> audiences,
            List<String> missing) {
        SearchRequest request = new SearchRequest(topic.replace('-', ' '), Optional.of(hotline), Optional.empty(),
                audiences, 5, 0, false);
        if (searcher.search(request).hits().isEmpty()) {
            missing.add(hotline + "/" + topic + " for " + audiences);
        }
    }

    private static Set<String> topics(String hotline) throws IOException {
        Matcher matcher = TOPIC.matcher(Files.readString(Path.of("ivr-scripts", hotline + ".yaml")));
        Set<String> found = new TreeSet<>();
        while (matcher.find()) {
            found.add(matcher.group(1));
        }
        return found;
    }
}
