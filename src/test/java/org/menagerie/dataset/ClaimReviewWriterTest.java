package org.menagerie.dataset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.menagerie.NeedsSharedData;
import org.menagerie.catalog.Case;
import org.menagerie.catalog.CaseJson;

class ClaimReviewWriterTest {

    @NeedsSharedData
    @Test
    void exportThenImportGivesBackTheSameCases(@TempDir Path dir) throws Exception {
        List<Case> cases = Samples.realCases();
        assertThat(cases).hasSizeGreaterThan(900);
        var back = Samples.roundTrip("claimreview", cases, dir);
        assertThat(back.problems).isEmpty();
        assertThat(back.cases).hasSameSizeAs(cases);
        List<Case> expected = Samples.unstamped(cases);
        for (int i = 0; i < cases.size(); i++) {
            assertThat(back.cases.get(i)).as(expected.get(i).id()).isEqualTo(expected.get(i));
        }
    }

    @Test
    void writesGooglesRequiredPropertiesInADataFeed() throws Exception {
        var bytes = new ByteArrayOutputStream();
        try (var writer = new ClaimReviewWriter(bytes, "https://catalog.example/c/{id}")) {
            writer.write(Samples.everyField());
        }
        JsonNode feed = CaseJson.MAPPER.readTree(bytes.toString(StandardCharsets.UTF_8));
        assertThat(feed.get("@type").asText()).isEqualTo("DataFeed");
        JsonNode review = feed.get("dataFeedElement").get(0).get("item").get(0);
        assertThat(review.get("@type").asText()).isEqualTo("ClaimReview");
        assertThat(review.get("url").asText()).isEqualTo("https://catalog.example/c/demo-every-field");
        assertThat(review.get("claimReviewed").asText()).startsWith("A claim");
        assertThat(review.at("/reviewRating/alternateName").asText()).isEqualTo("Needs context");
        assertThat(review.at("/reviewRating/ratingValue").asInt()).isEqualTo(4);
        assertThat(review.at("/author/@type").asText()).isEqualTo("Organization");
        assertThat(review.at("/author/name").asText()).isEqualTo("Menagerie");
        assertThat(review.get("datePublished").asText()).isEqualTo("2024-03-05");
        assertThat(review.at("/itemReviewed/@type").asText()).isEqualTo("Claim");
        assertThat(review.at("/itemReviewed/author/name").asText()).isEqualTo("Someone Important");
        assertThat(review.at("/itemReviewed/datePublished").asText()).isEqualTo("2024-02-29");
        assertThat(review.at("/itemReviewed/appearance")).hasSize(3);
        // The earliest dated appearance, though it is listed second.
        assertThat(review.at("/itemReviewed/firstAppearance/publisher/name").asText()).isEqualTo("Outlet Two");
        assertThat(review.get("menagerie:urlIsCatalogPage").asBoolean()).isTrue();
    }

    @Test
    void leavesTheStreamOpenAndWritesAnEmptyFeedForNoCases() throws Exception {
        var bytes = new ByteArrayOutputStream() {
            boolean closed;

            @Override
            public void close() {
                closed = true;
            }
        };
        new ClaimReviewWriter(bytes).close();
        assertThat(bytes.closed).isFalse();
        assertThat(CaseJson.MAPPER.readTree(bytes.toString(StandardCharsets.UTF_8)).get("dataFeedElement")).isEmpty();
    }

    @Test
    void refusesACaseUrlTemplateWithoutTheId() {
        assertThatThrownBy(() -> new ClaimReviewWriter(new ByteArrayOutputStream(), "https://x.example/cases/"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("caseUrl must contain {id}");
    }
}
