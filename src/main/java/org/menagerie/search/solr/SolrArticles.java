package org.menagerie.search.solr;

import java.time.Instant;
import org.apache.solr.common.SolrInputDocument;
import org.menagerie.archive.ArchivedArticle;
import org.menagerie.search.CaseDocument;
import org.menagerie.search.LanguageAnalyzers;

/**
 * How an article becomes a Solr document, as the embedded archive writes it: title and text in its language's text
 * field, outlet and language as facet values and lower-cased filter values, the day as epoch days, month and day as
 * facet values, the story, id and times as numbers.
 */
final class SolrArticles {
    static final String ARTICLE = "article";
    static final String ARTICLES = SolrDocuments.KIND + ":" + ARTICLE;
    static final String STORY = "story", NUMBER = "number", TIME = "time", FETCHED = "fetched", PUBLISHED = "published",
            URL = "url", MONTH = "month", DAY = "day", HAS_TEXT = "has_text";
    static final String UNKNOWN_LANGUAGE = "unknown";

    private SolrArticles() {}

    static SolrInputDocument of(ArchivedArticle a) {
        SolrInputDocument d = new SolrInputDocument();
        d.setField(CaseDocument.ID, String.valueOf(a.id()));
        d.setField(SolrDocuments.KIND, ARTICLE);
        d.setField(NUMBER, a.id());
        d.setField(STORY, a.story());
        d.setField(TIME, a.time().toEpochMilli());
        d.setField(FETCHED, a.fetched().toEpochMilli());
        if (a.published() != null) d.setField(PUBLISHED, a.published().toEpochMilli());
        String body = a.title() == null ? a.text() : a.text() == null ? a.title() : a.title() + "\n\n" + a.text();
        if (body != null) d.setField(LanguageAnalyzers.field(a.language()), body);
        if (a.text() != null) d.setField(HAS_TEXT, "1");
        if (a.title() != null) d.setField(CaseDocument.TITLE, a.title());
        if (a.url() != null) d.setField(URL, a.url());
        String language = a.language() == null ? UNKNOWN_LANGUAGE : a.language();
        d.setField(CaseDocument.OUTLET, a.outlet());
        d.setField(CaseDocument.OUTLET + SolrDocuments.FILTER, CaseDocument.normal(a.outlet()));
        d.setField(CaseDocument.LANGUAGE, language);
        d.setField(CaseDocument.LANGUAGE + SolrDocuments.FILTER, language);
        d.setField(CaseDocument.DATE, a.date().toEpochDay());
        String day = a.date().toString();
        d.setField(MONTH, day.substring(0, 7));
        d.setField(DAY, day);
        return d;
    }

    static Instant instant(Object millis) {
        return millis == null ? null : Instant.ofEpochMilli(((Number) millis).longValue());
    }
}
