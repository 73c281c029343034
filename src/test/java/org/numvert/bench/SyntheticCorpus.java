package org.numvert.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.numvert.faq.Article;

/**
 * A large FAQ made from a real one: each synthetic article takes the title of a real article
 * and a body of paragraphs drawn from several others, so that vocabulary, word frequencies and
 * lengths stay those of real French text. Deterministic for a seed.
 */
final class SyntheticCorpus {
    private SyntheticCorpus() {
    }

    static List<Article> of(List<Article> real, int size, long seed) {
        Random random = new Random(seed);
        List<String> paragraphs = new ArrayList<>();
        for (Article article : real) {
            for (String part : article.body().split("(?<=[.!?])\\s+(?=\\p{Lu})")) {
                if (part.length() > 80) {
                    paragraphs.add(part.length() > 900 ? part.substring(0, 900) : part);
                }
            }
        }
        List<String> hotlines = List.of("entreprises", "formation", "transport");
        List<Article> synthetic = new ArrayList<>(size);
        for (int i = 0; i < size; i++) {
            Article base = real.get(random.nextInt(real.size()));
            StringBuilder body = new StringBuilder();
            int count = 2 + random.nextInt(6);
            for (int p = 0; p < count; p++) {
                body.append(paragraphs.get(random.nextInt(paragraphs.size()))).append("\n\n");
            }
            synthetic.add(new Article("syn-" + i, base.title(), body.toString(),
                    List.of(hotlines.get(random.nextInt(hotlines.size()))), base.category(), base.audience(),
                    base.tags(), base.updated()));
        }
        return synthetic;
    }
}
