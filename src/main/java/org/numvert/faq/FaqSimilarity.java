package org.numvert.faq;

import org.apache.lucene.search.similarities.BM25Similarity;
import org.apache.lucene.search.similarities.PerFieldSimilarityWrapper;
import org.apache.lucene.search.similarities.Similarity;

/** BM25 with its own saturation and length normalisation for the body and for title-like fields. */
final class FaqSimilarity extends PerFieldSimilarityWrapper {
    private final Similarity body;
    private final Similarity title;

    FaqSimilarity(Ranking ranking) {
        this.body = new BM25Similarity(ranking.bodyK1(), ranking.bodyB());
        this.title = new BM25Similarity(ranking.titleK1(), ranking.titleB());
    }

    @Override
    public Similarity get(String field) {
        return ArticleDocuments.BODY.equals(field) ? body : title;
    }
}
