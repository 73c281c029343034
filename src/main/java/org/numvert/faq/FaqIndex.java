package org.numvert.faq;

import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.SearcherFactory;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.LockObtainFailedException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The Lucene index of the FAQ, derived from the database: one writer, one {@link SearcherManager}
 * refreshed after every write, so that an edit is visible to the next search (near real time).
 *
 * <p>An article is indexed with the words agents searched with before finding it helpful ({@link
 * LearnedPhrasings}).
 *
 * <p>Each commit records the database's change mark and the layout version of the index: at
 * start a mismatch (the service stopped between a database commit and an index commit, or the
 * fields changed) tells the caller to rebuild. An unreadable index is wiped and reported as
 * needing a rebuild. Threading: searches from any thread; writes are serialised here. Blocking:
 * call on a worker pool.
 */
public final class FaqIndex implements Closeable {
    private static final Logger LOG = LoggerFactory.getLogger(FaqIndex.class);
    /** Bump when fields or index-time analysis change: older indexes are then rebuilt. */
    static final String LAYOUT = "6";
    private static final String LAYOUT_KEY = "numvert.faq.layout";
    private static final String MARK_KEY = "numvert.faq.mark";

    private final Directory directory;
    private final IndexWriter writer;
    private final SearcherManager searchers;
    private final FrenchAnalysis analysis;
    private final LearnedPhrasings phrasings;
    private volatile long mark;

    private FaqIndex(Directory directory, FrenchAnalysis analysis, LearnedPhrasings phrasings) throws IOException {
        this.directory = directory;
        this.analysis = analysis;
        this.phrasings = phrasings;
        IndexWriterConfig config = new IndexWriterConfig(analysis.indexAnalyzer())
                .setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND)
                .setRAMBufferSizeMB(64)
                .setSimilarity(new FaqSimilarity(Ranking.DEFAULT));
        this.writer = new IndexWriter(directory, config);
        this.searchers = new SearcherManager(writer, new SearcherFactory() {
            @Override
            public IndexSearcher newSearcher(IndexReader reader, IndexReader previous) {
                IndexSearcher searcher = new IndexSearcher(reader);
                searcher.setSimilarity(new FaqSimilarity(Ranking.DEFAULT));
                return searcher;
            }
        });
        this.mark = readMark(writer.getLiveCommitData());
    }

    /** An index in memory (tests, evaluation). */
    public static FaqIndex inMemory(FrenchAnalysis analysis) {
        return inMemory(analysis, new LearnedPhrasings());
    }

    /** An index in memory whose articles are indexed with agents' phrasings. */
    public static FaqIndex inMemory(FrenchAnalysis analysis, LearnedPhrasings phrasings) {
        try {
            return new FaqIndex(new ByteBuffersDirectory(), analysis, phrasings);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Opens the index in {@code dir}, wiping it first when it cannot be read. */
    public static FaqIndex open(Path dir, FrenchAnalysis analysis) throws IOException {
        Files.createDirectories(dir);
        LearnedPhrasings phrasings = new LearnedPhrasings();
        try {
            return new FaqIndex(FSDirectory.open(dir), analysis, phrasings);
        } catch (LockObtainFailedException e) {
            throw e;
        } catch (IOException | RuntimeException e) {
            LOG.warn("FAQ index in {} is unreadable ({}): it is wiped and will be rebuilt", dir, e.toString());
            wipe(dir);
            return new FaqIndex(FSDirectory.open(dir), analysis, phrasings);
        }
    }

    /**
     * The database change mark of the last commit, or -1 when the index is new or of an older
     * layout: then it must be rebuilt.
     */
    public long mark() {
        return mark;
    }

    /** Adds or replaces articles, commits with the database's new mark, and refreshes. */
    public synchronized void replace(List<Article> articles, long newMark) throws IOException {
        for (Article article : articles) {
            writer.updateDocument(ArticleDocuments.idTerm(article.id()), document(article));
        }
        commit(newMark);
        searchers.maybeRefreshBlocking();
    }

    /**
     * Merges the index into one segment and commits: after a bulk change (an import), searches
     * visit one segment instead of many (in-process p99 halved on 5,000 articles). Costly: once per
     * import, not per batch.
     */
    public synchronized void merge() throws IOException {
        writer.forceMerge(1);
        commit(mark);
        searchers.maybeRefreshBlocking();
    }

    /** Replaces the whole content (merged into one segment) by the articles {@code source} gives, then commits. */
    public synchronized int rebuild(Consumer<Consumer<Article>> source, long newMark) throws IOException {
        writer.deleteAll();
        int[] count = {0};
        source.accept(article -> {
            try {
                writer.addDocument(document(article));
                count[0]++;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        writer.forceMerge(1);
        commit(newMark);
        searchers.maybeRefreshBlocking();
        return count[0];
    }

    /** Articles visible to searches now. */
    public int count() {
        try {
            IndexSearcher searcher = searchers.acquire();
            try {
                return searcher.getIndexReader().numDocs();
            } finally {
                searchers.release(searcher);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The agents' phrasings indexed with each article: a change to an article's phrasings shows
     * in searches once the article is indexed again ({@link #replace}).
     */
    public LearnedPhrasings phrasings() {
        return phrasings;
    }

    private Document document(Article article) {
        return ArticleDocuments.of(article, phrasings.of(article.id()));
    }

    FrenchAnalysis analysis() {
        return analysis;
    }

    SearcherManager searchers() {
        return searchers;
    }

    /** Closes searchers and writer (committing nothing new) and the directory. */
    @Override
    public synchronized void close() throws IOException {
        try (directory; writer) {
            searchers.close();
        }
    }

    private void commit(long newMark) throws IOException {
        writer.setLiveCommitData(Map.of(LAYOUT_KEY, LAYOUT, MARK_KEY, Long.toString(newMark)).entrySet());
        writer.commit();
        mark = newMark;
    }

    private static long readMark(Iterable<Map.Entry<String, String>> commitData) {
        String layout = null;
        long found = -1;
        if (commitData != null) {
            for (Map.Entry<String, String> entry : commitData) {
                if (entry.getKey().equals(LAYOUT_KEY)) {
                    layout = entry.getValue();
                } else if (entry.getKey().equals(MARK_KEY)) {
                    found = Long.parseLong(entry.getValue());
                }
            }
        }
        return LAYOUT.equals(layout) ? found : -1;
    }

    private static void wipe(Path dir) throws IOException {
        try (var files = Files.list(dir)) {
            for (Path file : files.toList()) {
                Files.delete(file);
            }
        }
    }
}
