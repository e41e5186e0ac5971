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
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.TermQuery;
import org.menagerie.search.SearchResult.Hit;

/**
 * The embedded engine: a Lucene index in one directory of the workspace. A rebuild writes a sibling directory and
 * swaps it in, so that searches go on meanwhile.
 */
public final class LuceneIndex implements SearchEngine {
    private final Path dir;
    private final Analyzer analyzer = LanguageAnalyzers.perField();
    private final Searching searching;
    private final HnswSettings hnsw;
    private volatile SearchIndex index;

    private LuceneIndex(Path dir, SearchSettings settings) {
        this.dir = dir;
        this.hnsw = settings.hnsw();
        this.searching = new Searching(analyzer, settings);
        this.index = SearchIndex.open(dir, false, hnsw);
    }

    /** Opens (or creates) the index in {@code dir}. */
    public static LuceneIndex open(Path dir, SearchSettings settings) {
        return new LuceneIndex(dir, settings);
    }

    @Override
    public long lastSeq() {
        return index.lastSeq();
    }

    @Override
    public boolean currentSchema() {
        return index.currentSchema();
    }

    @Override
    public void write(List<Entry> put, Collection<String> delete) {
        try {
            for (String id : delete) index.delete(id);
            for (Entry e : put) index.put(e.value().id(), document(e));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot update the search index: " + e.getMessage(), e);
        }
    }

    @Override
    public void commit(long seq) {
        try {
            index.commit(seq);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot commit the search index: " + e.getMessage(), e);
        }
    }

    private static org.apache.lucene.document.Document document(Entry e) {
        return CaseDocument.of(e.value(), e.vector(), e.vectorKey(), e.stamp());
    }

    @Override
    public Map<String, StoredVector> vectors(Collection<String> ids) {
        SearchIndex.View view = index.acquire();
        try {
            Map<String, StoredVector> out = new HashMap<>();
            for (String id : ids) {
                StoredVector v = SearchIndex.vectorOf(view.searcher(), id);
                if (v != null) out.put(id, v);
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            index.release(view);
        }
    }

    @Override
    public synchronized Rebuild rebuild() {
        Path fresh = dir.resolveSibling(dir.getFileName() + ".new");
        try {
            deleteTree(fresh);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot clear " + fresh + ": " + e.getMessage(), e);
        }
        SearchIndex building = SearchIndex.open(fresh, true, hnsw);
        return new Rebuild() {
            private boolean open = true;

            @Override
            public void add(List<Entry> entries) {
                try {
                    for (Entry e : entries) building.add(document(e));
                } catch (IOException e) {
                    throw new UncheckedIOException("reindex failed: " + e.getMessage(), e);
                }
            }

            @Override
            public void finish(long seq) {
                try {
                    building.commit(seq);
                    building.close();
                    open = false;
                    swap(fresh);
                } catch (IOException e) {
                    throw new UncheckedIOException("reindex failed: " + e.getMessage(), e);
                }
            }

            @Override
            public void close() {
                if (open) building.close();
                open = false;
            }
        };
    }

    private synchronized void swap(Path fresh) throws IOException {
        index.close();
        Path retired = dir.resolveSibling(dir.getFileName() + ".old");
        deleteTree(retired);
        Files.move(dir, retired, StandardCopyOption.ATOMIC_MOVE);
        Files.move(fresh, dir, StandardCopyOption.ATOMIC_MOVE);
        index = SearchIndex.open(dir, false, hnsw);
        deleteTree(retired);
    }

    @Override
    public SearchResult search(SearchRequest request, Supplier<float[]> embed) {
        SearchIndex.View view = index.acquire();
        try {
            return searching.run(view, request, embed);
        } catch (IOException e) {
            throw new UncheckedIOException("search failed: " + e.getMessage(), e);
        } finally {
            index.release(view);
        }
    }

    @Override
    public List<ClaimCandidate> claimCandidates(String text, String language, float[] vector, int k, int depth) {
        SearchIndex.View view = index.acquire();
        try {
            return ClaimCandidates.find(view.searcher(), view.ids(), analyzer, text, language, vector, k, depth);
        } catch (IOException e) {
            throw new UncheckedIOException("candidate search failed: " + e.getMessage(), e);
        } finally {
            index.release(view);
        }
    }

    @Override
    public Map<String, Long> documentFrequencies(Collection<String> terms) {
        SearchIndex.View view = index.acquire();
        try {
            var reader = view.searcher().getIndexReader();
            Map<String, Long> out = new HashMap<>();
            out.put("", (long) reader.getDocCount(CaseDocument.TERMS));
            for (String t : terms) out.put(t, view.docFreqs().get(t, term -> docFreq(reader, term)));
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            index.release(view);
        }
    }

    private static long docFreq(org.apache.lucene.index.IndexReader reader, String term) {
        try {
            return reader.docFreq(new Term(CaseDocument.TERMS, term));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
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

    @Override
    public List<Hit> related(String caseId, int n) {
        SearchIndex.View view = index.acquire();
        try {
            return searching.hits(view.searcher(), Related.find(view.searcher(), analyzer, caseId, n), null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            index.release(view);
        }
    }

    @Override
    public long size() {
        return index.numDocs();
    }

    @Override
    public IndexHealth health() {
        try {
            index.numDocs();
            return IndexHealth.of(1, 1, "");
        } catch (RuntimeException e) {
            return IndexHealth.of(0, 1, String.valueOf(e.getMessage()));
        }
    }

    @Override
    public synchronized void close() {
        index.close();
    }

    private static void deleteTree(Path p) throws IOException {
        if (!Files.exists(p)) return;
        try (Stream<Path> walk = Files.walk(p)) {
            for (Path f : walk.sorted(Comparator.reverseOrder()).toList()) Files.delete(f);
        }
    }
}
