package org.menagerie.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.FloatVectorValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.KnnFloatVectorQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.VectorUtil;

/**
 * Candidate cases for a claim: the best by BM25 over the passages in the claim's language (each word weighted by how
 * often the claim repeats it) united with the nearest by vector, every one with both scores, as the checker's
 * re-ranker was trained on. Drafts are never proposed.
 */
final class ClaimCandidates {
    /** The nearest-neighbour search looks this deep and keeps the best {@code k}: HNSW misses fewer at a wider beam. */
    static final int KNN_DEPTH = 100;

    private ClaimCandidates() {}

    /**
     * @param depth how deep BM25 scores are looked up, so that most vector candidates get their keyword score too
     */
    static List<ClaimCandidate> find(IndexSearcher searcher, Memo<Integer, String> ids, Analyzer analyzer, String text,
                                     String language, float[] vector, int k, int depth) throws IOException {
        Query published = new BooleanQuery.Builder().add(new MatchAllDocsQuery(), Occur.FILTER)
                .add(new TermQuery(new Term(CaseDocument.STATUS, "DRAFT")), Occur.MUST_NOT).build();
        Map<Integer, Float> bm25 = new HashMap<>();
        List<Integer> keywordTop = new ArrayList<>();
        Query words = keywords(analyzer, CaseDocument.matchField(language), text);
        if (words != null) {
            ScoreDoc[] hits = searcher.search(Searching.and(words, published), Math.max(k, depth)).scoreDocs;
            for (ScoreDoc sd : hits) {
                bm25.put(sd.doc, sd.score);
                if (keywordTop.size() < k) keywordTop.add(sd.doc);
            }
        }
        Set<Integer> pool = new LinkedHashSet<>();
        if (vector != null && Searching.hasVectors(searcher)) {
            ScoreDoc[] near = Searching.knnDocs(searcher, vector, Math.max(k, KNN_DEPTH), published);
            for (int i = 0; i < Math.min(k, near.length); i++) pool.add(near[i].doc);
        }
        pool.addAll(keywordTop);
        List<ClaimCandidate> out = new ArrayList<>(pool.size());
        List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
        for (int doc : pool) {
            LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(doc, leaves));
            int local = doc - leaf.docBase;
            String id = ids.get(doc, d -> idOf(leaf, local));
            NumericDocValues stamps = DocValues.getNumeric(leaf.reader(), CaseDocument.STAMP);
            long stamp = stamps.advanceExact(local) ? stamps.longValue() : 0;
            double cosine = vector == null ? 0 : cosine(leaf, local, vector);
            out.add(new ClaimCandidate(id, stamp, bm25.getOrDefault(doc, 0f), cosine));
        }
        return out;
    }

    private static String idOf(LeafReaderContext leaf, int local) {
        try {
            SortedDocValues ids = DocValues.getSorted(leaf.reader(), CaseDocument.ID);
            if (!ids.advanceExact(local)) throw new IllegalStateException("a document without an id");
            return ids.lookupOrd(ids.ordValue()).utf8ToString();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static double cosine(LeafReaderContext leaf, int local, float[] vector) throws IOException {
        FloatVectorValues values = leaf.reader().getFloatVectorValues(CaseDocument.VECTOR);
        if (values == null || values.advance(local) != local) return 0;
        return VectorUtil.dotProduct(values.vectorValue(), vector);
    }

    /** The claim's analysed words as OR-ed term queries, a repeated word boosted by its count; null for no words. */
    static Query keywords(Analyzer analyzer, String field, String text) throws IOException {
        Map<String, Integer> counts = new LinkedHashMap<>();
        try (TokenStream ts = analyzer.tokenStream(field, text)) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            ts.reset();
            while (ts.incrementToken()) counts.merge(term.toString(), 1, Integer::sum);
            ts.end();
        }
        if (counts.isEmpty()) return null;
        BooleanQuery.Builder b = new BooleanQuery.Builder();
        int clauses = 0;
        for (var e : counts.entrySet()) {
            if (clauses++ >= IndexSearcher.getMaxClauseCount()) break;
            Query q = new TermQuery(new Term(field, e.getKey()));
            b.add(e.getValue() == 1 ? q : new BoostQuery(q, e.getValue()), Occur.SHOULD);
        }
        return b.build();
    }
}
