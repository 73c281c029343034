package org.numvert.faq;

import java.util.Set;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;

/** Restricts a query to the articles of the audiences the asker may see. */
final class Visibility {
    private Visibility() {
    }

    static Query filter(Query query, Set<Audience> audiences) {
        BooleanQuery.Builder visible = new BooleanQuery.Builder();
        audiences.forEach(a -> visible.add(new TermQuery(new Term(ArticleDocuments.AUDIENCE, a.name())), Occur.SHOULD));
        return new BooleanQuery.Builder().add(query, Occur.MUST).add(visible.build(), Occur.FILTER).build();
    }
}
