package org.menagerie.dataset;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;
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
    /** Who publishes an exported review whose case names no reviewer. */
    static final String PUBLISHER = "Menagerie";

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
        String url = c.reviewUrl() != null ? c.reviewUrl() : caseUrl.replace("{id}", c.id());
        ObjectNode review = ClaimReviewJson.review(c, new ClaimReviewJson.Publishing(url, c.language(),
                c.originalLabel() != null ? c.originalLabel() : label(c.verdict()), PUBLISHER, home(caseUrl)));
        ObjectNode r = JSON.objectNode().put("@type", "ClaimReview").put("identifier", c.id());
        r.setAll(review);
        // The export keeps the case's own fields as they are: a reviewer-less case has no author, every language is kept.
        if (c.reviewer() == null) r.remove("author");
        if (c.reviewDate() == null) r.remove("datePublished");
        r.remove("inLanguage");
        strings(r, "inLanguage", c.languages());
        strings(r, "keywords", c.keywords());
        if (!c.countries().isEmpty()) {
            ArrayNode places = r.putArray("spatialCoverage");
            c.countries().forEach(country -> places.add(ClaimReviewJson.named("Place", country)));
        }
        r.put("creativeWorkStatus", c.status() == Status.DRAFT ? "Draft" : "Published");
        r.put("menagerie:verdict", c.verdict().name());
        ClaimReviewJson.putIfPresent(r, "menagerie:originalLabel", c.originalLabel());
        strings(r, "menagerie:narratives", c.narratives());
        r.set("menagerie:provenance", CaseJson.MAPPER.valueToTree(c.provenance()));
        if (c.reviewUrl() == null) r.put("menagerie:urlIsCatalogPage", true);
        return r;
    }

    /** The catalog's home page, from its case URL template. */
    private static String home(String caseUrl) {
        int path = caseUrl.indexOf('/', caseUrl.indexOf("://") + 3);
        return path < 0 ? caseUrl : caseUrl.substring(0, path);
    }

    static String label(Verdict v) {
        String words = v.name().toLowerCase(Locale.ROOT).replace('_', ' ');
        return Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }

    private static void strings(ObjectNode node, String field, List<String> values) {
        if (!values.isEmpty()) values.forEach(node.putArray(field)::add);
    }
}
