package org.menagerie.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.TermQuery;
import org.menagerie.catalog.Case;
import org.menagerie.catalog.CaseStore;
import org.menagerie.embedding.Embedder;
import org.menagerie.search.SearchResult.Hit;

/**
 * The front door of search: a Lucene index derived from the store, kept in step by {@link #catchUp()} (called on
 * open, and by whoever writes to the store after each commit), rebuildable by {@link #reindex()}.
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

    private final Path dir;
    private final CaseStore store;
    private final SearchSettings settings;
    private final Analyzer analyzer = Analysis.perField();
    private final Searching searching;
    private volatile SearchIndex index;
    private final Object embedderLock = new Object();
    private Embedder embedder;
    private boolean embedderLoaded;
    private volatile Consumer<Indexing> progress;

    private Search(Path dir, CaseStore store, SearchSettings settings, Embedder embedder) {
        this.dir = dir;
        this.store = store;
        this.settings = settings;
        this.searching = new Searching(analyzer, settings);
        this.embedder = embedder;
        this.embedderLoaded = embedder != null || !settings.vectors();
        this.index = SearchIndex.open(dir, false, settings.hnsw());
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
        Search s = new Search(dir, store, settings, embedder);
        s.progress = progress;
        if (!s.index.currentSchema()) s.reindex();
        s.catchUp();
        return s;
    }

    public SearchResult search(SearchRequest request) {
        SearchIndex.View view = index.acquire();
        try {
            return searching.run(view, request, embedder() == null ? null : () -> embedder().query(request.query()));
        } catch (IOException e) {
            throw new UncheckedIOException("search failed: " + e.getMessage(), e);
        } finally {
            index.release(view);
        }
    }

    /**
     * Candidate published cases for a claim (see {@link ClaimCandidates}): the {@code k} best by BM25 over passages in
     * {@code language}'s field and analysis, united with the {@code k} nearest to {@code vector} (null: keywords only).
     *
     * @param depth how deep BM25 scores are looked up for the vector candidates
     */
    public List<ClaimCandidate> claimCandidates(String text, String language, float[] vector, int k, int depth) {
        if (k < 1) throw new IllegalArgumentException("k must be 1 or more: " + k);
        SearchIndex.View view = index.acquire();
        try {
            return ClaimCandidates.find(view.searcher(), analyzer, text, language, vector, k, depth);
        } catch (IOException e) {
            throw new UncheckedIOException("candidate search failed: " + e.getMessage(), e);
        } finally {
            index.release(view);
        }
    }

    /**
     * How many cases have each term in their passage, in the cross-language vocabulary, and (under the key "")
     * how many cases have a passage at all: the term rarity that matching weighs shared words by.
     */
    public Map<String, Long> documentFrequencies(Collection<String> terms) {
        SearchIndex.View view = index.acquire();
        try {
            var reader = view.searcher().getIndexReader();
            Map<String, Long> out = new HashMap<>();
            out.put("", (long) reader.getDocCount(CaseDocument.TERMS));
            for (String t : terms) out.put(t, (long) reader.docFreq(new Term(CaseDocument.TERMS, t)));
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            index.release(view);
        }
    }

    /** How many published cases the index holds. */
    public long published() {
        SearchIndex.View view = index.acquire();
        try {
            return view.searcher().count(new TermQuery(new Term(CaseDocument.STATUS, "PUBLISHED")));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            index.release(view);
        }
    }

    /** Catches up when the store has changes the index has not seen: cheap when there are none. */
    public long refresh() {
        if (store.lastSeq() == index.lastSeq()) return 0;
        return catchUp();
    }

    /** Up to {@code n} cases related to {@code caseId}, nearest first. */
    public List<Hit> related(String caseId, int n) {
        if (n < 1 || n > 100) throw new QueryException("n must be between 1 and 100: " + n);
        SearchIndex.View view = index.acquire();
        try {
            return searching.hits(view.searcher(), Related.find(view.searcher(), analyzer, caseId, n), null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            index.release(view);
        }
    }

    /** Applies the store's changes the index has not seen yet; returns how many cases changed. */
    public synchronized long catchUp() {
        try {
            return new IndexSync(new Vectors(embedder()), progress).catchUp(index, store);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot update the search index: " + e.getMessage(), e);
        }
    }

    /** Rebuilds the index from the store, reusing the vectors of unchanged cases; searches go on meanwhile. */
    public synchronized Reindexed reindex() {
        long start = System.nanoTime();
        Path fresh = dir.resolveSibling(dir.getFileName() + ".new");
        try {
            deleteTree(fresh);
            Vectors vectors = new Vectors(embedder());
            long cases;
            try (SearchIndex building = SearchIndex.open(fresh, true, settings.hnsw())) {
                SearchIndex.View old = index.acquire();
                try {
                    cases = new IndexSync(vectors, progress).rebuild(building, store, old.searcher());
                } finally {
                    index.release(old);
                }
            }
            SearchIndex previous = index;
            previous.close();
            Path retired = dir.resolveSibling(dir.getFileName() + ".old");
            deleteTree(retired);
            Files.move(dir, retired, StandardCopyOption.ATOMIC_MOVE);
            Files.move(fresh, dir, StandardCopyOption.ATOMIC_MOVE);
            index = SearchIndex.open(dir, false, settings.hnsw());
            deleteTree(retired);
            new IndexSync(vectors, null).catchUp(index, store);
            return new Reindexed(cases, vectors.embedded(), vectors.reused(), (System.nanoTime() - start) / 1_000_000);
        } catch (IOException e) {
            throw new UncheckedIOException("reindex failed: " + e.getMessage(), e);
        }
    }

    /** The text a case is embedded by: claim, title (when it differs) and summary. */
    public static String passage(Case c) {
        return CaseDocument.passage(c);
    }

    /** How many cases the index holds. */
    public int size() {
        return index.numDocs();
    }

    /** The store sequence number the index reflects. */
    public long indexedSeq() {
        return index.lastSeq();
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
        index.close();
    }

    private static void deleteTree(Path p) throws IOException {
        if (!Files.exists(p)) return;
        try (Stream<Path> walk = Files.walk(p)) {
            for (Path f : walk.sorted(Comparator.reverseOrder()).toList()) Files.delete(f);
        }
    }
}
