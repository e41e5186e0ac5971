package org.menagerie.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.apache.lucene.document.Document;
import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.FloatVectorValues;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.SearcherFactory;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.FSDirectory;

/**
 * The Lucene index in one directory: one writer, near-real-time searchers, and the store sequence number its last
 * commit reflects (kept in the commit's user data, so that a restart knows where to catch up from).
 */
final class SearchIndex implements AutoCloseable {
    static final String SEQ = "menagerie.seq";
    /** The document layout the index was written with; an index of another layout is rebuilt on open. */
    static final String SCHEMA = "menagerie.schema";
    static final String CURRENT_SCHEMA = "3";

    /** A searcher with the facet state built for its reader; both are replaced together on refresh. */
    /**
     * One point-in-time reader with what is worth keeping while it lives: facet state, and the document frequencies
     * and case ids the checker looks up again and again (every claim of a check asks for the rarity of its pool's
     * words, mostly the same ones, in every segment). A refresh makes a new view, so nothing cached goes stale.
     */
    record View(IndexSearcher searcher, SortedSetDocValuesReaderState facets, Memo<String, Long> docFreqs, Memo<Integer, String> ids) {}

    private final FSDirectory directory;
    private final IndexWriter writer;
    private final ExecutorService mergeWorkers;
    private final SearcherManager searchers;
    private volatile View view;

    private SearchIndex(FSDirectory directory, IndexWriter writer, ExecutorService mergeWorkers) throws IOException {
        this.directory = directory;
        this.writer = writer;
        this.mergeWorkers = mergeWorkers;
        this.searchers = new SearcherManager(writer, new SearcherFactory());
        this.view = viewOf(searchers.acquire());
    }

    /** Opens the index in {@code dir}, creating it if missing ({@code fresh}: always empty). */
    static SearchIndex open(Path dir, boolean fresh) {
        return open(dir, fresh, HnswSettings.defaults());
    }

    static SearchIndex open(Path dir, boolean fresh, HnswSettings hnsw) {
        return open(dir, fresh, 128, hnsw);
    }

    /** {@code ramBufferMB}: how much a writer buffers before it writes a segment (and that segment's HNSW graph). */
    static SearchIndex open(Path dir, boolean fresh, double ramBufferMB, HnswSettings hnsw) {
        ExecutorService mergeWorkers = hnsw.mergeThreads() > 1 ? Executors.newFixedThreadPool(hnsw.mergeThreads(), r -> {
            Thread t = new Thread(r, "hnsw-merge");
            t.setDaemon(true);
            return t;
        }) : null;
        try {
            FSDirectory directory = FSDirectory.open(dir);
            IndexWriterConfig config = new IndexWriterConfig(LanguageAnalyzers.perField())
                    .setOpenMode(fresh ? IndexWriterConfig.OpenMode.CREATE : IndexWriterConfig.OpenMode.CREATE_OR_APPEND)
                    .setRAMBufferSizeMB(ramBufferMB)
                    .setCodec(hnsw.codec(mergeWorkers));
            return new SearchIndex(directory, new IndexWriter(directory, config), mergeWorkers);
        } catch (IOException e) {
            if (mergeWorkers != null) mergeWorkers.shutdownNow();
            throw new UncheckedIOException("cannot open the search index in " + dir + ": " + e.getMessage(), e);
        }
    }

    /** The store sequence number the last commit reflects; 0 for a new index. */
    long lastSeq() {
        String seq = commitData(SEQ);
        return seq == null ? 0 : Long.parseLong(seq);
    }

    /** Whether the index was written with the current document layout (an empty index always is). */
    boolean currentSchema() {
        return numDocs() == 0 || CURRENT_SCHEMA.equals(commitData(SCHEMA));
    }

    private String commitData(String key) {
        Iterable<Map.Entry<String, String>> data = writer.getLiveCommitData();
        if (data != null) for (var e : data) if (e.getKey().equals(key)) return e.getValue();
        return null;
    }

    void put(String id, Document doc) throws IOException {
        writer.updateDocument(new Term(CaseDocument.ID, id), CaseDocument.FACETS.build(doc));
    }

    void add(Document doc) throws IOException {
        writer.addDocument(CaseDocument.FACETS.build(doc));
    }

    void delete(String id) throws IOException {
        writer.deleteDocuments(new Term(CaseDocument.ID, id));
    }

    /** Makes everything written so far durable, together with the store sequence it reflects, and visible. */
    void commit(long seq) throws IOException {
        writer.setLiveCommitData(Map.of(SEQ, Long.toString(seq), SCHEMA, CURRENT_SCHEMA).entrySet());
        writer.commit();
        refresh();
    }

    void refresh() throws IOException {
        if (searchers.maybeRefresh()) {
            View old = view;
            view = viewOf(searchers.acquire());
            searchers.release(old.searcher());
        }
    }

    /** The current view, held until {@link #release}: a refresh never closes a reader a search still reads. */
    View acquire() {
        while (true) {
            View v = view;
            if (v.searcher().getIndexReader().tryIncRef()) return v;
        }
    }

    void release(View v) {
        try {
            v.searcher().getIndexReader().decRef();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The stored vector of a case with its key, or null when the case has none. */
    static SearchEngine.StoredVector vectorOf(IndexSearcher searcher, String id) throws IOException {
        TopDocs top = searcher.search(new TermQuery(new Term(CaseDocument.ID, id)), 1);
        if (top.scoreDocs.length == 0) return null;
        int doc = top.scoreDocs[0].doc;
        LeafReaderContext leaf = searcher.getIndexReader().leaves().get(
                org.apache.lucene.index.ReaderUtil.subIndex(doc, searcher.getIndexReader().leaves()));
        FloatVectorValues values = leaf.reader().getFloatVectorValues(CaseDocument.VECTOR);
        if (values == null || values.advance(doc - leaf.docBase) != doc - leaf.docBase) return null;
        String key = searcher.storedFields().document(doc).get(CaseDocument.VECTOR_KEY);
        return new SearchEngine.StoredVector(key, values.vectorValue().clone());
    }

    int numDocs() {
        return view.searcher().getIndexReader().numDocs();
    }

    IndexWriter writer() {
        return writer;
    }

    @Override
    public void close() {
        try {
            searchers.release(view.searcher());
            searchers.close();
            writer.close();
            directory.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            if (mergeWorkers != null) mergeWorkers.shutdownNow();
        }
    }

    private static View viewOf(IndexSearcher searcher) throws IOException {
        DirectoryReader reader = (DirectoryReader) searcher.getIndexReader();
        SortedSetDocValuesReaderState state = reader.numDocs() == 0 ? null
                : new DefaultSortedSetDocValuesReaderState(reader, CaseDocument.FACETS);
        return new View(searcher, state, new Memo<>(), new Memo<>());
    }

}
