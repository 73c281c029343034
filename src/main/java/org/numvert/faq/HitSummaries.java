package org.numvert.faq;

import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.index.BinaryDocValues;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;

/**
 * Reads what a hit shows (id, title, hotlines, category, audience, updated) from doc values:
 * column reads, with no decompression of stored documents.
 */
final class HitSummaries {
    private HitSummaries() {
    }

    static List<SearchHit> of(IndexSearcher searcher, ScoreDoc[] docs, String[] snippets) throws IOException {
        List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
        List<SearchHit> hits = new ArrayList<>(docs.length);
        for (int i = 0; i < docs.length; i++) {
            LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(docs[i].doc, leaves));
            float score = Float.isNaN(docs[i].score) ? 0f : docs[i].score;
            hits.add(read(leaf.reader(), docs[i].doc - leaf.docBase, score, snippets[i]));
        }
        return hits;
    }

    /** The id of a document of the whole index. */
    static String id(IndexSearcher searcher, int doc) throws IOException {
        return binary(searcher, ArticleDocuments.ID, doc);
    }

    static String title(IndexSearcher searcher, int doc) throws IOException {
        return binary(searcher, ArticleDocuments.TITLE, doc);
    }

    /** The beginning of the body, plain text, that snippets are cut from. */
    static String excerpt(IndexSearcher searcher, int doc) throws IOException {
        return binary(searcher, ArticleDocuments.EXCERPT, doc);
    }

    private static String binary(IndexSearcher searcher, String field, int doc) throws IOException {
        List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
        LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(doc, leaves));
        return binary(leaf.reader(), field, doc - leaf.docBase);
    }

    private static SearchHit read(LeafReader reader, int doc, float score, String snippet) throws IOException {
        SortedSetDocValues hotlines = DocValues.getSortedSet(reader, ArticleDocuments.HOTLINE);
        List<String> hotlineNames = new ArrayList<>();
        if (hotlines.advanceExact(doc)) {
            for (int i = 0; i < hotlines.docValueCount(); i++) {
                hotlineNames.add(hotlines.lookupOrd(hotlines.nextOrd()).utf8ToString());
            }
        }
        return new SearchHit(binary(reader, ArticleDocuments.ID, doc), binary(reader, ArticleDocuments.TITLE, doc),
                snippet, score, List.copyOf(hotlineNames), firstOf(reader, ArticleDocuments.CATEGORY, doc),
                Audience.valueOf(sorted(reader, ArticleDocuments.AUDIENCE, doc)), updated(reader, doc));
    }

    private static String binary(LeafReader reader, String field, int doc) throws IOException {
        BinaryDocValues values = DocValues.getBinary(reader, field);
        return values.advanceExact(doc) ? values.binaryValue().utf8ToString() : "";
    }

    private static String sorted(LeafReader reader, String field, int doc) throws IOException {
        SortedDocValues values = DocValues.getSorted(reader, field);
        return values.advanceExact(doc) ? values.lookupOrd(values.ordValue()).utf8ToString() : "";
    }

    private static String firstOf(LeafReader reader, String field, int doc) throws IOException {
        SortedSetDocValues values = DocValues.getSortedSet(reader, field);
        return values.advanceExact(doc) ? values.lookupOrd(values.nextOrd()).utf8ToString() : "";
    }

    private static LocalDate updated(LeafReader reader, int doc) throws IOException {
        NumericDocValues values = DocValues.getNumeric(reader, ArticleDocuments.UPDATED);
        return LocalDate.ofEpochDay(values.advanceExact(doc) ? values.longValue() : 0);
    }
}
