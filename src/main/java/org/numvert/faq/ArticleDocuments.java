package org.numvert.faq;

import java.util.List;
import java.util.Locale;
import org.apache.lucene.document.BinaryDocValuesField;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.SortedSetDocValuesField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.Term;
import org.apache.lucene.util.BytesRef;

/**
 * The index fields of an article. Text is indexed three ways: stemmed ({@link #TITLE}, {@link
 * #BODY}, {@link #TAGS}: the ranking), folded whole words ({@link #TITLE_WORDS}: exact words and
 * phrases) and folded prefixes ({@link #TITLE_PREFIXES}: type-ahead); every folded word of the
 * article is listed in {@link #WORDS} (documents only, no positions): the dictionary of typo
 * corrections and completions. The beginning of the body
 * is kept as plain text in doc values, indexed with offsets but never searched ({@link
 * #EXCERPT}): snippets are cut from it, which keeps them fast however long the article. What a
 * hit shows is read from doc values ({@link HitSummaries}): no stored document is decompressed.
 */
final class ArticleDocuments {
    static final String ID = "id";
    static final String TITLE = "title";
    static final String TITLE_WORDS = "title_words";
    static final String TITLE_PREFIXES = "title_prefixes";
    static final String BODY = "body";
    static final String EXCERPT = "excerpt";
    static final String WORDS = "words";
    static final String TAGS = "tags";
    static final String CATEGORY = "category";
    static final String HOTLINE = "hotline";
    static final String AUDIENCE = "audience";
    static final String UPDATED = "updated";
    static final String TITLE_SORT = "title_sort";
    /** Stemmed, one value per phrasing: what agents typed before finding the article helpful ({@link LearnedPhrasings}). */
    static final String ASKED = "asked";

    static final int EXCERPT_CHARS = 2_500;
    private static final FieldType EXCERPT_TYPE = excerptType();
    private static final FieldType WORDS_TYPE = wordsType();

    private ArticleDocuments() {
    }

    static Term idTerm(String id) {
        return new Term(ID, id);
    }

    /** The article's document, with the words agents searched with before finding it helpful. */
    static Document of(Article article, List<String> phrasings) {
        Document doc = new Document();
        for (String phrasing : phrasings) {
            doc.add(new TextField(ASKED, phrasing, Field.Store.NO));
        }
        doc.add(new StringField(ID, article.id(), Field.Store.YES));
        doc.add(new BinaryDocValuesField(ID, new BytesRef(article.id())));
        doc.add(new TextField(TITLE, article.title(), Field.Store.NO));
        doc.add(new BinaryDocValuesField(TITLE, new BytesRef(article.title())));
        doc.add(new TextField(TITLE_WORDS, article.title(), Field.Store.NO));
        doc.add(new TextField(TITLE_PREFIXES, article.title(), Field.Store.NO));
        String text = ArticleText.plainText(article.body());
        doc.add(new TextField(BODY, text, Field.Store.NO));
        String excerpt = beginning(text, EXCERPT_CHARS);
        doc.add(new Field(EXCERPT, excerpt, EXCERPT_TYPE));
        doc.add(new BinaryDocValuesField(EXCERPT, new BytesRef(excerpt)));
        String tags = String.join(" ; ", article.tags());
        doc.add(new TextField(TAGS, tags, Field.Store.NO));
        doc.add(new Field(WORDS, article.title() + "\n" + tags + "\n" + text, WORDS_TYPE));
        addKeyword(doc, CATEGORY, article.category());
        article.hotlines().forEach(h -> addKeyword(doc, HOTLINE, h));
        doc.add(new StringField(AUDIENCE, article.audience().name(), Field.Store.NO));
        doc.add(new SortedDocValuesField(AUDIENCE, new BytesRef(article.audience().name())));
        doc.add(new NumericDocValuesField(UPDATED, article.updated().toEpochDay()));
        doc.add(new SortedDocValuesField(TITLE_SORT, new BytesRef(article.title().toLowerCase(Locale.ROOT))));
        return doc;
    }

    /** The text cut after a word near {@code maxChars}, with an ellipsis when it was cut. */
    static String beginning(String text, int maxChars) {
        if (text == null || text.length() <= maxChars) {
            return text == null ? "" : text;
        }
        int cut = text.lastIndexOf(' ', maxChars);
        return text.substring(0, cut > maxChars / 2 ? cut : maxChars) + " …";
    }

    private static void addKeyword(Document doc, String field, String value) {
        doc.add(new StringField(field, value, Field.Store.NO));
        doc.add(new SortedSetDocValuesField(field, new BytesRef(value)));
    }

    private static FieldType wordsType() {
        FieldType type = new FieldType();
        type.setTokenized(true);
        type.setIndexOptions(IndexOptions.DOCS);
        type.setOmitNorms(true);
        type.freeze();
        return type;
    }

    private static FieldType excerptType() {
        FieldType type = new FieldType(TextField.TYPE_NOT_STORED);
        type.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
        type.freeze();
        return type;
    }
}
