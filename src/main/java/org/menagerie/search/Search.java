package org.menagerie.search;

import java.nio.file.Path;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.menagerie.catalog.Case;
import org.menagerie.catalog.CaseStore;
import org.menagerie.embedding.Embedder;
import org.menagerie.search.SearchResult.Hit;

/**
 * The front door of search: an index ({@link SearchEngine}: embedded Lucene or SolrCloud) derived from the store,
 * kept in step by {@link #catchUp()} (called on open, and by whoever writes to the store after each commit),
 * rebuildable by {@link #reindex()}. Cases are embedded here, once: an unchanged case keeps its stored vector.
 *
 * <p>Thread-safe: searches run concurrently with each other and with catch-ups; catch-ups and reindexes run one at a
 * time.
 */
public final class Search implements AutoCloseable {
    /** What a reindex did. */
    public record Reindexed(long cases, long embedded, long reused, long millis) {}

    /**
     * How far a catch-up or reindex has come: cases written of the total expected, of which newly embedded, time
     * so far, and whether this is the closing report.
     */
    public record Indexing(long cases, long total, long embedded, long nanos, boolean done) {}

    private final SearchEngine engine;
    private final CaseStore store;
    private final SearchSettings settings;
    private final Object embedderLock = new Object();
    private Embedder embedder;
    private boolean embedderLoaded;
    private volatile Consumer<Indexing> progress;

    private Search(SearchEngine engine, CaseStore store, SearchSettings settings, Embedder embedder) {
        this.engine = engine;
        this.store = store;
        this.settings = settings;
        this.embedder = embedder;
        this.embedderLoaded = embedder != null || !settings.vectors();
    }

    /** Tells {@code progress} (null: no one) how later catch-ups and reindexes advance. */
    public void progress(Consumer<Indexing> progress) {
        this.progress = progress;
    }

    /**
     * Opens the index in {@code dir} and catches up with the store.
     *
     * @param embedder the model to use, or null to load the one the settings name when first needed
     */
    public static Search open(Path dir, CaseStore store, SearchSettings settings, Embedder embedder) {
        return open(dir, store, settings, embedder, null);
    }

    /** As {@link #open(Path, CaseStore, SearchSettings, Embedder)}, telling {@code progress} how indexing advances. */
    public static Search open(Path dir, CaseStore store, SearchSettings settings, Embedder embedder,
                              Consumer<Indexing> progress) {
        return open(LuceneIndex.open(dir, settings), store, settings, embedder, progress);
    }

    /**
     * Searches {@code engine} (closed with this), rebuilding it when written with another layout and catching it up
     * with the store.
     */
    public static Search open(SearchEngine engine, CaseStore store, SearchSettings settings, Embedder embedder,
                              Consumer<Indexing> progress) {
        Search s = new Search(engine, store, settings, embedder);
        s.progress = progress;
        try {
            if (!engine.currentSchema()) s.reindex();
            s.catchUp();
        } catch (RuntimeException e) {
            engine.close();
            throw e;
        }
        return s;
    }

    public SearchResult search(SearchRequest request) {
        return engine.search(request, embedder() == null ? null : () -> embedder().query(request.query()));
    }

    /**
     * Candidate published cases for a claim (see {@link ClaimCandidates}): the {@code k} best by BM25 over passages in
     * {@code language}'s field and analysis, united with the {@code k} nearest to {@code vector} (null: keywords only).
     *
     * @param depth how deep BM25 scores are looked up for the vector candidates
     */
    public List<ClaimCandidate> claimCandidates(String text, String language, float[] vector, int k, int depth) {
        if (k < 1) throw new IllegalArgumentException("k must be 1 or more: " + k);
        return engine.claimCandidates(text, language, vector, k, depth);
    }

    /**
     * How many cases have each term in their passage, in the cross-language vocabulary, and (under the key "")
     * how many cases have a passage at all: the term rarity that matching weighs shared words by.
     */
    public Map<String, Long> documentFrequencies(Collection<String> terms) {
        return engine.documentFrequencies(terms);
    }

    /** How many published cases the index holds. */
    public long published() {
        return engine.published();
    }

    /** Catches up when the store has changes the index has not seen: cheap when there are none. */
    public long refresh() {
        if (store.lastSeq() == engine.lastSeq()) return 0;
        return catchUp();
    }

    /** Up to {@code n} cases related to {@code caseId}, nearest first. */
    public List<Hit> related(String caseId, int n) {
        if (n < 1 || n > 100) throw new QueryException("n must be between 1 and 100: " + n);
        return engine.related(caseId, n);
    }

    /** Applies the store's changes the index has not seen yet; returns how many cases changed. */
    public synchronized long catchUp() {
        return new IndexSync(new Vectors(embedder()), progress).catchUp(engine, store);
    }

    /** Rebuilds the index from the store, reusing the vectors of unchanged cases; searches go on meanwhile. */
    public synchronized Reindexed reindex() {
        long start = System.nanoTime();
        Vectors vectors = new Vectors(embedder());
        long cases;
        try (SearchEngine.Rebuild building = engine.rebuild()) {
            cases = new IndexSync(vectors, progress).rebuild(building, store, engine);
        }
        new IndexSync(vectors, null).catchUp(engine, store);
        return new Reindexed(cases, vectors.embedded(), vectors.reused(), (System.nanoTime() - start) / 1_000_000);
    }

    /** The text a case is embedded by: claim, title (when it differs) and summary. */
    public static String passage(Case c) {
        return CaseDocument.passage(c);
    }

    /** How many cases the index holds. */
    public int size() {
        return (int) Math.min(Integer.MAX_VALUE, engine.size());
    }

    /** The store sequence number the index reflects. */
    public long indexedSeq() {
        return engine.lastSeq();
    }

    /** The embedding model in use, or null when vectors are off. */
    public Embedder embedder() {
        synchronized (embedderLock) {
            if (!embedderLoaded) {
                embedder = settings.embedder();
                embedderLoaded = true;
            }
            return embedder;
        }
    }

    @Override
    public void close() {
        engine.close();
    }

    /** Whether the index answers, and on how many of its nodes: for health checks. */
    public IndexHealth health() {
        return engine.health();
    }

    
}
