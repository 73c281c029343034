package org.numvert.faq;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.fr.FrenchAnalyzer;
import org.apache.lucene.analysis.fr.FrenchLightStemFilter;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.ngram.EdgeNGramTokenFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.synonym.SynonymGraphFilter;
import org.apache.lucene.analysis.synonym.SynonymMap;
import org.apache.lucene.analysis.util.ElisionFilter;

/**
 * One French analysis chain: elision ({@code l'}, {@code qu'} …) → lower case → ASCII folding →
 * stop words → then, by {@link Form}, light stemming, nothing, or edge n-grams of each word.
 *
 * <p>Folding comes before stemming so that a word typed without accents and the accented word of
 * the article meet whatever their length ("age" = "âge"). A digit glued to letters is split
 * first ("13eme" = "13 ème"). Stop words are folded too ({@code stopwords-fr.txt}); negations
 * such as "pas" and "sans" are not stop words.
 */
final class FrenchTextAnalyzer extends Analyzer {
    /** What is left of each word at the end of the chain. */
    enum Form {
        /** Light stemming: singular and plural, common inflections meet. */
        STEMMED,
        /** The folded word itself: exact words, phrases, prefixes of complete words. */
        FOLDED,
        /** Every prefix of the folded word from 1 to {@link #MAX_PREFIX} letters: type-ahead. */
        PREFIXES
    }

    static final int MAX_PREFIX = 20;

    private final Form form;
    private final CharArraySet stopWords;
    private final SynonymMap synonyms;

    FrenchTextAnalyzer(Form form, CharArraySet stopWords) {
        this(form, stopWords, null);
    }

    /** With {@code synonyms} (nullable) applied after stemming: the query-time expansion chain. */
    FrenchTextAnalyzer(Form form, CharArraySet stopWords, SynonymMap synonyms) {
        this.form = form;
        this.stopWords = stopWords;
        this.synonyms = synonyms;
    }

    @Override
    protected TokenStreamComponents createComponents(String fieldName) {
        StandardTokenizer source = new StandardTokenizer();
        TokenStream stream = new DigitLetterSplitFilter(source);
        stream = new ElisionFilter(stream, FrenchAnalyzer.DEFAULT_ARTICLES);
        stream = new LowerCaseFilter(stream);
        stream = new ASCIIFoldingFilter(stream);
        stream = new StopFilter(stream, stopWords);
        stream = switch (form) {
            case STEMMED -> new FrenchLightStemFilter(stream);
            case FOLDED -> stream;
            case PREFIXES -> new EdgeNGramTokenFilter(stream, 1, MAX_PREFIX, true);
        };
        if (synonyms != null) {
            stream = new SynonymGraphFilter(stream, synonyms, true);
        }
        return new TokenStreamComponents(source, stream);
    }

    @Override
    protected TokenStream normalize(String fieldName, TokenStream in) {
        return new ASCIIFoldingFilter(new LowerCaseFilter(in));
    }
}
