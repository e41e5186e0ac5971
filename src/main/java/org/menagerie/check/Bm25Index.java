package org.menagerie.check;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.menagerie.catalog.Case;

/** An in-memory Lucene index of cases' text (claim, title, summary) scored by BM25 with English stemming. */
final class Bm25Index {
    static final String TEXT = "text";
    private final Analyzer analyzer = new EnglishAnalyzer();
    private final IndexSearcher searcher;

    Bm25Index(List<Case> cases) {
        ByteBuffersDirectory dir = new ByteBuffersDirectory();
        try (IndexWriter w = new IndexWriter(dir, new IndexWriterConfig(analyzer))) {
            for (int i = 0; i < cases.size(); i++) {
                Document d = new Document();
                d.add(new StoredField("ord", i));
                d.add(new TextField(TEXT, CaseText.passage(cases.get(i)), Field.Store.NO));
                w.addDocument(d);
            }
            w.forceMerge(1);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        try {
            searcher = new IndexSearcher(DirectoryReader.open(dir));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Case ordinal to BM25 score for the best {@code k} cases; the ordinal is the index in the constructor's list. */
    Map<Integer, Double> search(String text, int k) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (String t : Terms.analyzed(analyzer, text)) counts.merge(t, 1, Integer::sum);
        if (counts.isEmpty()) return Map.of();
        BooleanQuery.Builder b = new BooleanQuery.Builder();
        int clauses = 0;
        for (var e : counts.entrySet()) {
            if (clauses++ >= IndexSearcher.getMaxClauseCount()) break;
            Query q = new TermQuery(new Term(TEXT, e.getKey()));
            b.add(e.getValue() == 1 ? q : new BoostQuery(q, e.getValue()), BooleanClause.Occur.SHOULD);
        }
        try {
            Map<Integer, Double> out = new HashMap<>();
            for (ScoreDoc sd : searcher.search(b.build(), k).scoreDocs) out.put(sd.doc, (double) sd.score);
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
