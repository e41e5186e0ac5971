package org.menagerie.search.solr;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.apache.solr.common.SolrInputDocument;
import org.menagerie.catalog.Appearance;
import org.menagerie.catalog.Case;
import org.menagerie.search.CaseDocument;
import org.menagerie.search.LanguageAnalyzers;
import org.menagerie.search.SearchEngine;

/**
 * How a case becomes a Solr document, field for field as in the embedded index ({@link CaseDocument}): its text in
 * its language's field, the passage in its language's match field and in the shared vocabulary field, each facet
 * dimension as a stored value (for counts) and a lower-cased value (for filters), the date as epoch days, and the
 * vector. One more document, of kind {@code meta}, holds the store sequence the collection reflects.
 */
final class SolrDocuments {
    static final String KIND = "kind";
    static final String CASE = "case";
    static final String META_ID = "_menagerie_meta";
    static final String SEQ = "seq";
    static final String LAYOUT = "layout";
    /** The field layout written; a collection of another layout is rebuilt on open. */
    static final String CURRENT_LAYOUT = "solr-2";
    /** Marks the documents a rebuild wrote, so that the ones it did not write can be removed at its end. */
    static final String BUILD = "build";
    /** Suffix of the filter field of a facet dimension: its values trimmed and lower-cased. */
    static final String FILTER = "_f";

    private SolrDocuments() {}

    static SolrInputDocument of(SearchEngine.Entry e, String build) {
        Case c = e.value();
        SolrInputDocument d = new SolrInputDocument();
        d.setField(CaseDocument.ID, c.id());
        d.setField(KIND, CASE);
        d.setField(CaseDocument.STAMP, e.stamp());
        if (build != null) d.setField(BUILD, build);
        d.setField(LanguageAnalyzers.field(c.language()), CaseDocument.text(c));
        String passage = CaseDocument.passage(c);
        d.setField(CaseDocument.matchField(c.language()), passage);
        String english = CaseDocument.englishKeywords(c);
        if (english != null) d.setField(CaseDocument.matchField("en"), english);
        d.setField(CaseDocument.TERMS, passage);
        d.setField(CaseDocument.TITLE, c.title());
        d.setField(CaseDocument.CLAIM, c.claim());
        d.setField(CaseDocument.STATUS, c.status().name());
        LocalDate date = CaseDocument.date(c);
        d.setField(CaseDocument.DATE, date == null ? CaseDocument.NO_DATE : date.toEpochDay());
        if (date != null) facet(d, CaseDocument.YEAR, List.of(String.valueOf(date.getYear())));
        facet(d, CaseDocument.VERDICT, List.of(c.verdict().name()));
        facet(d, CaseDocument.LANGUAGE, c.languages().isEmpty() ? List.of("unknown") : c.languages());
        facet(d, CaseDocument.COUNTRY, c.countries());
        facet(d, CaseDocument.KEYWORD, c.keywords());
        facet(d, CaseDocument.OUTLET, c.appearances().stream().map(Appearance::outlet).filter(o -> o != null).toList());
        facet(d, CaseDocument.NARRATIVE, c.narratives());
        facet(d, CaseDocument.DATASET, List.of(c.provenance().dataset()));
        if (e.vector() != null) {
            List<Float> v = new ArrayList<>(e.vector().length);
            for (float f : e.vector()) v.add(f);
            d.setField(CaseDocument.VECTOR, v);
            d.setField(CaseDocument.VECTOR_KEY, e.vectorKey());
        }
        return d;
    }

    private static void facet(SolrInputDocument d, String dim, List<String> values) {
        Set<String> unique = new LinkedHashSet<>();
        for (String v : values) if (v != null && !v.isBlank()) unique.add(v.strip());
        for (String v : unique) {
            d.addField(dim, v);
            d.addField(dim + FILTER, CaseDocument.normal(v));
        }
    }

    static SolrInputDocument meta(long seq) {
        SolrInputDocument d = new SolrInputDocument();
        d.setField(CaseDocument.ID, META_ID);
        d.setField(KIND, "meta");
        d.setField(SEQ, seq);
        d.setField(LAYOUT, CURRENT_LAYOUT);
        return d;
    }
}
