package org.menagerie.search.solr;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.solr.client.solrj.SolrQuery;
import org.apache.solr.client.solrj.response.FacetField;
import org.apache.solr.client.solrj.response.QueryResponse;
import org.apache.solr.client.solrj.util.ClientUtils;
import org.apache.solr.common.SolrDocument;
import org.menagerie.archive.ArchiveQuery;
import org.menagerie.archive.ArchiveResult;
import org.menagerie.archive.ArchiveResult.Count;
import org.menagerie.archive.ArchiveResult.Hit;
import org.menagerie.search.CaseDocument;
import org.menagerie.search.LanguageAnalyzers;

/** Runs one archive query in one Solr request: BM25 or date order, filters, facets and snippets, as the embedded archive does. */
final class SolrArchiveSearching {
    static final int OUTLETS = 20, LANGUAGES = 10, STORIES = 10, DATES = 1000;
    private static final String HIT_FIELDS = String.join(",", CaseDocument.ID, CaseDocument.TITLE, CaseDocument.OUTLET,
            SolrArticles.URL, CaseDocument.LANGUAGE, SolrArticles.STORY, SolrArticles.PUBLISHED, SolrArticles.FETCHED, "score");

    private final SolrArchive index;

    SolrArchiveSearching(SolrArchive index) {
        this.index = index;
    }

    ArchiveResult run(ArchiveQuery r) {
        List<String> fields = r.queryLanguage() == null ? LanguageAnalyzers.fields() : List.of(LanguageAnalyzers.field(r.queryLanguage()));
        String keywords = SolrQueries.keywords(r.text(), fields);
        SolrQuery q = new SolrQuery(keywords == null ? "*:*" : keywords);
        q.set("q.op", "OR");
        q.setFilterQueries(filters(r).toArray(String[]::new));
        q.setRows(r.size());
        q.setStart((r.page() - 1) * r.size());
        q.setFields(HIT_FIELDS);
        if (r.sort() == ArchiveQuery.Sort.DATE) q.setSort(SolrArticles.TIME, SolrQuery.ORDER.desc);
        else q.setSort("score", SolrQuery.ORDER.desc);
        q.addSort(SolrArticles.NUMBER, SolrQuery.ORDER.desc);
        String dateField = r.per() == ArchiveQuery.Per.DAY ? SolrArticles.DAY : SolrArticles.MONTH;
        q.setFacet(true).setFacetMinCount(1).addFacetField(CaseDocument.OUTLET, CaseDocument.LANGUAGE, dateField, SolrArticles.STORY);
        q.set("f." + CaseDocument.OUTLET + ".facet.limit", OUTLETS);
        q.set("f." + CaseDocument.LANGUAGE + ".facet.limit", LANGUAGES);
        q.set("f." + dateField + ".facet.limit", DATES);
        q.set("f." + dateField + ".facet.sort", "index");
        q.set("f." + SolrArticles.STORY + ".facet.limit", STORIES);
        // a story of one article says nothing, as in the embedded archive
        q.set("f." + SolrArticles.STORY + ".facet.mincount", 2);
        SolrSearching.highlight(q, keywords == null ? "*:*" : keywords);
        q.set("hl.fl", String.join(",", fields));
        QueryResponse res = index.query(q);
        List<Hit> hits = new ArrayList<>();
        for (SolrDocument d : res.getResults()) hits.add(hit(d, r.sort(), SolrSearching.snippet(res, (String) d.getFieldValue(CaseDocument.ID))));
        Map<String, List<Count>> facets = new LinkedHashMap<>();
        facets.put(ArchiveResult.OUTLET, counts(res, CaseDocument.OUTLET));
        facets.put(ArchiveResult.LANGUAGE, counts(res, CaseDocument.LANGUAGE));
        List<Count> dates = new ArrayList<>(counts(res, dateField));
        dates.sort(Comparator.comparing(Count::value));
        facets.put(ArchiveResult.DATE, dates);
        facets.put(ArchiveResult.STORY, counts(res, SolrArticles.STORY));
        return new ArchiveResult(hits, res.getResults().getNumFound(), r.page(), r.size(), facets);
    }

    private static List<String> filters(ArchiveQuery r) {
        List<String> fq = new ArrayList<>();
        fq.add(SolrArticles.ARTICLES);
        anyOf(fq, CaseDocument.OUTLET, r.outlets());
        anyOf(fq, CaseDocument.LANGUAGE, r.languages());
        if (r.story() > 0) fq.add(SolrArticles.STORY + ":" + r.story());
        if (r.from() != null || r.to() != null) {
            fq.add(CaseDocument.DATE + ":[" + (r.from() == null ? "*" : r.from().toEpochDay()) + " TO "
                    + (r.to() == null ? "*" : r.to().toEpochDay()) + "]");
        }
        return fq;
    }

    private static void anyOf(List<String> fq, String dim, List<String> values) {
        if (values.isEmpty()) return;
        fq.add(dim + SolrDocuments.FILTER + ":(" + values.stream().map(v -> ClientUtils.escapeQueryChars(CaseDocument.normal(v)))
                .collect(Collectors.joining(" OR ")) + ")");
    }

    private static List<Count> counts(QueryResponse res, String field) {
        FacetField f = res.getFacetField(field);
        List<Count> out = new ArrayList<>();
        if (f != null && f.getValues() != null) for (FacetField.Count c : f.getValues()) out.add(new Count(c.getName(), c.getCount()));
        return out;
    }

    private static Hit hit(SolrDocument d, ArchiveQuery.Sort sort, String snippet) {
        Instant published = SolrArticles.instant(d.getFieldValue(SolrArticles.PUBLISHED));
        Instant time = published != null ? published : SolrArticles.instant(d.getFieldValue(SolrArticles.FETCHED));
        LocalDate date = time.atOffset(ZoneOffset.UTC).toLocalDate();
        String language = (String) d.getFirstValue(CaseDocument.LANGUAGE);
        float score = sort == ArchiveQuery.Sort.DATE || d.getFieldValue("score") == null ? 0 : ((Number) d.getFieldValue("score")).floatValue();
        return new Hit(Long.parseLong((String) d.getFieldValue(CaseDocument.ID)), (String) d.getFirstValue(CaseDocument.TITLE),
                (String) d.getFirstValue(CaseDocument.OUTLET), (String) d.getFirstValue(SolrArticles.URL), date, published,
                SolrArticles.UNKNOWN_LANGUAGE.equals(language) ? null : language,
                ((Number) d.getFieldValue(SolrArticles.STORY)).longValue(), score, snippet, List.of());
    }
}
