package org.menagerie.search.archive;

import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetField;
import org.menagerie.archive.ArchivedArticle;
import org.menagerie.search.CaseDocument;
import org.menagerie.search.LanguageAnalyzers;

/**
 * How an article becomes a Lucene document: its title and text in its language's text field (the case index's
 * fields and analysers, with offsets for snippets), the filters lower-cased, the facets as doc values, the day as a
 * point for ranges, and the story and times as numbers for counting and sorting.
 */
final class ArticleDocument {
    static final String ID = "id", NUMBER = "number", STORY = "story", TIME = "time", DAY = "day_point",
            FETCHED = "fetched", HAS_TEXT = "has_text", TITLE = "title", OUTLET = "outlet", URL = "url",
            LANGUAGE = "language", PUBLISHED = "published";
    /** Facet dimensions kept as doc values; the story is counted from its number instead (one value per story). */
    static final String F_OUTLET = "outlet", F_LANGUAGE = "language", F_MONTH = "month", F_DAY = "day";
    static final String FILTER = "_f";
    static final String UNKNOWN_LANGUAGE = "unknown";
    static final FacetsConfig FACETS = new FacetsConfig();

    private ArticleDocument() {}

    static Document of(ArchivedArticle a) {
        Document d = new Document();
        d.add(new StringField(ID, String.valueOf(a.id()), Field.Store.YES));
        d.add(new NumericDocValuesField(NUMBER, a.id()));
        d.add(new NumericDocValuesField(STORY, a.story()));
        d.add(new LongPoint(STORY, a.story()));
        d.add(new StoredField(STORY, a.story()));
        d.add(new NumericDocValuesField(TIME, a.time().toEpochMilli()));
        d.add(new LongPoint(DAY, a.date().toEpochDay()));
        d.add(new LongPoint(FETCHED, a.fetched().toEpochMilli()));
        if (a.published() != null) d.add(new StoredField(PUBLISHED, a.published().toEpochMilli()));
        d.add(new StoredField(FETCHED, a.fetched().toEpochMilli()));
        String body = a.title() == null ? a.text() : a.text() == null ? a.title() : a.title() + "\n\n" + a.text();
        if (body != null) d.add(new Field(LanguageAnalyzers.field(a.language()), body, CaseDocument.TEXT));
        if (a.text() != null) d.add(new StringField(HAS_TEXT, "1", Field.Store.NO));
        if (a.title() != null) d.add(new StoredField(TITLE, a.title()));
        if (a.url() != null) d.add(new StoredField(URL, a.url()));
        String language = a.language() == null ? UNKNOWN_LANGUAGE : a.language();
        d.add(new StoredField(OUTLET, a.outlet()));
        d.add(new StoredField(LANGUAGE, language));
        d.add(new StringField(OUTLET + FILTER, CaseDocument.normal(a.outlet()), Field.Store.NO));
        d.add(new StringField(LANGUAGE + FILTER, language, Field.Store.NO));
        d.add(new SortedSetDocValuesFacetField(F_OUTLET, a.outlet()));
        d.add(new SortedSetDocValuesFacetField(F_LANGUAGE, language));
        String day = a.date().toString();
        d.add(new SortedSetDocValuesFacetField(F_MONTH, day.substring(0, 7)));
        d.add(new SortedSetDocValuesFacetField(F_DAY, day));
        return d;
    }
}
