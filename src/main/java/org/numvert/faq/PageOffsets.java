package org.numvert.faq;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.uhighlight.FieldOffsetStrategy;
import org.apache.lucene.search.uhighlight.OffsetsEnum;
import org.apache.lucene.search.uhighlight.UHComponents;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter.OffsetSource;
import org.apache.lucene.util.BytesRef;

/**
 * Offsets of the highlighted terms, read from the postings like the highlighter's own strategy,
 * but with one postings list per term for all the hits of a page: the highlighter visits the
 * hits in document order, so each list is advanced from hit to hit instead of being looked up
 * again for every hit (measured: most of the highlighter's allocations and a tenth of a search's
 * time). Used for one highlight call, on one thread.
 */
final class PageOffsets extends FieldOffsetStrategy {
    private LeafReader leaf;
    private PostingsEnum[] postings = new PostingsEnum[0];
    private int lastDoc = -1;

    PageOffsets(UHComponents components) {
        super(components);
    }

    @Override
    public OffsetSource getOffsetSource() {
        return OffsetSource.POSTINGS;
    }

    @Override
    public OffsetsEnum getOffsetsEnum(LeafReader reader, int doc, String content) throws IOException {
        if (reader != leaf || doc <= lastDoc) {
            open(reader);
        }
        lastDoc = doc;
        BytesRef[] terms = components.getTerms();
        List<OffsetsEnum> found = new ArrayList<>();
        for (int i = 0; i < postings.length; i++) {
            PostingsEnum list = postings[i];
            if (list != null && (list.docID() < doc ? list.advance(doc) : list.docID()) == doc) {
                found.add(new OffsetsEnum.OfPostings(terms[i], list));
            }
        }
        return switch (found.size()) {
            case 0 -> OffsetsEnum.EMPTY;
            case 1 -> found.get(0);
            default -> new OffsetsEnum.MultiOffsetsEnum(found);
        };
    }

    private void open(LeafReader reader) throws IOException {
        leaf = reader;
        lastDoc = -1;
        BytesRef[] terms = components.getTerms();
        postings = new PostingsEnum[terms.length];
        Terms field = reader.terms(getField());
        if (field == null) {
            return;
        }
        TermsEnum termsEnum = field.iterator();
        for (int i = 0; i < terms.length; i++) {
            if (termsEnum.seekExact(terms[i])) {
                postings[i] = termsEnum.postings(null, PostingsEnum.OFFSETS);
            }
        }
    }
}
