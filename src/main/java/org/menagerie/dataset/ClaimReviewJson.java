package org.menagerie.dataset;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URI;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.Map;
import org.menagerie.catalog.Appearance;
import org.menagerie.catalog.Case;
import org.menagerie.catalog.Check;
import org.menagerie.catalog.Verdict;

/**
 * The one mapping from a case to a schema.org ClaimReview with Google's required and recommended properties, used by the
 * export ({@link ClaimReviewWriter}) and by the site's case pages, so that both rate a verdict the same way:
 * {@code claimReviewed}, {@code url}, {@code reviewRating} (alternateName, and ratingValue on a 1-5 scale where the
 * verdict has a place on it), {@code author} with {@code url}, {@code datePublished}, {@code inLanguage} and
 * {@code itemReviewed}, a Claim with its author, date, every appearance and the first one.
 */
public final class ClaimReviewJson {
    /** Verdicts on a 1 (false) to 5 (true) scale for reviewRating.ratingValue; the others have no place on it. */
    public static final Map<Verdict, Integer> SCALE = Map.of(Verdict.FALSE, 1, Verdict.DISINFORMATION, 1,
            Verdict.MISLEADING, 2, Verdict.MIXED, 3, Verdict.MISSING_CONTEXT, 4, Verdict.TRUE, 5);
    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    private ClaimReviewJson() {}

    /**
     * Where and how a review is published.
     *
     * @param url the address of the review (the case page, or the fact-checker's article)
     * @param language the language the review is written in, ISO 639-1, or null when unknown
     * @param ratingName the verdict as the reader sees it, e.g. "Înșelător" on a Romanian page
     * @param publisher who publishes the review when the case names no reviewer
     * @param publisherUrl the publisher's home page, the author's url when the review has no address of its own
     */
    public record Publishing(String url, String language, String ratingName, String publisher, String publisherUrl) {
        public Publishing {
            Check.notBlank(url, "url");
            Check.notBlank(ratingName, "ratingName");
            Check.notBlank(publisher, "publisher");
            Check.notBlank(publisherUrl, "publisherUrl");
        }
    }

    /** The ClaimReview of {@code c}, its texts as given (a page passes the case in the page's language). */
    public static ObjectNode review(Case c, Publishing p) {
        Check.notNull(c, "c");
        Check.notNull(p, "p");
        ObjectNode r = JSON.objectNode().put("@type", "ClaimReview");
        r.put("url", p.url());
        r.put("claimReviewed", c.claim());
        if (!c.title().equals(c.claim())) r.put("headline", c.title());
        putIfPresent(r, "reviewBody", c.debunk());
        putDate(r, "datePublished", published(c));
        if (p.language() != null) r.put("inLanguage", p.language());
        ObjectNode author = named("Organization", c.reviewer() != null ? c.reviewer() : p.publisher());
        author.put("url", c.reviewer() != null && c.reviewUrl() != null ? origin(c.reviewUrl(), p.publisherUrl()) : p.publisherUrl());
        r.set("author", author);
        r.set("reviewRating", rating(c.verdict(), p.ratingName()));
        r.set("itemReviewed", claim(c));
        return r;
    }

    /** The Rating of a verdict, named as the reader sees it. */
    public static ObjectNode rating(Verdict verdict, String name) {
        ObjectNode rating = JSON.objectNode().put("@type", "Rating").put("alternateName", Check.notBlank(name, "name"));
        Integer value = SCALE.get(Check.notNull(verdict, "verdict"));
        if (value != null) rating.put("ratingValue", value).put("bestRating", 5).put("worstRating", 1);
        return rating;
    }

    /** When the review was published: its own date, else the day the catalog first held the case. */
    static LocalDate published(Case c) {
        if (c.reviewDate() != null) return c.reviewDate();
        return c.created() == null ? null : LocalDate.ofInstant(c.created(), ZoneOffset.UTC);
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

    /** The home page of a review's site ("https://euvsdisinfo.eu" for one of its reports). */
    private static String origin(String url, String fallback) {
        try {
            URI u = URI.create(url.strip());
            if (u.getScheme() == null || u.getHost() == null) return fallback;
            return u.getScheme() + "://" + u.getHost() + (u.getPort() > 0 ? ":" + u.getPort() : "");
        } catch (IllegalArgumentException e) {
            return fallback;
        }
    }

    static ObjectNode named(String type, String name) {
        return JSON.objectNode().put("@type", type).put("name", name);
    }

    static void putIfPresent(ObjectNode node, String field, String value) {
        if (value != null) node.put(field, value);
    }

    private static void putDate(ObjectNode node, String field, LocalDate date) {
        if (date != null) node.put(field, date.toString());
    }
}
