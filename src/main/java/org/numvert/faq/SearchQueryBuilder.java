package org.numvert.faq;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.DisjunctionMaxQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;

/**
 * Turns the words an agent typed into the ranked query: each word in title, tags and body (title
 * weighted above body) and in the words agents searched with before finding the article helpful
 * ({@link LearnedPhrasings}), corrected when the index does not know it (typo tolerance by word
 * length), completed when it is the last word being typed; phrase and proximity boosts (the
 * whole query, and each pair of neighbouring words) when there are several words; weak words
 * (question words, common verbs) and synonyms weighted below the other typed words. When the
 * query has other words, weak words and words found in most articles only add to the score of the
 * articles those find. The agent's
 * text is never parsed as query syntax: quotes, brackets, {@code *} or {@code ~} are punctuation.
 */
final class SearchQueryBuilder {
    private static final int MAX_CORRECTIONS = 3;
    /** Words of one query that may be corrected: a long pasted query has enough right words. */
    private static final int MAX_CORRECTED_WORDS = 3;
    private static final List<String> GLUED_ELISIONS = List.of("qu", "l", "d", "j", "m", "n", "s", "t", "c");
    /** A beginning shorter than this is not completed from the body: too many words start so. */
    private static final int MIN_COMPLETED = 3;
    /** Word pairs given a proximity boost: the first ones; each is a phrase search of the body. */
    private static final int MAX_PAIRS = 3;

    /**
     * A word found in more than this share of the articles ("travail" in a labour-law FAQ) does
     * not make a hit on its own when the query has rarer words: like a weak word, it only scores
     * the articles they find (measured: the same quality to the third decimal, a faster p99).
     */
    private static final double COMMON_SHARE = 0.5;
    private final FrenchAnalysis analysis;
    private final Ranking ranking;
    private final SynonymExpansion synonyms;

    SearchQueryBuilder(FrenchAnalysis analysis, Ranking ranking) {
        this.analysis = analysis;
        this.ranking = ranking;
        this.synonyms = new SynonymExpansion(analysis);
    }

    /** The query for {@code text}, or empty when it has no searchable word. */
    Optional<Query> build(String text, boolean partial, IndexReader reader) throws IOException {
        QueryWords words = QueryWords.of(text, analysis);
        if (words.isEmpty()) {
            return Optional.empty();
        }
        boolean lastIsPrefix = partial && !endsWord(text);
        int[] corrections = {MAX_CORRECTED_WORDS};
        BooleanQuery.Builder matching = new BooleanQuery.Builder();
        List<Query> weak = new ArrayList<>();
        for (int i = 0; i < words.size(); i++) {
            QueryWords.Word word = words.words().get(i);
            boolean prefix = lastIsPrefix && i == words.size() - 1;
            Query clause = word(word, prefix, reader, corrections);
            if (FrenchAnalysis.WEAK_WORDS.contains(word.folded())) {
                weak.add(boosted(clause, ranking.weakWord()));
            } else if (reader.docFreq(new Term(ArticleDocuments.BODY, word.stem())) > COMMON_SHARE * reader.maxDoc()) {
                weak.add(clause);
            } else {
                matching.add(clause, Occur.SHOULD);
            }
        }
        for (Query alternative : synonyms.alternatives(text)) {
            matching.add(boosted(alternative, ranking.synonym()), Occur.SHOULD);
        }
        BooleanQuery.Builder query = new BooleanQuery.Builder();
        BooleanQuery strong = matching.build();
        if (strong.clauses().isEmpty()) {
            weak.forEach(q -> query.add(q, Occur.SHOULD));
        } else if (weak.isEmpty()) {
            strong.clauses().forEach(query::add);
        } else {
            // Weak and common words only score the articles the other words find: an article that
            // has "peut" and "être" but none of the words that say what the caller wants is not a
            // hit, and their long posting lists are only read for the articles that are.
            query.add(strong, Occur.MUST);
            weak.forEach(q -> query.add(q, Occur.SHOULD));
        }
        addPairs(query, words);
        if (words.size() > 1 && ranking.phraseTitle() > 0) {
            query.add(boosted(phrase(ArticleDocuments.TITLE, words), ranking.phraseTitle()), Occur.SHOULD);
        }
        if (words.size() > 1 && ranking.phraseBody() > 0) {
            query.add(boosted(phrase(ArticleDocuments.BODY, words), ranking.phraseBody()), Occur.SHOULD);
        }
        return Optional.of(query.build());
    }

    /**
     * One typed word in every field. A word the index does not know is first read as an elision
     * typed without its apostrophe ("lemploi"), else corrected (at most {@link
     * #MAX_CORRECTED_WORDS} per query); the word being typed is also completed.
     */
    private Query word(QueryWords.Word word, boolean prefix, IndexReader reader, int[] corrections) throws IOException {
        List<Query> fields = new ArrayList<>();
        fields.add(term(ArticleDocuments.TITLE, word.stem(), ranking.title()));
        fields.add(term(ArticleDocuments.TAGS, word.stem(), ranking.tags()));
        fields.add(term(ArticleDocuments.BODY, word.stem(), ranking.body()));
        fields.add(term(ArticleDocuments.TITLE_WORDS, word.folded(), ranking.titleWords()));
        fields.add(term(ArticleDocuments.ASKED, word.stem(), ranking.asked()));
        boolean known = TypoCorrections.docFreq(reader, word.folded()) > 0;
        Optional<String> unglued = known ? Optional.empty() : withoutGluedElision(word.folded(), reader);
        unglued.ifPresent(w -> addStemmed(fields, w, 1f));
        int edits = typoEdits(word.folded());
        if (!known && unglued.isEmpty() && edits > 0 && ranking.typo() > 0 && corrections[0]-- > 0) {
            for (TypoCorrections.Correction c : TypoCorrections.closest(reader, word.folded(), edits, MAX_CORRECTIONS)) {
                addStemmed(fields, c.word(), ranking.typo() / c.distance());
            }
        }
        float prefixTitle = known ? ranking.prefixTitleKnown() : ranking.prefixTitle();
        if (prefix && prefixTitle > 0) {
            fields.add(term(ArticleDocuments.TITLE_PREFIXES, truncated(word.folded()), prefixTitle));
        }
        if (prefix && !known && word.folded().length() >= MIN_COMPLETED && ranking.prefixBody() > 0) {
            for (TypoCorrections.Correction c : TypoCorrections.completions(reader, word.folded(), ranking.prefixExpansions())) {
                addStemmed(fields, c.word(), ranking.prefixBody());
            }
        }
        return new DisjunctionMaxQuery(fields, ranking.tie());
    }

    /** "lemploi" → "emploi", "dinsertion" → "insertion", "quil" → "il": when the rest is a known word. */
    private static Optional<String> withoutGluedElision(String folded, IndexReader reader) throws IOException {
        for (String article : GLUED_ELISIONS) {
            if (folded.length() >= article.length() + 3 && folded.startsWith(article)
                    && TypoCorrections.docFreq(reader, folded.substring(article.length())) > 0) {
                return Optional.of(folded.substring(article.length()));
            }
        }
        return Optional.empty();
    }

    /** A word the agent did not type (correction, completion): its stem in title, body and phrasings, weighted down. */
    private void addStemmed(List<Query> fields, String folded, float weight) {
        String stem = analysis.stem(folded);
        fields.add(term(ArticleDocuments.TITLE, stem, ranking.title() * weight));
        fields.add(term(ArticleDocuments.BODY, stem, ranking.body() * weight));
        fields.add(term(ArticleDocuments.ASKED, stem, ranking.asked() * weight));
    }

    /** 1 edit from 5 letters, 2 from 9: short words have too many neighbours. */
    static int typoEdits(String word) {
        return word.length() >= 9 ? 2 : word.length() >= 5 ? 1 : 0;
    }

    /** Each two neighbouring typed words found close together in the body: proximity, pair by pair. */
    private void addPairs(BooleanQuery.Builder query, QueryWords words) {
        for (int i = 0; i + 1 < words.size() && i < MAX_PAIRS && ranking.pairBody() > 0; i++) {
            QueryWords.Word first = words.words().get(i);
            QueryWords.Word second = words.words().get(i + 1);
            Query pair = new PhraseQuery.Builder().setSlop(ranking.pairSlop())
                    .add(new Term(ArticleDocuments.BODY, first.stem()), first.position())
                    .add(new Term(ArticleDocuments.BODY, second.stem()), second.position())
                    .build();
            query.add(boosted(pair, ranking.pairBody()), Occur.SHOULD);
        }
    }

    private Query phrase(String field, QueryWords words) {
        PhraseQuery.Builder phrase = new PhraseQuery.Builder().setSlop(ranking.phraseSlop());
        for (QueryWords.Word word : words.words()) {
            phrase.add(new Term(field, word.stem()), word.position());
        }
        return phrase.build();
    }

    private static Query term(String field, String text, float boost) {
        return boosted(new TermQuery(new Term(field, text)), boost);
    }

    private static Query boosted(Query query, float boost) {
        return boost == 1f ? query : new BoostQuery(query, boost);
    }

    private static String truncated(String word) {
        return word.length() > FrenchTextAnalyzer.MAX_PREFIX ? word.substring(0, FrenchTextAnalyzer.MAX_PREFIX) : word;
    }

    private static boolean endsWord(String text) {
        return !text.isEmpty() && !Character.isLetterOrDigit(text.charAt(text.length() - 1));
    }
}
