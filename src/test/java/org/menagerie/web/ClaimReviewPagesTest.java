package org.menagerie.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.menagerie.catalog.Case;
import org.menagerie.dataset.ClaimReviewJson;
import org.menagerie.dataset.ClaimReviewWriter;

/**
 * Every demo case page, in both languages, carries a ClaimReview with Google's required and recommended properties
 * (developers.google.com/search/docs/appearance/structured-data/factcheck), rated as the page shows the verdict and as
 * the export rates it, plus a canonical link, absolute hreflang alternates and a meta description.
 */
class ClaimReviewPagesTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    @TempDir static Path dir;
    static TestSite site;
    static Http http;

    @BeforeAll
    static void start() {
        site = TestSite.demoSite(dir);
        http = new Http(site.base());
    }

    @AfterAll
    static void stop() {
        site.close();
    }

    @Test
    void everyDemoCasePageCarriesACompleteClaimReview() throws Exception {
        List<Case> cases = new ArrayList<>();
        site.cases.forEach(cases::add);
        assertThat(cases).hasSize(47);
        List<String> problems = new ArrayList<>();
        for (Case c : cases) {
            JsonNode exported = exported(c);
            for (String prefix : List.of("", "/en")) {
                String path = prefix + "/cases/" + c.id();
                Document page = Jsoup.parse(http.get(path).body());
                String url = "http://menagerie.test" + path;
                JsonNode r = JSON.readTree(page.selectFirst("script[type=application/ld+json]").data());
                String shown = page.selectFirst(".verdict-row .verdict").text();
                List<String> missing = new ArrayList<>();
                require(missing, r, "/@type", "ClaimReview");
                require(missing, r, "/url", url);
                require(missing, r, "/claimReviewed", null);
                require(missing, r, "/reviewRating/@type", "Rating");
                require(missing, r, "/reviewRating/alternateName", shown);
                require(missing, r, "/author/name", null);
                require(missing, r, "/author/url", null);
                require(missing, r, "/datePublished", null);
                require(missing, r, "/inLanguage", prefix.isEmpty() ? "ro" : "en");
                require(missing, r, "/itemReviewed/@type", "Claim");
                require(missing, r, "/itemReviewed/firstAppearance/@type", "CreativeWork");
                if (c.claimant() != null) require(missing, r, "/itemReviewed/author/name", c.claimant());
                if (c.firstSeen() != null) require(missing, r, "/itemReviewed/datePublished", c.firstSeen().toString());
                if (r.at("/itemReviewed/appearance").size() != c.appearances().size()) missing.add("an appearance per sighting");
                Integer value = ClaimReviewJson.SCALE.get(c.verdict());
                if (value != null && r.at("/reviewRating/ratingValue").asInt() != value) missing.add("ratingValue " + value);
                if (!r.at("/reviewRating/ratingValue").equals(exported.at("/reviewRating/ratingValue"))) missing.add("the export's ratingValue");
                if (!url.equals(page.select("link[rel=canonical]").attr("href"))) missing.add("canonical link");
                if (!("http://menagerie.test/en/cases/" + c.id()).equals(page.select("link[hreflang=en]").attr("href"))) missing.add("hreflang en");
                if (!("http://menagerie.test/cases/" + c.id()).equals(page.select("link[hreflang=ro]").attr("href"))) missing.add("hreflang ro");
                if (page.select("meta[name=description]").attr("content").isBlank()) missing.add("meta description");
                if (!missing.isEmpty()) problems.add(path + ": " + missing);
            }
        }
        assertThat(problems).isEmpty();
    }

    private static void require(List<String> missing, JsonNode r, String pointer, String expected) {
        JsonNode v = r.at(pointer);
        if (v.isMissingNode() || v.asText().isBlank()) missing.add(pointer);
        else if (expected != null && !expected.equalsIgnoreCase(v.asText())) missing.add(pointer + " = " + v.asText() + ", not " + expected);
    }

    private static JsonNode exported(Case c) throws Exception {
        var bytes = new ByteArrayOutputStream();
        try (var writer = new ClaimReviewWriter(bytes)) {
            writer.write(c);
        }
        return JSON.readTree(bytes.toString(StandardCharsets.UTF_8)).at("/dataFeedElement/0/item/0");
    }
}
