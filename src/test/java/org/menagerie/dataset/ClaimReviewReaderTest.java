package org.menagerie.dataset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.menagerie.Fixtures;
import org.menagerie.catalog.Appearance;
import org.menagerie.catalog.Case;
import org.menagerie.catalog.Verdict;

class ClaimReviewReaderTest {

    static Path fixture(String name) {
        try {
            return Path.of(ClaimReviewReaderTest.class.getResource("claimreview/" + name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void readsASingleClaimReviewWithItsClaimAndAppearances() throws Exception {
        var read = Collected.read("claimreview", fixture("single.jsonld"));
        assertThat(read.problems).isEmpty();
        Case c = read.cases.get(0);
        assertThat(c.id()).matches("claimreview-example-com-news-factcheck-moon-cheese-[0-9a-f]{8}");
        assertThat(c.claim()).isEqualTo("The moon is made of green cheese.");
        assertThat(c.title()).isEqualTo("No, the moon is not made of cheese");
        assertThat(c.debunk()).isEqualTo("Samples returned by Apollo missions are rock.");
        assertThat(c.verdict()).isEqualTo(Verdict.FALSE);
        assertThat(c.originalLabel()).isEqualTo("False");
        assertThat(c.reviewer()).isEqualTo("Example.com science team");
        assertThat(c.reviewUrl()).isEqualTo("https://example.com/news/factcheck/moon-cheese");
        assertThat(c.reviewDate()).isEqualTo(LocalDate.of(2023, 6, 20));
        assertThat(c.languages()).containsExactly("en");
        assertThat(c.keywords()).containsExactly("moon", "space", "food");
        assertThat(c.claimant()).isEqualTo("Square Pants");
        assertThat(c.firstSeen()).isEqualTo(LocalDate.of(2023, 6, 18));
        assertThat(c.appearances()).containsExactly(
                new Appearance("Moon Forum", "https://forum.example/t/42", LocalDate.of(2023, 6, 18), null),
                new Appearance("Cheese Fan", "https://social.example/post/1", LocalDate.of(2023, 6, 19), null),
                new Appearance(null, "https://blog.example/moon", null, null));
        assertThat(c.provenance().dataset()).isEqualTo("claimreview");
        assertThat(c.provenance().line()).isEqualTo(1);
    }

    @Test
    void readsAnArrayAndReportsEachBadRecordByNumber() throws Exception {
        var read = Collected.read("claimreview", fixture("array.json"));
        assertThat(read.cases).extracting(Case::claim)
                .containsExactly("Vaccines contain microchips.", "Drinking seawater cures thirst.");
        Case chips = read.cases.get(0);
        assertThat(chips.verdict()).isEqualTo(Verdict.FALSE);
        assertThat(chips.reviewer()).isEqualTo("Factcheck Example");
        assertThat(chips.claimant()).isEqualTo("A viral post");
        assertThat(chips.reviewDate()).isNull();
        Case seawater = read.cases.get(1);
        assertThat(seawater.verdict()).isEqualTo(Verdict.UNRATED);
        assertThat(seawater.originalLabel()).isEqualTo("Sort of wrong");
        assertThat(seawater.reviewer()).isEqualTo("Salt Checkers");
        assertThat(seawater.languages()).containsExactly("ro");
        assertThat(seawater.id()).matches("claimreview-drinking-seawater-cures-thirst-[0-9a-f]{8}");
        assertThat(read.problems).extracting(Object::toString).containsExactly(
                "array.json:1: unparseable date \"June 3rd, 2020\"; kept without it",
                "array.json:2: no claimReviewed; skipped",
                "array.json:3: not a ClaimReview object; skipped",
                "array.json: labels not in verdicts.tsv, imported as UNRATED with the label kept: \"Sort of wrong\" ×1");
    }

    @Test
    void readsTheClaimReviewsOfAGraph() throws Exception {
        var read = Collected.read("claimreview", fixture("graph.jsonld"));
        assertThat(read.problems).isEmpty();
        Case bread = read.cases.get(0);
        assertThat(bread.claim()).isEqualTo("Pâinea din magazine conține plastic.");
        assertThat(bread.verdict()).isEqualTo(Verdict.FALSE);
        assertThat(bread.countries()).containsExactly("Romania");
        assertThat(bread.reviewer()).as("author given as a reference to a node of the graph").isEqualTo("Checker.example");
        assertThat(bread.appearances()).containsExactly(new Appearance(null, "https://video.example/v/123", null, null));
    }

    @Test
    void findsAClaimReviewNestedInAWebPage() throws Exception {
        var read = Collected.read("claimreview", fixture("nested.jsonld"));
        assertThat(read.problems).isEmpty();
        assertThat(read.cases).singleElement().satisfies(c -> {
            assertThat(c.claim()).isEqualTo("Salariile s-au dublat în ultimul an.");
            assertThat(c.reviewer()).isEqualTo("Verifica.example");
            assertThat(c.verdict()).as("Romanian labels follow Factual.ro's scale").isEqualTo(Verdict.MISLEADING);
        });
    }

    @Test
    void readsADataFeed() throws Exception {
        var read = Collected.read("claimreview", fixture("datafeed.json"));
        assertThat(read.cases).extracting(Case::claim).containsExactly("Claim one.", "Claim two.", "Claim three.");
        assertThat(read.cases).extracting(Case::verdict)
                .containsExactly(Verdict.MISLEADING, Verdict.MISSING_CONTEXT, Verdict.UNRATED);
        assertThat(read.problems).extracting(Object::toString).containsExactly(
                "datafeed.json:4: not a ClaimReview object; skipped",
                "datafeed.json:5: repeats the case of record 1; skipped");
    }

    @Test
    void readsAFactCheckToolsSearchResponseOneCasePerReview() throws Exception {
        var read = Collected.read("claimreview", fixture("factcheck-api.json"));
        assertThat(read.problems).isEmpty();
        assertThat(read.cases).extracting(Case::reviewer).containsExactly("Checker A", "Checker B", "Checker A");
        Case french = read.cases.get(1);
        assertThat(french.claim()).isEqualTo("5G towers spread the virus.");
        assertThat(french.title()).isEqualTo("Non, la 5G ne propage pas le virus");
        assertThat(french.verdict()).isEqualTo(Verdict.FALSE);
        assertThat(french.originalLabel()).isEqualTo("Faux");
        assertThat(french.languages()).containsExactly("fr");
        assertThat(french.claimant()).isEqualTo("Social media posts");
        assertThat(french.firstSeen()).isEqualTo(LocalDate.of(2020, 3, 14));
        assertThat(french.reviewDate()).isEqualTo(LocalDate.of(2020, 3, 22));
        assertThat(french.reviewUrl()).isEqualTo("https://checker-b.example/fr/5g");
        assertThat(read.cases.get(2).verdict()).isEqualTo(Verdict.MIXED);
    }

    @Test
    void refusesJsonThatHoldsNoClaimReview() {
        assertThatThrownBy(() -> Collected.read("claimreview", fixture("not-claimreview.json")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("holds no ClaimReview");
    }

    @Test
    void refusesAnEmptyFile(@TempDir Path dir) throws Exception {
        Path empty = Files.createFile(dir.resolve("empty.json"));
        assertThatThrownBy(() -> Collected.read("claimreview", empty))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("it is empty");
    }

    @Test
    void refusesFilesThatAreNotOneJsonDocument() {
        assertThatThrownBy(() -> Collected.read("claimreview", Fixtures.dataset("liar.tsv")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("is not a ClaimReview JSON-LD document");
        assertThatThrownBy(() -> Collected.read("claimreview", Fixtures.dataset("snopes-vclaims.jsonl")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("is not a ClaimReview JSON-LD document");
    }
}
