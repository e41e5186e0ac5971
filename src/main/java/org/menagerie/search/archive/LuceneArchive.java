package org.menagerie.search.archive;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherFactory;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.FSDirectory;
import org.menagerie.archive.ArchiveQuery;
import org.menagerie.archive.ArchiveResult;
import org.menagerie.archive.ArchivedArticle;
import org.menagerie.archive.ArticleIndex;
import org.menagerie.search.LanguageAnalyzers;

/**
 * The archive in a Lucene index of its own (the workspace's {@code archive} folder, beside the case index): one
 * writer, near-real-time searchers refreshed at each commit, and the newest article id in the commit's user data.
 */
public final class LuceneArchive implements ArticleIndex {
    static final String LAST_ID = "archive.lastId";

    /** A searcher with the facet state of its reader, replaced together. */
    record View(IndexSearcher searcher, SortedSetDocValuesReaderState facets) {}

    private final FSDirectory directory;
    private final IndexWriter writer;
    private final SearcherManager searchers;
    private final ArchiveSearching searching = new ArchiveSearching();
    private volatile View view;

    private LuceneArchive(FSDirectory directory, IndexWriter writer) throws IOException {
        this.directory = directory;
        this.writer = writer;
        this.searchers = new SearcherManager(writer, new SearcherFactory());
        this.view = viewOf(searchers.acquire());
    }

    /** Opens (or creates) the archive's index in {@code dir}. */
    public static LuceneArchive open(Path dir) {
        try {
            FSDirectory directory = FSDirectory.open(dir);
            IndexWriterConfig config = new IndexWriterConfig(LanguageAnalyzers.perField())
                    .setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND).setRAMBufferSizeMB(64);
            return new LuceneArchive(directory, new IndexWriter(directory, config));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot open the article index in " + dir + ": " + e.getMessage(), e);
        }
    }

    @Override
    public long lastId() {
        Iterable<Map.Entry<String, String>> data = writer.getLiveCommitData();
        if (data != null) for (var e : data) if (e.getKey().equals(LAST_ID)) return Long.parseLong(e.getValue());
        return 0;
    }

    @Override
    public void write(List<ArchivedArticle> articles) {
        try {
            for (ArchivedArticle a : articles) {
                writer.updateDocument(new Term(ArticleDocument.ID, String.valueOf(a.id())), ArticleDocument.FACETS.build(ArticleDocument.of(a)));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot update the article index: " + e.getMessage(), e);
        }
    }

    @Override
    public synchronized void commit(long lastId) {
        try {
            writer.setLiveCommitData(Map.of(LAST_ID, Long.toString(lastId)).entrySet());
            writer.commit();
            if (searchers.maybeRefresh()) {
                View old = view;
                view = viewOf(searchers.acquire());
                searchers.release(old.searcher());
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot commit the article index: " + e.getMessage(), e);
        }
    }

    @Override
    public ArchiveResult search(ArchiveQuery query) {
        View v = acquire();
        try {
            return searching.run(v, query);
        } catch (IOException e) {
            throw new UncheckedIOException("article search failed: " + e.getMessage(), e);
        } finally {
            release(v);
        }
    }

    @Override
    public List<Long> textBefore(Instant cutoff, int limit) {
        View v = acquire();
        try {
            BooleanQuery q = new BooleanQuery.Builder()
                    .add(new TermQuery(new Term(ArticleDocument.HAS_TEXT, "1")), Occur.FILTER)
                    .add(LongPoint.newRangeQuery(ArticleDocument.FETCHED, Long.MIN_VALUE, cutoff.toEpochMilli() - 1), Occur.FILTER)
                    .build();
            List<Long> ids = new ArrayList<>();
            var stored = v.searcher().storedFields();
            for (ScoreDoc sd : v.searcher().search(q, limit).scoreDocs) {
                ids.add(Long.parseLong(stored.document(sd.doc, java.util.Set.of(ArticleDocument.ID)).get(ArticleDocument.ID)));
            }
            return ids;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            release(v);
        }
    }

    @Override
    public long size() {
        return view.searcher().getIndexReader().numDocs();
    }

    @Override
    public long bytes() {
        try {
            long total = 0;
            for (String f : directory.listAll()) {
                try {
                    total += directory.fileLength(f);
                } catch (java.nio.file.NoSuchFileException merged) {
                    // a merge removed it meanwhile
                }
            }
            return total;
        } catch (IOException e) {
            return -1;
        }
    }

    /** The current view, held until {@link #release}: a refresh never closes a reader a search still reads. */
    private View acquire() {
        while (true) {
            View v = view;
            if (v.searcher().getIndexReader().tryIncRef()) return v;
        }
    }

    private static void release(View v) {
        try {
            v.searcher().getIndexReader().decRef();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static View viewOf(IndexSearcher searcher) throws IOException {
        DirectoryReader reader = (DirectoryReader) searcher.getIndexReader();
        return new View(searcher, reader.numDocs() == 0 ? null : new DefaultSortedSetDocValuesReaderState(reader, ArticleDocument.FACETS));
    }

    @Override
    public synchronized void close() {
        try {
            searchers.release(view.searcher());
            searchers.close();
            writer.close();
            directory.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
