package org.menagerie.catalog;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

/**
 * One debunked claim in the menagerie.
 *
 * @param id stable, URL-safe identifier
 * @param claim the claim as it circulated
 * @param title a headline for the case; the claim when the source has none
 * @param summary what the disinformation says, at more length, or null
 * @param debunk the response: why the claim is false or misleading, or null
 * @param verdict the normalised rating
 * @param originalLabel the rating as the source wrote it, or null
 * @param languages ISO 639-1 codes of the languages the claim circulated in
 * @param countries countries the claim targets or concerns
 * @param keywords the source's keywords and tags
 * @param appearances where and when the claim was seen
 * @param firstSeen the earliest date the claim is known to have circulated, or null
 * @param claimant who made the claim, or null
 * @param reviewer who reviewed it (the fact-checker or publisher), or null
 * @param reviewUrl the address of the review, or null
 * @param reviewDate when the review was published, or null
 * @param narratives ids of the narratives the case belongs to
 * @param provenance the dataset line or editor it came from
 * @param status draft or published
 * @param translations the texts in other languages, by ISO 639-1 code (the demo catalog carries Romanian and English)
 * @param created when the store first saw it, or null before it is stored
 * @param updated when the store last changed it, or null before it is stored
 */
public record Case(
        String id,
        String claim,
        String title,
        String summary,
        String debunk,
        Verdict verdict,
        String originalLabel,
        List<String> languages,
        List<String> countries,
        List<String> keywords,
        List<Appearance> appearances,
        LocalDate firstSeen,
        String claimant,
        String reviewer,
        String reviewUrl,
        LocalDate reviewDate,
        List<String> narratives,
        Provenance provenance,
        Status status,
        java.util.Map<String, Translation> translations,
        Instant created,
        Instant updated) {

    public Case {
        Check.id(id, "id");
        claim = Check.notBlank(claim, "claim").strip();
        title = Check.optional(title) == null ? claim : title.strip();
        summary = Check.optional(summary);
        debunk = Check.optional(debunk);
        verdict = verdict == null ? Verdict.UNRATED : verdict;
        originalLabel = Check.optional(originalLabel);
        languages = Check.list(languages, "languages");
        languages.forEach(l -> Check.language(l, "languages"));
        countries = Check.list(countries, "countries");
        keywords = Check.list(keywords, "keywords");
        appearances = Check.list(appearances, "appearances");
        claimant = Check.optional(claimant);
        reviewer = Check.optional(reviewer);
        reviewUrl = Check.optional(reviewUrl);
        narratives = Check.list(narratives, "narratives");
        narratives.forEach(n -> Check.id(n, "narratives"));
        Check.notNull(provenance, "provenance");
        status = status == null ? Status.PUBLISHED : status;
        translations = translations == null ? java.util.Map.of() : java.util.Map.copyOf(new java.util.TreeMap<>(translations));
        translations.keySet().forEach(l -> Check.language(l, "translations"));
    }

    /**
     * The case as a reader of {@code language} sees it: its own texts when it is written in that language or has no
     * translation into it, else the translation's. {@link #readIn(String)} tells which language the texts are in.
     */
    public Case in(String language) {
        // The languages the claim circulated in stay as they are: a translation is for readers, not a new sighting.
        Translation t = language == null ? null : translations.get(language);
        if (t == null) return this;
        return toBuilder().title(t.title()).claim(t.claim() == null ? claim : t.claim())
                .summary(t.summary() == null ? summary : t.summary()).debunk(t.debunk() == null ? debunk : t.debunk()).build();
    }

    /** The language a reader of {@code language} reads this case's texts in: that one when it has them, else its own. */
    public String readIn(String language) {
        if (language != null && (translations.containsKey(language) || language.equals(language()))) return language;
        return language();
    }

    /** The case's main language: the first listed, or null when none is. */
    public String language() {
        return languages.isEmpty() ? null : languages.get(0);
    }

    /** The same case with the store's timestamps set. */
    public Case stamped(Instant created, Instant updated) {
        return toBuilder().created(created).updated(updated).build();
    }

    /** The fields whose values differ from {@code other}'s, ignoring the store's timestamps and provenance. */
    public List<String> changedFrom(Case other) {
        List<String> changed = new ArrayList<>();
        for (var field : FIELDS) {
            if (other == null || !Objects.equals(field.get.apply(this), field.get.apply(other))) changed.add(field.name);
        }
        return changed;
    }

    private record Field(String name, Function<Case, Object> get) {}

    private static final List<Field> FIELDS = List.of(
            new Field("claim", Case::claim), new Field("title", Case::title), new Field("summary", Case::summary),
            new Field("debunk", Case::debunk), new Field("verdict", Case::verdict),
            new Field("originalLabel", Case::originalLabel), new Field("languages", Case::languages),
            new Field("countries", Case::countries), new Field("keywords", Case::keywords),
            new Field("appearances", Case::appearances), new Field("firstSeen", Case::firstSeen),
            new Field("claimant", Case::claimant), new Field("reviewer", Case::reviewer),
            new Field("reviewUrl", Case::reviewUrl), new Field("reviewDate", Case::reviewDate),
            new Field("narratives", Case::narratives), new Field("status", Case::status),
            new Field("translations", Case::translations));

    public static Builder builder(String id, String claim) {
        return new Builder().id(id).claim(claim);
    }

    public Builder toBuilder() {
        return new Builder().id(id).claim(claim).title(title).summary(summary).debunk(debunk).verdict(verdict)
                .originalLabel(originalLabel).languages(languages).countries(countries).keywords(keywords)
                .appearances(appearances).firstSeen(firstSeen).claimant(claimant).reviewer(reviewer)
                .reviewUrl(reviewUrl).reviewDate(reviewDate).narratives(narratives).provenance(provenance)
                .status(status).translations(translations).created(created).updated(updated);
    }

    /** Builds a case field by field; {@link #build()} validates. */
    public static final class Builder {
        private String id, claim, title, summary, debunk, originalLabel, claimant, reviewer, reviewUrl;
        private Verdict verdict;
        private List<String> languages = List.of(), countries = List.of(), keywords = List.of(), narratives = List.of();
        private List<Appearance> appearances = List.of();
        private LocalDate firstSeen, reviewDate;
        private Provenance provenance;
        private Status status;
        private Instant created, updated;
        private java.util.Map<String, Translation> translations = java.util.Map.of();

        public Builder id(String v) { id = v; return this; }
        public Builder claim(String v) { claim = v; return this; }
        public Builder title(String v) { title = v; return this; }
        public Builder summary(String v) { summary = v; return this; }
        public Builder debunk(String v) { debunk = v; return this; }
        public Builder verdict(Verdict v) { verdict = v; return this; }
        public Builder originalLabel(String v) { originalLabel = v; return this; }
        public Builder languages(List<String> v) { languages = v; return this; }
        public Builder countries(List<String> v) { countries = v; return this; }
        public Builder keywords(List<String> v) { keywords = v; return this; }
        public Builder appearances(List<Appearance> v) { appearances = v; return this; }
        public Builder firstSeen(LocalDate v) { firstSeen = v; return this; }
        public Builder claimant(String v) { claimant = v; return this; }
        public Builder reviewer(String v) { reviewer = v; return this; }
        public Builder reviewUrl(String v) { reviewUrl = v; return this; }
        public Builder reviewDate(LocalDate v) { reviewDate = v; return this; }
        public Builder narratives(List<String> v) { narratives = v; return this; }
        public Builder provenance(Provenance v) { provenance = v; return this; }
        public Builder status(Status v) { status = v; return this; }
        public Builder translations(java.util.Map<String, Translation> v) { translations = v; return this; }
        public Builder created(Instant v) { created = v; return this; }
        public Builder updated(Instant v) { updated = v; return this; }

        public Case build() {
            return new Case(id, claim, title, summary, debunk, verdict, originalLabel, languages, countries, keywords,
                    appearances, firstSeen, claimant, reviewer, reviewUrl, reviewDate, narratives, provenance, status,
                    translations, created, updated);
        }
    }
}
