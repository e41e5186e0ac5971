package org.menagerie.dataset;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.menagerie.catalog.CaseJson;
import org.menagerie.catalog.Problem;

/**
 * schema.org ClaimReview in JSON-LD, in every shape publishers and aggregators use: a single ClaimReview, an array of
 * them, a document with an {@code @graph}, a DataFeed whose items are ClaimReviews (Google's feed shape, and what
 * {@link ClaimReviewWriter} writes), the response of Google's Fact Check Tools API {@code claims:search}, and a
 * ClaimReview nested in another object (a WebPage's mainEntity, say). Records
 * are numbered in document order (JSON has no useful lines), and problems name that number. Mapping: see
 * {@link ClaimReviewCase}.
 */
final class ClaimReviewReader implements CaseReader {
    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    @Override
    public String format() {
        return "claimreview";
    }

    @Override
    public void read(Path file, Sink sink) throws IOException {
        String name = file.getFileName().toString();
        JsonNode root;
        try (var in = TextFiles.open(file)) {
            root = CaseJson.MAPPER.reader().with(DeserializationFeature.FAIL_ON_TRAILING_TOKENS).readTree(in);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(name + " is not a ClaimReview JSON-LD document: it is not one JSON value ("
                    + e.getOriginalMessage() + ")", e);
        }
        if (root == null || root.isMissingNode()) {
            throw new IllegalArgumentException(name + " is not a ClaimReview JSON-LD document: it is empty");
        }
        List<JsonNode> reviews = new ArrayList<>();
        if (!collect(root, reviews, true) && !emptyContainer(root)) {
            throw new IllegalArgumentException(name + " holds no ClaimReview: expected a ClaimReview, an array of them, an"
                    + " @graph, a schema.org DataFeed or a Fact Check Tools claims:search response");
        }
        var records = new Records(name, sink);
        var mapping = new ClaimReviewCase(records, nodesById(root));
        for (int i = 0; i < reviews.size(); i++) {
            JsonNode review = reviews.get(i);
            if (review == null) {
                sink.problem(new Problem(name, i + 1, "not a ClaimReview object; skipped"));
                continue;
            }
            var c = mapping.toCase(review, i + 1);
            if (c != null) {
                Long first = records.seen.putIfAbsent(c.id(), (long) i + 1);
                if (first != null) sink.problem(new Problem(name, i + 1, "repeats the case of record " + first + "; skipped"));
                else sink.accept(c);
            }
        }
        records.finish();
    }

    /**
     * Gathers the ClaimReviews under {@code node} in document order; a null entry stands for an element of a list of
     * reviews that is not one. Returns whether the node had a recognised shape.
     */
    private static boolean collect(JsonNode node, List<JsonNode> out, boolean top) {
        if (node.isArray()) {
            boolean any = false;
            for (JsonNode element : node) {
                if (collect(element, out, false)) any = true;
                else if (top) out.add(null);
            }
            return any;
        }
        if (!node.isObject()) return false;
        if (ClaimReviewCase.isType(node, "ClaimReview")) {
            out.add(node);
            return true;
        }
        if (node.has("@graph")) {
            for (JsonNode element : node.get("@graph")) collect(element, out, false);
            return true;
        }
        if (node.has("dataFeedElement")) {
            for (JsonNode element : node.get("dataFeedElement")) {
                JsonNode item = element.has("item") ? element.get("item") : element;
                if (!collect(item, out, true) && !item.isArray()) out.add(null);
            }
            return true;
        }
        if (node.path("claims").isArray()) {
            for (JsonNode claim : node.get("claims")) {
                for (JsonNode review : claim.path("claimReview")) out.add(fromFactCheckApi(claim, review));
            }
            return true;
        }
        // Any other object (a WebPage whose mainEntity is the review, an Article with a review): look inside.
        boolean any = false;
        for (JsonNode value : node) {
            if (value.isContainerNode() && collect(value, out, false)) any = true;
        }
        return any;
    }

    /** The described nodes of the document by their {@code @id}, so that references such as {"@id": "#org"} resolve. */
    private static Map<String, JsonNode> nodesById(JsonNode root) {
        Map<String, JsonNode> nodes = new HashMap<>();
        List<JsonNode> pending = new ArrayList<>(List.of(root));
        while (!pending.isEmpty()) {
            JsonNode node = pending.remove(pending.size() - 1);
            if (node.isObject() && node.hasNonNull("@id") && node.size() > 1) nodes.putIfAbsent(node.get("@id").asText(), node);
            if (node.isContainerNode()) node.forEach(pending::add);
        }
        return nodes;
    }

    private static boolean emptyContainer(JsonNode root) {
        return root.isArray() && root.isEmpty();
    }

    /** A claims:search result as the ClaimReview it describes, so that one mapping serves both. */
    private static ObjectNode fromFactCheckApi(JsonNode claim, JsonNode review) {
        ObjectNode r = JSON.objectNode().put("@type", "ClaimReview");
        copy(claim, "text", r, "claimReviewed");
        copy(review, "url", r, "url");
        copy(review, "title", r, "headline");
        copy(review, "reviewDate", r, "datePublished");
        copy(review, "languageCode", r, "inLanguage");
        if (review.has("textualRating")) r.putObject("reviewRating").set("alternateName", review.get("textualRating"));
        if (review.path("publisher").has("name")) r.putObject("author").set("name", review.get("publisher").get("name"));
        ObjectNode item = r.putObject("itemReviewed").put("@type", "Claim");
        if (claim.has("claimant")) item.putObject("author").set("name", claim.get("claimant"));
        copy(claim, "claimDate", item, "datePublished");
        return r;
    }

    private static void copy(JsonNode from, String field, ObjectNode to, String as) {
        if (from.hasNonNull(field)) to.set(as, from.get(field));
    }
}
