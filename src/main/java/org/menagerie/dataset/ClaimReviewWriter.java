package org.menagerie.dataset;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.menagerie.catalog.Appearance;
import org.menagerie.catalog.Case;
import org.menagerie.catalog.CaseJson;
import org.menagerie.catalog.Check;
import org.menagerie.catalog.Status;
import org.menagerie.catalog.Verdict;

/**
 * Writes cases as one schema.org DataFeed of ClaimReviews in JSON-LD, the shape Google's fact-check feeds use:
 * {@code {"@context":[...], "@type":"DataFeed", "dataFeedElement":[{"@type":"DataFeedItem","item":[ClaimReview]}]}}.
 * Each ClaimReview carries Google's required and recommended properties (claimReviewed, reviewRating with
 * alternateName, url, author, datePublished, itemReviewed as a Claim with author, datePublished, appearance and
 * firstAppearance), other fields as schema.org properties where one fits (headline, reviewBody, inLanguage, keywords,
 * spatialCoverage, creativeWorkStatus, identifier, the claim's description), and the rest under the {@code menagerie:}
 * prefix ({@value #NAMESPACE}): verdict, originalLabel, narratives, provenance, urlIsCatalogPage. A case without a
 * review URL gets a stable URL from a template such as {@value #DEFAULT_CASE_URL}, flagged so that importing the
 * export gives back the same case. The format is documented in docs/datasets.md.
 */
public final class ClaimReviewWriter implements CaseWriter {
    public static final String NAMESPACE = "urn:menagerie:";
    public static final String DEFAULT_CASE_URL = "https://menagerie.example/cases/{id}";
    /** Verdicts on a 1 (false) to 5 (true) scale for reviewRating.ratingValue; the others have no place on it. */
    static final Map<Verdict, Integer> SCALE = Map.of(Verdict.FALSE, 1, Verdict.DISINFORMATION, 1,
            Verdict.MISLEADING, 2, Verdict.MIXED, 3, Verdict.MISSING_CONTEXT, 4, Verdict.TRUE, 5);

    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;
    private final JsonGenerator out;
    private final String caseUrl;

    public ClaimReviewWriter(OutputStream stream) {
        this(stream, DEFAULT_CASE_URL);
    }

    /** @param caseUrl the URL of a case in this catalog, with {@code {id}} where the case's id goes */
    public ClaimReviewWriter(OutputStream stream, String caseUrl) {
        Check.notNull(stream, "stream");
        if (caseUrl == null || !caseUrl.contains("{id}")) {
            throw new IllegalArgumentException("caseUrl must contain {id}: " + caseUrl);
        }
        this.caseUrl = caseUrl;
        try {
            this.out = CaseJson.MAPPER.getFactory().createGenerator(stream)
                    .disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET).useDefaultPrettyPrinter();
            out.writeStartObject();
            out.writeFieldName("@context");
            out.writeTree(JSON.arrayNode().add("https://schema.org").add(JSON.objectNode().put("menagerie", NAMESPACE)));
            out.writeStringField("@type", "DataFeed");
            out.writeArrayFieldStart("dataFeedElement");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void write(Case c) throws IOException {
        ObjectNode item = JSON.objectNode().put("@type", "DataFeedItem");
        item.putArray("item").add(toJson(c));
        out.writeTree(item);
    }

    @Override
    public void close() throws IOException {
        out.writeEndArray();
        out.writeEndObject();
        out.close(); // flushes; the stream stays open
    }

    ObjectNode toJson(Case c) {
        ObjectNode r = JSON.objectNode().put("@type", "ClaimReview").put("identifier", c.id());
        r.put("url", c.reviewUrl() != null ? c.reviewUrl() : caseUrl.replace("{id}", c.id()));
        r.put("claimReviewed", c.claim());
        if (!c.title().equals(c.claim())) r.put("headline", c.title());
        putIfPresent(r, "reviewBody", c.debunk());
        if (c.reviewer() != null) r.set("author", named("Organization", c.reviewer()));
        putDate(r, "datePublished", c.reviewDate());
        strings(r, "inLanguage", c.languages());
        strings(r, "keywords", c.keywords());
        if (!c.countries().isEmpty()) {
            ArrayNode places = r.putArray("spatialCoverage");
            c.countries().forEach(country -> places.add(named("Place", country)));
        }
        r.put("creativeWorkStatus", c.status() == Status.DRAFT ? "Draft" : "Published");
        r.set("reviewRating", rating(c));
        r.set("itemReviewed", claim(c));
        r.put("menagerie:verdict", c.verdict().name());
        putIfPresent(r, "menagerie:originalLabel", c.originalLabel());
        strings(r, "menagerie:narratives", c.narratives());
        r.set("menagerie:provenance", CaseJson.MAPPER.valueToTree(c.provenance()));
        if (c.reviewUrl() == null) r.put("menagerie:urlIsCatalogPage", true);
        return r;
    }

    private static ObjectNode rating(Case c) {
        ObjectNode rating = JSON.objectNode().put("@type", "Rating")
                .put("alternateName", c.originalLabel() != null ? c.originalLabel() : label(c.verdict()));
        Integer value = SCALE.get(c.verdict());
        if (value != null) rating.put("ratingValue", value).put("bestRating", 5).put("worstRating", 1);
        return rating;
    }

    private static ObjectNode claim(Case c) {
        ObjectNode claim = JSON.objectNode().put("@type", "Claim");
        if (c.claimant() != null) claim.set("author", named("Person", c.claimant()));
        putDate(claim, "datePublished", c.firstSeen());
        putIfPresent(claim, "description", c.summary());
        if (!c.appearances().isEmpty()) {
            ArrayNode all = claim.putArray("appearance");
            c.appearances().forEach(a -> all.add(appearance(a)));
            // Google wants the earliest; undated appearances count as late, and ties keep the listed order.
            Appearance first = c.appearances().stream()
                    .min(Comparator.comparing(Appearance::seen, Comparator.nullsLast(Comparator.naturalOrder())))
                    .orElseThrow();
            claim.set("firstAppearance", appearance(first));
        }
        return claim;
    }

    private static ObjectNode appearance(Appearance a) {
        ObjectNode work = JSON.objectNode().put("@type", "CreativeWork");
        putIfPresent(work, "url", a.url());
        if (a.outlet() != null) work.set("publisher", named("Organization", a.outlet()));
        putDate(work, "datePublished", a.seen());
        putIfPresent(work, "archivedAt", a.archivedUrl());
        return work;
    }

    static String label(Verdict v) {
        String words = v.name().toLowerCase(Locale.ROOT).replace('_', ' ');
        return Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }

    private static ObjectNode named(String type, String name) {
        return JSON.objectNode().put("@type", type).put("name", name);
    }

    private static void putIfPresent(ObjectNode node, String field, String value) {
        if (value != null) node.put(field, value);
    }

    private static void putDate(ObjectNode node, String field, LocalDate date) {
        if (date != null) node.put(field, date.toString());
    }

    private static void strings(ObjectNode node, String field, List<String> values) {
        if (!values.isEmpty()) values.forEach(node.putArray(field)::add);
    }
}
