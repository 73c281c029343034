package org.numvert.faq;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.ParseException;
import java.util.Locale;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.WordlistLoader;
import org.apache.lucene.analysis.fr.FrenchLightStemmer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.analysis.synonym.SolrSynonymParser;
import org.apache.lucene.analysis.synonym.SynonymMap;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.util.CharsRef;
import org.apache.lucene.util.CharsRefBuilder;

/**
 * The analysis of the FAQ, shared by indexing and searching: the French chains of {@link
 * FrenchTextAnalyzer} per field, and the synonyms applied at query time only (so that editing
 * them needs no re-indexing). Immutable and thread-safe.
 */
public final class FrenchAnalysis {
    static final CharArraySet STOP_WORDS = loadWords("stopwords-fr.txt");
    /** Words that stay searchable but weigh less in a query ({@code weak-words-fr.txt}). */
    static final CharArraySet WEAK_WORDS = loadWords("weak-words-fr.txt");

    private final Analyzer stemmed = new FrenchTextAnalyzer(FrenchTextAnalyzer.Form.STEMMED, STOP_WORDS);
    private final Analyzer folded = new FrenchTextAnalyzer(FrenchTextAnalyzer.Form.FOLDED, STOP_WORDS);
    private final Analyzer prefixes = new FrenchTextAnalyzer(FrenchTextAnalyzer.Form.PREFIXES, STOP_WORDS);
    private final Analyzer synonymExpansion;
    private final int synonymRules;

    private FrenchAnalysis(SynonymMap synonyms) {
        this.synonymExpansion = synonyms == null ? null
                : new FrenchTextAnalyzer(FrenchTextAnalyzer.Form.STEMMED, STOP_WORDS, synonyms);
        this.synonymRules = synonyms == null ? 0 : synonyms.words.size();
    }

    public static FrenchAnalysis withoutSynonyms() {
        return new FrenchAnalysis(null);
    }

    /** With the synonyms of {@code rules}, in Solr format ({@code a, b, c} and {@code a => b}). */
    public static FrenchAnalysis withSynonyms(Reader rules) throws IOException, ParseException {
        Analyzer words = new FrenchTextAnalyzer(FrenchTextAnalyzer.Form.STEMMED, STOP_WORDS);
        SolrSynonymParser parser = new StopTolerantParser(words);
        parser.parse(rules);
        return new FrenchAnalysis(parser.build());
    }

    /** With the synonyms file if it exists, else none; a malformed file is an error naming it. */
    public static FrenchAnalysis fromSynonymsFile(Path file) {
        if (file == null || !Files.isRegularFile(file)) {
            return withoutSynonyms();
        }
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return withSynonyms(reader);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read synonyms " + file, e);
        } catch (ParseException e) {
            throw new IllegalArgumentException(file + ": line " + e.getErrorOffset() + ": " + e.getMessage(), e);
        }
    }

    /** The analyzer of each index field (stemmed unless said otherwise). */
    Analyzer indexAnalyzer() {
        return new PerFieldAnalyzerWrapper(stemmed, Map.of(
                ArticleDocuments.TITLE_WORDS, folded,
                ArticleDocuments.WORDS, folded,
                ArticleDocuments.TITLE_PREFIXES, prefixes));
    }

    Analyzer stemmed() {
        return stemmed;
    }

    Analyzer folded() {
        return folded;
    }

    Analyzer prefixes() {
        return prefixes;
    }

    /** The stemmed chain followed by the synonym graph; null without synonyms. */
    Analyzer synonymExpansion() {
        return synonymExpansion;
    }

    /** The stem of one folded word, as the stemmed fields index it. */
    String stem(String folded) {
        char[] chars = folded.toCharArray();
        return new String(chars, 0, new FrenchLightStemmer().stem(chars, chars.length));
    }

    /** Distinct words or phrases that have synonyms. */
    public int synonymRules() {
        return synonymRules;
    }

    private static CharArraySet loadWords(String name) {
        try (InputStream in = FrenchAnalysis.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException(name + " missing from the class path");
            }
            return CharArraySet.unmodifiableSet(WordlistLoader.getWordSet(
                    new InputStreamReader(in, StandardCharsets.UTF_8), "#", new CharArraySet(200, false)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Reads rules with our chain, skipping stop words inside phrases ("comité social et
     * économique" is the phrase of "comité social économique" once indexed) and keeping a word that
     * is only a stop word as it is typed, instead of refusing the whole file.
     */
    private static final class StopTolerantParser extends SolrSynonymParser {
        private final Analyzer words;

        StopTolerantParser(Analyzer words) {
            super(true, true, words);
            this.words = words;
        }

        @Override
        public CharsRef analyze(String text, CharsRefBuilder reuse) throws IOException {
            reuse.clear();
            try (TokenStream ts = words.tokenStream("", text)) {
                CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
                ts.reset();
                while (ts.incrementToken()) {
                    if (reuse.length() > 0) {
                        reuse.append(SynonymMap.WORD_SEPARATOR);
                    }
                    reuse.append(term.buffer(), 0, term.length());
                }
                ts.end();
            }
            if (reuse.length() == 0) {
                reuse.append(text.strip().toLowerCase(Locale.ROOT));
            }
            return reuse.get();
        }
    }
}
