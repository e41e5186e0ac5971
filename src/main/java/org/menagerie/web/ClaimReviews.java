package org.menagerie.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.LinkedHashMap;
import java.util.Map;
import org.menagerie.catalog.Case;
import org.menagerie.catalog.Verdict;

/** schema.org ClaimReview structured data for a case, as search engines and fact-check aggregators read it. */
final class ClaimReviews {
    private static final ObjectMapper JSON = new ObjectMapper();

    private ClaimReviews() {}

    static Map<String, Object> of(Case c, String baseUrl) {
        Map<String, Object> review = new LinkedHashMap<>();
        review.put("@context", "https://schema.org");
        review.put("@type", "ClaimReview");
        review.put("url", baseUrl + "/cases/" + c.id());
        review.put("claimReviewed", c.claim());
        if (c.reviewDate() != null) review.put("datePublished", c.reviewDate().toString());
        review.put("author", Map.of("@type", "Organization", "name", c.reviewer() == null ? "Menagerie" : c.reviewer()));
        Map<String, Object> claim = new LinkedHashMap<>();
        claim.put("@type", "Claim");
        if (c.firstSeen() != null) claim.put("datePublished", c.firstSeen().toString());
        if (c.claimant() != null) claim.put("author", Map.of("@type", "Person", "name", c.claimant()));
        if (!c.appearances().isEmpty() && c.appearances().get(0).url() != null) {
            claim.put("appearance", c.appearances().stream().filter(a -> a.url() != null)
                    .map(a -> Map.of("@type", "CreativeWork", "url", a.url())).toList());
        }
        review.put("itemReviewed", claim);
        Map<String, Object> rating = new LinkedHashMap<>();
        rating.put("@type", "Rating");
        rating.put("alternateName", c.originalLabel() == null ? c.verdict().name() : c.originalLabel());
        int value = ratingValue(c.verdict());
        if (value > 0) {
            rating.put("ratingValue", value);
            rating.put("bestRating", 5);
            rating.put("worstRating", 1);
        }
        review.put("reviewRating", rating);
        return review;
    }

    /** The JSON for a {@code <script type="application/ld+json">} block, with "<", ">" and "&" escaped so that no
     *  text from the case can close the element. */
    static String scriptJson(Case c, String baseUrl) {
        try {
            return JSON.writeValueAsString(of(c, baseUrl)).replace("<", "\\u003c").replace(">", "\\u003e")
                    .replace("&", "\\u0026");
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static int ratingValue(Verdict v) {
        return switch (v) {
            case FALSE, DISINFORMATION, SATIRE -> 1;
            case MISLEADING -> 2;
            case MISSING_CONTEXT, MIXED -> 3;
            case TRUE -> 5;
            case UNPROVEN, UNRATED -> 0;
        };
    }
}
