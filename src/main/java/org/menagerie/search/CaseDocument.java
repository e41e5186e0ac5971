package org.menagerie.search;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.KnnFloatVectorField;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetField;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.VectorSimilarityFunction;
import org.apache.lucene.util.BytesRef;
import org.menagerie.catalog.Appearance;
import org.menagerie.catalog.Case;
import org.menagerie.translate.Translator;

/**
 * How a case becomes a Lucene document: its text in its language's field (stored, with offsets for snippets), one
 * filter field and one facet per dimension, the date as a point and doc value, and optionally its vector.
 *
 * <p>The date of a case is {@link Case#firstSeen()}, else its {@link Case#reviewDate()}: when the claim circulated,
 * which is what analysts filter by.
 */
public final class CaseDocument {
    public static final String ID = "id";
    public static final String DATE = "date";
    public static final String VECTOR = "vector";
    public static final String VECTOR_KEY = "vector_key";
    public static final String TITLE = "title";
    public static final String CLAIM = "claim";
    public static final String VERDICT = "verdict";
    public static final String LANGUAGE = "language";
    public static final String COUNTRY = "country";
    public static final String KEYWORD = "keyword";
    public static final String OUTLET = "outlet";
    public static final String NARRATIVE = "narrative";
    public static final String DATASET = "dataset";
    public static final String YEAR = "year";
    public static final String STATUS = "status";
    /** The passage alone (no debunk) in its language's analysis: what claim matching scores by BM25. */
    public static final String MATCH_PREFIX = "match_";
    /** The passage's English-analysed terms for every case, whatever its language: one vocabulary for term rarity. */
    public static final String TERMS = "terms";
    /** Changes whenever the case's document is rewritten: the store sequence that wrote it. */
    public static final String STAMP = "stamp";
    public static final long NO_DATE = Long.MIN_VALUE;
    /** The facet dimensions, in the order results list them. */
    public static final List<String> DIMENSIONS = List.of(VERDICT, LANGUAGE, COUNTRY, KEYWORD, OUTLET, NARRATIVE, DATASET, YEAR);

    static final FacetsConfig FACETS = facetsConfig();

    /** Analysed, stored, with positions and offsets: text that is searched and shown with the query's words marked. */
    public static final FieldType TEXT = textType();
    private static final FieldType MATCH = matchType();
    private static final FieldType TERM_SET = termSetType();

    private CaseDocument() {}

    /** The text the case is searched and embedded by: claim, title (when it differs) and summary. */
    public static String passage(Case c) {
        return Stream.of(c.claim(), c.title().equals(c.claim()) ? null : c.title(), c.summary())
                .filter(s -> s != null && !s.isBlank()).collect(Collectors.joining("\n"));
    }

    /**
     * A Romanian, Russian or Ukrainian case's passage rendered in English words (see {@code translate.Translator}),
     * indexed in {@code match_en} too, so that English claims, and other languages' claims through their own rendering,
     * find it by BM25; null for a case in English or in a language without a lexicon.
     */
    public static String englishKeywords(Case c) {
        return Translator.shipped().keywordsOf(passage(c), c.language());
    }

    /** The full text in the keyword index: the passage and the debunk. */
    public static String text(Case c) {
        return c.debunk() == null ? passage(c) : passage(c) + "\n" + c.debunk();
    }

    /** Identifies the vector of a text under a model, so that an unchanged case keeps its vector on reindex. */
    public static String vectorKey(String model, String passage) {
        try {
            byte[] h = MessageDigest.getInstance("SHA-256").digest((model + "\n" + passage).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(h, 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    public static LocalDate date(Case c) {
        return c.firstSeen() != null ? c.firstSeen() : c.reviewDate();
    }

    /** The field claim matching scores a case in {@code language} by. */
    public static String matchField(String language) {
        return MATCH_PREFIX + LanguageAnalyzers.code(language);
    }

    static Document of(Case c, float[] vector, String vectorKey) {
        return of(c, vector, vectorKey, 0);
    }

    /**
     * The document for {@code c}; {@code vector} and {@code vectorKey} may be null when vectors are off; {@code stamp}
     * is the store sequence the document reflects.
     */
    static Document of(Case c, float[] vector, String vectorKey, long stamp) {
        Document d = new Document();
        d.add(new StringField(ID, c.id(), Field.Store.YES));
        d.add(new SortedDocValuesField(ID, new BytesRef(c.id())));
        d.add(new NumericDocValuesField(STAMP, stamp));
        d.add(new Field(LanguageAnalyzers.field(c.language()), text(c), TEXT));
        String passage = passage(c);
        d.add(new Field(matchField(c.language()), passage, MATCH));
        String english = englishKeywords(c);
        if (english != null) d.add(new Field(matchField("en"), english, MATCH));
        d.add(new Field(TERMS, passage, TERM_SET));
        d.add(new StoredField(TITLE, c.title()));
        d.add(new StoredField(CLAIM, c.claim()));
        d.add(new StringField(STATUS, c.status().name(), Field.Store.NO));
        LocalDate date = date(c);
        // a case without a date sorts last and falls outside every date range (Lucene wants one schema per field)
        long day = date == null ? NO_DATE : date.toEpochDay();
        d.add(new LongPoint(DATE, day));
        d.add(new NumericDocValuesField(DATE, day));
        d.add(new StoredField(DATE, day));
        if (date != null) facet(d, YEAR, List.of(String.valueOf(date.getYear())));
        facet(d, VERDICT, List.of(c.verdict().name()));
        facet(d, LANGUAGE, c.languages().isEmpty() ? List.of("unknown") : c.languages());
        facet(d, COUNTRY, c.countries());
        facet(d, KEYWORD, c.keywords());
        facet(d, OUTLET, c.appearances().stream().map(Appearance::outlet).filter(o -> o != null).toList());
        facet(d, NARRATIVE, c.narratives());
        facet(d, DATASET, List.of(c.provenance().dataset()));
        if (vector != null) {
            d.add(new KnnFloatVectorField(VECTOR, vector, VectorSimilarityFunction.DOT_PRODUCT));
            d.add(new StoredField(VECTOR_KEY, vectorKey));
        }
        return d;
    }

    /** Facet and filter values are trimmed; filters match them case-insensitively through {@link #normal}. */
    private static void facet(Document d, String dim, List<String> values) {
        Set<String> unique = new LinkedHashSet<>();
        for (String v : values) if (v != null && !v.isBlank()) unique.add(v.strip());
        for (String v : unique) {
            d.add(new StringField(dim, normal(v), Field.Store.NO));
            d.add(new SortedSetDocValuesFacetField(dim, v));
        }
        if (dim.equals(VERDICT) || dim.equals(LANGUAGE)) unique.forEach(v -> d.add(new StoredField(dim, v)));
    }

    public static String normal(String value) {
        return value.strip().toLowerCase(Locale.ROOT);
    }

    private static FacetsConfig facetsConfig() {
        FacetsConfig config = new FacetsConfig();
        for (String dim : DIMENSIONS) config.setMultiValued(dim, true);
        return config;
    }

    private static FieldType matchType() {
        FieldType t = new FieldType();
        t.setTokenized(true);
        t.setIndexOptions(IndexOptions.DOCS_AND_FREQS);
        t.freeze();
        return t;
    }

    private static FieldType termSetType() {
        FieldType t = new FieldType();
        t.setTokenized(true);
        t.setOmitNorms(true);
        t.setIndexOptions(IndexOptions.DOCS);
        t.freeze();
        return t;
    }

    private static FieldType textType() {
        FieldType t = new FieldType();
        t.setTokenized(true);
        t.setStored(true);
        t.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
        t.freeze();
        return t;
    }
}
