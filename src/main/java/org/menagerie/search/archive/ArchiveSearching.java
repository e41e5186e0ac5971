package org.menagerie.search.archive;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.FacetsCollectorManager;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetCounts;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.MultiCollectorManager;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopFieldCollectorManager;
import org.menagerie.archive.ArchiveQuery;
import org.menagerie.archive.ArchiveResult;
import org.menagerie.archive.ArchiveResult.Count;
import org.menagerie.search.CaseDocument;
import org.menagerie.search.KeywordQuery;
import org.menagerie.search.LanguageAnalyzers;

/** Runs one archive query on one view: BM25 or date order, filters, facets counted in the same pass, then the page's hits. */
final class ArchiveSearching {
    static final int OUTLETS = 20, LANGUAGES = 10, STORIES = 10, DATES = 1000;
    private static final SortField NEWEST_ID = new SortField(ArticleDocument.NUMBER, SortField.Type.LONG, true);
    static final Sort BY_RELEVANCE = new Sort(SortField.FIELD_SCORE, NEWEST_ID);
    static final Sort BY_DATE = new Sort(new SortField(ArticleDocument.TIME, SortField.Type.LONG, true), NEWEST_ID);

    private final Analyzer analyzer = LanguageAnalyzers.perField();
    private final ArchiveHits hits = new ArchiveHits(analyzer);

    ArchiveResult run(LuceneArchive.View view, ArchiveQuery q) throws IOException {
        List<String> fields = q.queryLanguage() == null ? LanguageAnalyzers.fields() : List.of(LanguageAnalyzers.field(q.queryLanguage()));
        Query keywords = KeywordQuery.parse(q.text(), fields, analyzer);
        Query matches = and(keywords == null ? new MatchAllDocsQuery() : keywords, filter(q));
        int wanted = q.page() * q.size();
        Sort sort = q.sort() == ArchiveQuery.Sort.DATE ? BY_DATE : BY_RELEVANCE;
        Object[] both = view.searcher().search(matches, new MultiCollectorManager(
                new TopFieldCollectorManager(sort, wanted, null, Integer.MAX_VALUE), new FacetsCollectorManager()));
        TopDocs top = (TopDocs) both[0];
        FacetsCollector fc = (FacetsCollector) both[1];
        int from = Math.min(top.scoreDocs.length, wanted - q.size());
        var page = java.util.Arrays.asList(top.scoreDocs).subList(from, top.scoreDocs.length);
        return new ArchiveResult(hits.of(view.searcher(), page, fields, keywords), top.totalHits.value, q.page(), q.size(),
                facets(view, fc, q.per()));
    }

    static Query filter(ArchiveQuery q) {
        BooleanQuery.Builder b = new BooleanQuery.Builder();
        boolean any = anyOf(b, ArticleDocument.OUTLET + ArticleDocument.FILTER, q.outlets());
        any |= anyOf(b, ArticleDocument.LANGUAGE + ArticleDocument.FILTER, q.languages());
        if (q.story() > 0) {
            b.add(LongPoint.newExactQuery(ArticleDocument.STORY, q.story()), Occur.FILTER);
            any = true;
        }
        if (q.from() != null || q.to() != null) {
            long from = q.from() == null ? Long.MIN_VALUE : q.from().toEpochDay();
            long to = q.to() == null ? Long.MAX_VALUE : q.to().toEpochDay();
            b.add(LongPoint.newRangeQuery(ArticleDocument.DAY, from, to), Occur.FILTER);
            any = true;
        }
        return any ? b.build() : null;
    }

    private static boolean anyOf(BooleanQuery.Builder b, String field, List<String> values) {
        if (values.isEmpty()) return false;
        BooleanQuery.Builder or = new BooleanQuery.Builder();
        for (String v : values) or.add(new TermQuery(new Term(field, CaseDocument.normal(v))), Occur.SHOULD);
        b.add(or.build(), Occur.FILTER);
        return true;
    }

    private static Query and(Query main, Query filter) {
        if (filter == null) return main;
        return new BooleanQuery.Builder().add(main, Occur.MUST).add(filter, Occur.FILTER).build();
    }

    private static Map<String, List<Count>> facets(LuceneArchive.View view, FacetsCollector fc, ArchiveQuery.Per per) throws IOException {
        Map<String, List<Count>> out = new LinkedHashMap<>();
        for (String dim : ArchiveResult.DIMENSIONS) out.put(dim, List.of());
        if (view.facets() == null) return out;
        SortedSetDocValuesFacetCounts counts = new SortedSetDocValuesFacetCounts(view.facets(), fc);
        out.put(ArchiveResult.OUTLET, top(counts, ArticleDocument.F_OUTLET, OUTLETS));
        out.put(ArchiveResult.LANGUAGE, top(counts, ArticleDocument.F_LANGUAGE, LANGUAGES));
        List<Count> dates = new ArrayList<>(top(counts, per == ArchiveQuery.Per.DAY ? ArticleDocument.F_DAY : ArticleDocument.F_MONTH, DATES));
        dates.sort(Comparator.comparing(Count::value));
        out.put(ArchiveResult.DATE, dates);
        out.put(ArchiveResult.STORY, stories(fc));
        return out;
    }

    private static List<Count> top(SortedSetDocValuesFacetCounts counts, String dim, int n) throws IOException {
        FacetResult r;
        try {
            r = counts.getTopChildren(n, dim);
        } catch (IllegalArgumentException noSuchDimension) {
            return List.of();
        }
        List<Count> out = new ArrayList<>();
        if (r != null) for (var lv : r.labelValues) out.add(new Count(lv.label, lv.value.longValue()));
        return out;
    }

    /**
     * The stories most matches belong to, counted from each match's story number: a story is one value per handful
     * of articles, too many for facet ordinals. A story of one article says nothing, so only those of two or more.
     */
    private static List<Count> stories(FacetsCollector fc) throws IOException {
        Map<Long, Long> counts = new HashMap<>();
        for (FacetsCollector.MatchingDocs md : fc.getMatchingDocs()) {
            NumericDocValues story = md.context.reader().getNumericDocValues(ArticleDocument.STORY);
            DocIdSetIterator it = md.bits.iterator();
            if (story == null || it == null) continue;
            for (int doc = it.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = it.nextDoc()) {
                if (story.advanceExact(doc)) counts.merge(story.longValue(), 1L, Long::sum);
            }
        }
        return counts.entrySet().stream().filter(e -> e.getValue() > 1)
                .sorted(Map.Entry.<Long, Long>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .limit(STORIES).map(e -> new Count(String.valueOf(e.getKey()), e.getValue())).toList();
    }
}
