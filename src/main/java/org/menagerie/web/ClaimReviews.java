package org.menagerie.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.menagerie.catalog.Case;
import org.menagerie.dataset.ClaimReviewJson;

/**
 * A case's schema.org ClaimReview as a page of the site publishes it: the catalog's one mapping ({@link ClaimReviewJson})
 * with the page's address, language and verdict name.
 */
final class ClaimReviews {
    private static final ObjectMapper JSON = new ObjectMapper();

    private ClaimReviews() {}

    /** The ClaimReview of the case page {@code page} shows; {@code c} is the case in the page's language. */
    static ObjectNode of(Case c, Page page) {
        ObjectNode review = JSON.createObjectNode().put("@context", "https://schema.org");
        review.setAll(ClaimReviewJson.review(c, new ClaimReviewJson.Publishing(page.absoluteUrl("/cases/" + c.id()),
                page.lang(), page.verdict(c.verdict()), page.t("site.name"), page.absoluteUrl("/"))));
        return review;
    }

    /** The JSON for a {@code <script type="application/ld+json">} block, with "<", ">" and "&" escaped so that no
     *  text from the case can close the element. */
    static String scriptJson(Case c, Page page) {
        try {
            return JSON.writeValueAsString(of(c, page)).replace("<", "\\u003c").replace(">", "\\u003e")
                    .replace("&", "\\u0026");
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
