package org.menagerie.search.solr;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.apache.solr.client.solrj.SolrQuery;
import org.apache.solr.client.solrj.response.FacetField;
import org.apache.solr.client.solrj.response.QueryResponse;
import org.apache.solr.common.SolrDocument;
import org.menagerie.search.CaseDocument;
import org.menagerie.search.Fusion;
import org.menagerie.search.LanguageAnalyzers;
import org.menagerie.search.SearchRequest;
import org.menagerie.search.SearchRequest.Mode;
import org.menagerie.search.SearchResult;
import org.menagerie.search.SearchResult.FacetCount;
import org.menagerie.search.SearchResult.Hit;
import org.menagerie.search.SearchSettings;

/**
 * Runs one request against the collection as the embedded index runs it: keyword ranking in Solr; vector and hybrid
 * ranking from Solr's kNN and BM25 candidates fused here the same way; facets and totals over the same set; snippets
 * from Solr's unified highlighter.
 */
final class SolrSearching {
    private static final String HIT_FIELDS = String.join(",", CaseDocument.ID, CaseDocument.TITLE, CaseDocument.CLAIM,
            CaseDocument.VERDICT, CaseDocument.LANGUAGE, CaseDocument.DATE);

    private final SolrIndex index;
    private final SearchSettings settings;

    SolrSearching(SolrIndex index, SearchSettings settings) {
        this.index = index;
        this.settings = settings;
    }

    SearchResult run(SearchRequest r, Supplier<float[]> embed) {
        String keywords = SolrQueries.keywords(r.query(), LanguageAnalyzers.queryFields(r, settings));
        List<String> filters = SolrQueries.filters(r);
        Mode mode = r.ranking(keywords != null, embed != null && index.hasVectors());
        int wanted = r.page() * r.size();
        if (mode == Mode.KEYWORD) {
            SolrQuery q = query(keywords == null ? "*:*" : keywords, filters, r.size());
            q.setStart(wanted - r.size());
            q.setFields(HIT_FIELDS + ",score");
            if (r.sort() == SearchRequest.Sort.DATE) q.setSort(CaseDocument.DATE, SolrQuery.ORDER.desc);
            else q.setSort("score", SolrQuery.ORDER.desc);
            q.addSort(CaseDocument.ID, SolrQuery.ORDER.asc);
            facets(q, r.facetLimit());
            highlight(q, null);
            QueryResponse res = index.query(q);
            List<Hit> hits = new ArrayList<>();
            for (SolrDocument d : res.getResults()) {
                float score = r.sort() == SearchRequest.Sort.DATE ? 0 : ((Number) d.getFieldValue("score")).floatValue();
                hits.add(hit(d, score, snippet(res, (String) d.getFieldValue(CaseDocument.ID))));
            }
            return new SearchResult(hits, res.getResults().getNumFound(), r.page(), r.size(), facets(res, r.facetLimit()), false, mode);
        }
        float[] vector = r.vector() != null ? r.vector() : embed.get();
        int k = Math.max(Fusion.CANDIDATES, wanted);
        Map<String, Long> dates = new HashMap<>();
        SolrQuery nearest = query(SolrQueries.knn(vector, k), filters, k);
        nearest.setFields(CaseDocument.ID, CaseDocument.DATE, "score");
        if (mode == Mode.VECTOR) facets(nearest, r.facetLimit());
        QueryResponse knn = index.query(nearest);
        // in hybrid ranking vectors only add cases close enough to the query; vector mode ranks the nearest whatever
        // their distance (see the embedded index)
        List<Fusion.Scored> near = scored(knn, dates);
        if (mode == Mode.HYBRID) near = Fusion.aboveFloor(near, settings.vectorFloor());
        List<Fusion.Scored> ranked;
        long total;
        Map<String, List<FacetCount>> facets;
        if (mode == Mode.VECTOR) {
            ranked = near;
            total = knn.getResults().getNumFound();
            facets = facets(knn, r.facetLimit());
        } else {
            SolrQuery lexical = query(keywords, filters, k);
            lexical.setFields(CaseDocument.ID, CaseDocument.DATE, "score");
            lexical.setSort("score", SolrQuery.ORDER.desc).addSort(CaseDocument.ID, SolrQuery.ORDER.asc);
            List<Fusion.Scored> words = scored(index.query(lexical), dates);
            ranked = settings.fusion() == SearchSettings.Fusion.RRF ? Fusion.rrf(words, near)
                    : Fusion.weighted(words, near, settings.keywordWeight());
            String either = near.isEmpty() ? keywords
                    : "(" + keywords + ") OR " + SolrQueries.ids(near.stream().map(Fusion.Scored::id).toList());
            SolrQuery counted = query(either, filters, 0);
            facets(counted, r.facetLimit());
            QueryResponse all = index.query(counted);
            total = all.getResults().getNumFound();
            facets = facets(all, r.facetLimit());
        }
        if (r.sort() == SearchRequest.Sort.DATE) {
            ranked = new ArrayList<>(ranked);
            ranked.sort(Comparator.comparing((Fusion.Scored s) -> dates.getOrDefault(s.id(), Long.MIN_VALUE)).reversed()
                    .thenComparing(Fusion.Scored::id));
        }
        List<Fusion.Scored> page = ranked.subList(Math.min(ranked.size(), wanted - r.size()), Math.min(ranked.size(), wanted));
        return new SearchResult(hits(page, keywords), total, r.page(), r.size(), facets, false, mode);
    }

    /** The stored fields and snippets of {@code page}, in its order, with its scores. */
    List<Hit> hits(List<Fusion.Scored> page, String keywords) {
        if (page.isEmpty()) return List.of();
        SolrQuery q = query(SolrQueries.ids(page.stream().map(Fusion.Scored::id).toList()), List.of(SolrQueries.CASES), page.size());
        q.setFields(HIT_FIELDS);
        highlight(q, keywords == null ? "*:*" : keywords);
        QueryResponse res = index.query(q);
        Map<String, SolrDocument> byId = new HashMap<>();
        for (SolrDocument d : res.getResults()) byId.put((String) d.getFieldValue(CaseDocument.ID), d);
        List<Hit> hits = new ArrayList<>(page.size());
        for (Fusion.Scored s : page) {
            SolrDocument d = byId.get(s.id());
            if (d != null) hits.add(hit(d, s.score(), snippet(res, s.id())));
        }
        return hits;
    }

    private static SolrQuery query(String q, List<String> filters, int rows) {
        SolrQuery query = new SolrQuery(q);
        query.set("q.op", "OR");
        query.setFilterQueries(filters.toArray(String[]::new));
        query.setRows(rows);
        return query;
    }

    private static List<Fusion.Scored> scored(QueryResponse res, Map<String, Long> dates) {
        List<Fusion.Scored> out = new ArrayList<>();
        for (SolrDocument d : res.getResults()) {
            String id = (String) d.getFieldValue(CaseDocument.ID);
            Object date = d.getFieldValue(CaseDocument.DATE);
            if (date != null) dates.put(id, ((Number) date).longValue());
            out.add(new Fusion.Scored(-1, id, ((Number) d.getFieldValue("score")).floatValue()));
        }
        return out;
    }

    private static void facets(SolrQuery q, int limit) {
        if (limit == 0) return;
        q.setFacet(true).setFacetLimit(limit).setFacetMinCount(1).setFacetSort("count");
        q.addFacetField(CaseDocument.DIMENSIONS.toArray(String[]::new));
    }

    private static Map<String, List<FacetCount>> facets(QueryResponse res, int limit) {
        Map<String, List<FacetCount>> out = new LinkedHashMap<>();
        if (limit == 0 || res.getFacetFields() == null) return out;
        for (String dim : CaseDocument.DIMENSIONS) {
            List<FacetCount> values = new ArrayList<>();
            FacetField f = res.getFacetField(dim);
            if (f != null) for (FacetField.Count c : f.getValues()) values.add(new FacetCount(c.getName(), c.getCount()));
            out.put(dim, values);
        }
        return out;
    }

    /** Snippets as the embedded index makes them: the best sentence-bounded passage near 200 characters, HTML-escaped. */
    static void highlight(SolrQuery q, String highlightQuery) {
        q.setHighlight(true);
        q.set("hl.method", "unified");
        q.set("hl.fl", String.join(",", LanguageAnalyzers.fields()));
        if (highlightQuery != null) q.set("hl.q", highlightQuery);
        q.set("hl.qparser", "lucene");
        q.set("hl.q.op", "OR");
        q.set("hl.snippets", 1);
        q.set("hl.tag.pre", "<b>");
        q.set("hl.tag.post", "</b>");
        q.set("hl.tag.ellipsis", " … ");
        q.set("hl.encoder", "html");
        q.set("hl.bs.type", "SENTENCE");
        q.set("hl.bs.language", "");
        q.set("hl.fragsize", 200);
        q.set("hl.fragsizeIsMinimum", false);
        q.set("hl.requireFieldMatch", true);
        q.set("hl.defaultSummary", true);
    }

    static String snippet(QueryResponse res, String id) {
        Map<String, List<String>> byField = res.getHighlighting() == null ? null : res.getHighlighting().get(id);
        if (byField == null) return null;
        for (String f : LanguageAnalyzers.fields()) {
            List<String> s = byField.get(f);
            if (s != null && !s.isEmpty()) return s.get(0);
        }
        return null;
    }

    private static Hit hit(SolrDocument d, float score, String snippet) {
        Object date = d.getFieldValue(CaseDocument.DATE);
        long day = date == null ? CaseDocument.NO_DATE : ((Number) date).longValue();
        return new Hit((String) d.getFieldValue(CaseDocument.ID), (String) d.getFirstValue(CaseDocument.TITLE),
                (String) d.getFirstValue(CaseDocument.CLAIM), (String) d.getFirstValue(CaseDocument.VERDICT),
                (String) d.getFirstValue(CaseDocument.LANGUAGE), day == CaseDocument.NO_DATE ? null : LocalDate.ofEpochDay(day),
                score, snippet);
    }
}
