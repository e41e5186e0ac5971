package org.menagerie.dataset;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.menagerie.catalog.Appearance;
import org.menagerie.catalog.Case;
import org.menagerie.catalog.CaseJson;
import org.menagerie.catalog.Problem;
import org.menagerie.catalog.Provenance;
import org.menagerie.catalog.Status;
import org.menagerie.catalog.Verdict;

/**
 * One ClaimReview object as a case. claimReviewed is the claim; reviewRating.alternateName the original label, mapped
 * through the verdict table (source "claimreview"); itemReviewed's author, datePublished and appearances are the
 * claimant, first-seen date and appearances; author (or publisher) is the reviewer; url, datePublished, inLanguage,
 * headline, reviewBody, keywords and spatialCoverage fill the rest. The {@code menagerie:} properties that
 * {@link ClaimReviewWriter} adds, when present, restore what schema.org cannot carry. Without them the id comes from
 * the review URL, or from a hash of the claim when there is none.
 */
final class ClaimReviewCase {
    private static final Pattern ISO_DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    private static final String EXT = "menagerie:";
    private final Records records;
    private final Map<String, JsonNode> nodesById;

    ClaimReviewCase(Records records, Map<String, JsonNode> nodesById) {
        this.records = records;
        this.nodesById = nodesById;
    }

    /** The case, or null (and a problem) when the review has no claim. */
    Case toCase(JsonNode r, long n) {
        String claim = text(r.get("claimReviewed"));
        JsonNode item = first(r.get("itemReviewed"));
        if (claim == null) claim = text(item.get("text"));
        if (claim == null) {
            records.sink.problem(new Problem(records.file, n, "no claimReviewed; skipped"));
            return null;
        }
        boolean own = r.has(EXT + "verdict");
        String url = text(r.get("url"));
        String label = text(r.path("reviewRating").get("alternateName"));
        if (label == null) label = text(r.path("reviewRating").get("name"));
        try {
            return build(r, item, n, own, url, claim, label);
        } catch (IllegalArgumentException e) {
            records.sink.problem(new Problem(records.file, n, e.getMessage() + "; skipped"));
            return null;
        }
    }

    private Case build(JsonNode r, JsonNode item, long n, boolean own, String url, String claim, String label) {
        var b = Case.builder(id(r, own, url, claim), claim)
                .title(firstText(r, "headline", "name"))
                .debunk(text(r.get("reviewBody")))
                .summary(text(item.get("description")))
                .reviewer(name(r.has("author") ? r.get("author") : r.get("publisher")))
                .reviewUrl(own && r.path(EXT + "urlIsCatalogPage").asBoolean(false) ? null : url)
                .reviewDate(date(firstText(r, "datePublished", "reviewDate"), n))
                .languages(languages(r.get("inLanguage")))
                .keywords(keywords(r.get("keywords")))
                .countries(names(r.get("spatialCoverage")))
                .claimant(name(item.get("author")))
                .firstSeen(date(text(item.get("datePublished")), n))
                .appearances(appearances(item, n))
                .status("Draft".equalsIgnoreCase(text(r.get("creativeWorkStatus"))) ? Status.DRAFT : Status.PUBLISHED);
        if (own) {
            b.verdict(Verdict.parse(text(r.get(EXT + "verdict")))).originalLabel(text(r.get(EXT + "originalLabel")))
                    .narratives(strings(r.get(EXT + "narratives"))).provenance(provenance(r.get(EXT + "provenance")));
        } else {
            b.verdict(label == null ? Verdict.UNRATED : records.verdict("claimreview", label)).originalLabel(label)
                    .provenance(Provenance.ofFile("claimreview", records.file, n));
        }
        return b.build();
    }

    static boolean isType(JsonNode node, String type) {
        for (JsonNode t : node.path("@type").isArray() ? node.get("@type") : List.of(node.path("@type"))) {
            String s = t.asText("");
            if (s.equals(type) || s.endsWith("/" + type) || s.endsWith(":" + type)) return true;
        }
        return false;
    }

    private static String id(JsonNode r, boolean own, String url, String claim) {
        if (own && text(r.get("identifier")) != null) return text(r.get("identifier"));
        if (url != null) return StableIds.of("claimreview", url.replaceFirst("^[a-zA-Z]+://(www\\.)?", ""));
        return StableIds.hashed("claimreview", claim, claim);
    }

    private List<Appearance> appearances(JsonNode item, long n) {
        List<Appearance> all = new ArrayList<>();
        for (JsonNode a : list(item.get("appearance"))) add(all, a, n, false);
        for (JsonNode a : list(item.get("firstAppearance"))) add(all, a, n, true);
        return all;
    }

    private void add(List<Appearance> all, JsonNode a, long n, boolean first) {
        String url = a.isTextual() ? text(a) : text(a.get("url"));
        String outlet = a.isObject() ? name(a.has("publisher") ? a.get("publisher") : a.get("author")) : null;
        if (url == null && outlet == null) {
            records.sink.problem(new Problem(records.file, n, "an appearance without url or publisher; dropped"));
            return;
        }
        var appearance = new Appearance(outlet, url, date(text(a.get("datePublished")), n), text(a.get("archivedAt")));
        // The first appearance usually repeats one of the listed ones.
        if (first && all.contains(appearance)) return;
        if (first) all.add(0, appearance);
        else all.add(appearance);
    }

    private LocalDate date(String value, long n) {
        if (value == null) return null;
        String day = value.length() >= 10 ? value.substring(0, 10) : value;
        if (ISO_DATE.matcher(day).matches()) {
            try {
                return LocalDate.parse(day);
            } catch (RuntimeException e) {
                // reported below
            }
        }
        records.sink.problem(new Problem(records.file, n, "unparseable date \"" + value + "\"; kept without it"));
        return null;
    }

    private List<String> languages(JsonNode node) {
        List<String> codes = new ArrayList<>();
        for (JsonNode l : list(node)) {
            String code = LanguageNames.code(l.isObject() ? firstText(l, "alternateName", "name") : text(l));
            if (code != null && !codes.contains(code)) codes.add(code);
        }
        return codes;
    }

    private static List<String> keywords(JsonNode node) {
        if (node != null && node.isTextual()) return Fields.split(node.asText(), ",");
        return strings(node);
    }

    private List<String> names(JsonNode node) {
        List<String> names = new ArrayList<>();
        for (JsonNode n : list(node)) {
            String name = name(n);
            if (name != null) names.add(name);
        }
        return names;
    }

    private static List<String> strings(JsonNode node) {
        List<String> values = new ArrayList<>();
        for (JsonNode v : list(node)) if (text(v) != null) values.add(text(v));
        return values;
    }

    private static Provenance provenance(JsonNode node) {
        try {
            return CaseJson.MAPPER.treeToValue(node, Provenance.class);
        } catch (JsonProcessingException | IllegalArgumentException e) {
            throw new IllegalArgumentException("menagerie:provenance is not valid: " + e.getMessage());
        }
    }

    /** The name of a Person, Organization or Place given as an object, a reference to one, or a plain string. */
    private String name(JsonNode node) {
        JsonNode n = first(node);
        if (n.isObject() && !n.has("name") && n.hasNonNull("@id")) n = nodesById.getOrDefault(n.get("@id").asText(), n);
        return n.isObject() ? text(n.get("name")) : text(n);
    }

    private static String firstText(JsonNode node, String... fields) {
        for (String f : fields) if (text(node.get(f)) != null) return text(node.get(f));
        return null;
    }

    private static String text(JsonNode node) {
        return node == null || !node.isValueNode() || node.asText().isBlank() ? null : node.asText();
    }

    private static JsonNode first(JsonNode node) {
        List<JsonNode> all = list(node);
        return all.isEmpty() ? com.fasterxml.jackson.databind.node.MissingNode.getInstance() : all.get(0);
    }

    private static List<JsonNode> list(JsonNode node) {
        if (node == null || node.isNull() || node.isMissingNode()) return List.of();
        if (!node.isArray()) return List.of(node);
        List<JsonNode> all = new ArrayList<>();
        node.forEach(all::add);
        return all;
    }
}
