package org.menagerie.search;

import java.io.IOException;
import java.text.BreakIterator;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.FacetsCollectorManager;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetCounts;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.FieldDoc;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.KnnFloatVectorQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.MultiCollectorManager;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopFieldCollectorManager;
import org.apache.lucene.search.uhighlight.DefaultPassageFormatter;
import org.apache.lucene.search.uhighlight.LengthGoalBreakIterator;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.apache.lucene.util.BytesRef;
import org.menagerie.search.SearchRequest.Mode;
import org.menagerie.search.SearchResult.FacetCount;
import org.menagerie.search.SearchResult.Hit;

/** Runs one request against one view of the index: keyword, vector or hybrid ranking, facets, snippets, paging. */
final class Searching {
    /** How many candidates each ranking contributes to a fused one, at least. */
    static final int CANDIDATES = Fusion.CANDIDATES;
    static final Sort BY_RELEVANCE = new Sort(SortField.FIELD_SCORE, new SortField(CaseDocument.ID, SortField.Type.STRING));
    static final Sort BY_DATE = new Sort(new SortField(CaseDocument.DATE, SortField.Type.LONG, true),
            new SortField(CaseDocument.ID, SortField.Type.STRING));

    private final Analyzer analyzer;
    private final SearchSettings settings;

    Searching(Analyzer analyzer, SearchSettings settings) {
        this.analyzer = analyzer;
        this.settings = settings;
    }

    /** {@code embed} turns the query text into a vector; it is null when vectors are off. */
    SearchResult run(SearchIndex.View view, SearchRequest r, Supplier<float[]> embed) throws IOException {
        IndexSearcher searcher = view.searcher();
        Query keywords = KeywordQuery.parse(r.query(), LanguageAnalyzers.queryFields(r, settings), analyzer);
        Query filter = filter(r);
        Mode mode = r.ranking(keywords != null, embed != null && hasVectors(searcher));
        Query matches = and(keywords == null ? new MatchAllDocsQuery() : keywords, filter);
        int wanted = r.page() * r.size();

        List<Fusion.Scored> ranked;
        Collected c;
        if (mode == Mode.KEYWORD) {
            Sort sort = r.sort() == SearchRequest.Sort.DATE ? BY_DATE : BY_RELEVANCE;
            c = collect(view, matches, sort, wanted, r.facetLimit());
            ranked = scored(searcher, c.top());
        } else {
            float[] vector = r.vector() != null ? r.vector() : embed.get();
            int k = Math.max(CANDIDATES, wanted);
            // in hybrid ranking vectors only add cases close enough to the query: the nearest neighbours of "zzzqqq"
            // are no answer; vector mode, asked for by name, ranks the nearest whatever their distance
            List<Fusion.Scored> near = knn(searcher, vector, k, filter);
            if (mode == Mode.HYBRID) near = Fusion.aboveFloor(near, settings.vectorFloor());
            Query nearby = ids(near);
            if (mode == Mode.VECTOR) {
                c = collect(view, and(nearby, filter), BY_RELEVANCE, 1, r.facetLimit());
                ranked = near;
            } else {
                List<Fusion.Scored> lexical = scored(searcher, collect(view, matches, BY_RELEVANCE, k, 0).top());
                ranked = settings.fusion() == SearchSettings.Fusion.RRF ? Fusion.rrf(lexical, near)
                        : Fusion.weighted(lexical, near, settings.keywordWeight());
                Query either = new BooleanQuery.Builder().add(keywords, Occur.SHOULD).add(nearby, Occur.SHOULD).build();
                c = collect(view, and(either, filter), BY_RELEVANCE, 1, r.facetLimit());
            }
            if (r.sort() == SearchRequest.Sort.DATE) ranked = byDate(searcher, ranked);
        }
        // total and facets count the same set: every keyword match and every case vectors added
        long total = c.top().totalHits.value;
        List<Fusion.Scored> page = ranked.subList(Math.min(ranked.size(), wanted - r.size()), Math.min(ranked.size(), wanted));
        return new SearchResult(hits(searcher, page, keywords), total, r.page(), r.size(), c.facets(), c.estimated(), mode);
    }

    private static Query ids(List<Fusion.Scored> docs) {
        if (docs.isEmpty()) return new MatchNoDocsQuery();
        return new TermInSetQuery(CaseDocument.ID, docs.stream().map(d -> new BytesRef(d.id())).toList());
    }

    static List<Fusion.Scored> knn(IndexSearcher searcher, float[] vector, int k, Query filter) throws IOException {
        try {
            return scored(searcher, searcher.search(knnQuery(vector, k, filter), k));
        } catch (IllegalArgumentException e) {
            throw new QueryException("the index's vectors do not fit the embedding model (" + e.getMessage()
                    + "): run 'menagerie reindex' after changing the model");
        }
    }

    static ScoreDoc[] knnDocs(IndexSearcher searcher, float[] vector, int k, Query filter) throws IOException {
        try {
            return searcher.search(knnQuery(vector, k, filter), k).scoreDocs;
        } catch (IllegalArgumentException e) {
            throw new QueryException("the index's vectors do not fit the embedding model (" + e.getMessage()
                    + "): run 'menagerie reindex' after changing the model");
        }
    }

    private static Query knnQuery(float[] vector, int k, Query filter) {
        try {
            return new KnnFloatVectorQuery(CaseDocument.VECTOR, vector, k, filter);
        } catch (IllegalArgumentException e) {
            throw new QueryException("not a usable query vector: " + e.getMessage());
        }
    }

    private record Collected(TopDocs top, Map<String, List<FacetCount>> facets, boolean estimated) {}

    /** The top {@code n} of {@code query} and, in the same pass, its facet counts. */
    private static Collected collect(SearchIndex.View view, Query query, Sort sort, int n, int facetLimit) throws IOException {
        try {
            var both = view.searcher().search(query, new MultiCollectorManager(
                    new TopFieldCollectorManager(sort, n, null, Integer.MAX_VALUE), new FacetsCollectorManager()));
            FacetsCollector fc = (FacetsCollector) both[1];
            return new Collected((TopDocs) both[0], facets(view, fc, facetLimit),
                    facetLimit > 0 && FacetSample.matches(fc) > FacetSample.LIMIT);
        } catch (IllegalArgumentException e) {
            if (!(query instanceof KnnFloatVectorQuery) && !String.valueOf(e.getMessage()).contains("dimension")) throw e;
            throw new QueryException("the index's vectors do not fit the embedding model (" + e.getMessage()
                    + "): run 'menagerie reindex' after changing the model");
        }
    }

    static boolean hasVectors(IndexSearcher searcher) throws IOException {
        for (LeafReaderContext leaf : searcher.getIndexReader().leaves()) {
            if (leaf.reader().getFloatVectorValues(CaseDocument.VECTOR) != null) return true;
        }
        return false;
    }

    static Query filter(SearchRequest r) {
        BooleanQuery.Builder b = new BooleanQuery.Builder();
        boolean any = false;
        for (var e : r.filters().entrySet()) {
            BooleanQuery.Builder anyOf = new BooleanQuery.Builder();
            for (String v : e.getValue()) anyOf.add(new TermQuery(new Term(e.getKey(), CaseDocument.normal(v))), Occur.SHOULD);
            b.add(anyOf.build(), Occur.FILTER);
            any = true;
        }
        if (r.from() != null || r.to() != null) {
            long from = r.from() == null ? Long.MIN_VALUE + 1 : r.from().toEpochDay();
            long to = r.to() == null ? Long.MAX_VALUE : r.to().toEpochDay();
            b.add(LongPoint.newRangeQuery(CaseDocument.DATE, from, to), Occur.FILTER);
            any = true;
        }
        if (!r.drafts()) {
            b.add(new TermQuery(new Term(CaseDocument.STATUS, "DRAFT")), Occur.MUST_NOT);
            if (!any) b.add(new MatchAllDocsQuery(), Occur.FILTER);
            any = true;
        }
        return any ? b.build() : null;
    }

    static Query and(Query main, Query filter) {
        if (filter == null) return main;
        return new BooleanQuery.Builder().add(main, Occur.MUST).add(filter, Occur.FILTER).build();
    }

    private static Map<String, List<FacetCount>> facets(SearchIndex.View view, FacetsCollector fc, int limit) throws IOException {
        Map<String, List<FacetCount>> out = new LinkedHashMap<>();
        if (limit == 0 || view.facets() == null) return out;
        long matches = FacetSample.matches(fc);
        int step = (int) Math.max(1, (matches + FacetSample.LIMIT - 1) / FacetSample.LIMIT);
        FacetsCollector counted = step == 1 ? fc : FacetSample.every(fc, step);
        double scale = step == 1 ? 1 : (double) matches / Math.max(1, FacetSample.matches(counted));
        SortedSetDocValuesFacetCounts counts = new SortedSetDocValuesFacetCounts(view.facets(), counted);
        for (String dim : CaseDocument.DIMENSIONS) {
            List<FacetCount> values = new ArrayList<>();
            FacetResult result;
            try {
                result = counts.getTopChildren(limit, dim);
            } catch (IllegalArgumentException noSuchDimension) {
                result = null;
            }
            if (result != null) {
                for (var lv : result.labelValues) values.add(new FacetCount(lv.label, Math.round(lv.value.longValue() * scale)));
            }
            out.put(dim, values);
        }
        return out;
    }

    /** The hits with their case ids, read from doc values: far cheaper than stored fields for a hundred hits. */
    private static List<Fusion.Scored> scored(IndexSearcher searcher, TopDocs top) throws IOException {
        List<Fusion.Scored> out = new ArrayList<>(top.scoreDocs.length);
        List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
        for (ScoreDoc sd : top.scoreDocs) {
            LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(sd.doc, leaves));
            SortedDocValues ids = DocValues.getSorted(leaf.reader(), CaseDocument.ID);
            if (!ids.advanceExact(sd.doc - leaf.docBase)) throw new IllegalStateException("a document without an id");
            String id = ids.lookupOrd(ids.ordValue()).utf8ToString();
            float score = sd instanceof FieldDoc fd && fd.fields[0] instanceof Float f ? f : sd.score;
            out.add(new Fusion.Scored(sd.doc, id, Float.isNaN(score) ? 0 : score));
        }
        return out;
    }

    private static List<Fusion.Scored> byDate(IndexSearcher searcher, List<Fusion.Scored> ranked) throws IOException {
        Map<Fusion.Scored, Long> dates = new java.util.HashMap<>();
        var stored = searcher.storedFields();
        for (Fusion.Scored s : ranked) {
            var f = stored.document(s.doc(), java.util.Set.of(CaseDocument.DATE)).getField(CaseDocument.DATE);
            dates.put(s, f == null ? Long.MIN_VALUE : f.numericValue().longValue());
        }
        List<Fusion.Scored> out = new ArrayList<>(ranked);
        out.sort(Comparator.comparing((Fusion.Scored s) -> dates.get(s)).reversed().thenComparing(Fusion.Scored::id));
        return out;
    }

    List<Hit> hits(IndexSearcher searcher, List<Fusion.Scored> page, Query keywords) throws IOException {
        if (page.isEmpty()) return List.of();
        int[] docs = page.stream().mapToInt(Fusion.Scored::doc).toArray();
        String[] fields = LanguageAnalyzers.fields().toArray(String[]::new);
        int[] passages = new int[fields.length];
        java.util.Arrays.fill(passages, 1);
        UnifiedHighlighter highlighter = UnifiedHighlighter.builder(searcher, analyzer)
                .withFormatter(new DefaultPassageFormatter("<b>", "</b>", " … ", true))
                .withBreakIterator(() -> LengthGoalBreakIterator.createClosestToLength(
                        BreakIterator.getSentenceInstance(Locale.ROOT), 200, 0.5f))
                .build();
        Query highlight = keywords == null ? new MatchAllDocsQuery() : keywords;
        Map<String, String[]> snippets = highlighter.highlightFields(fields, highlight, docs, passages);
        List<Hit> hits = new ArrayList<>(page.size());
        var stored = searcher.storedFields();
        for (int i = 0; i < page.size(); i++) {
            Document d = stored.document(docs[i]);
            String snippet = null;
            for (String f : fields) if (snippet == null && snippets.get(f)[i] != null) snippet = snippets.get(f)[i];
            var date = d.getField(CaseDocument.DATE);
            hits.add(new Hit(d.get(CaseDocument.ID), d.get(CaseDocument.TITLE), d.get(CaseDocument.CLAIM),
                    d.get(CaseDocument.VERDICT), d.get(CaseDocument.LANGUAGE),
                    date == null || date.numericValue().longValue() == CaseDocument.NO_DATE ? null : LocalDate.ofEpochDay(date.numericValue().longValue()), page.get(i).score(), snippet));
        }
        return hits;
    }
}
