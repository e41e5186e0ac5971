package org.menagerie.check;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.menagerie.Menagerie;
import org.menagerie.NeedsSharedData;
import org.menagerie.SharedData;
import org.menagerie.Workspace;
import org.menagerie.catalog.Case;
import org.menagerie.catalog.Provenance;

/** The NATO Riga sample page checked against the demo catalog of a fresh workspace, as a fact-checker would read it. */
@NeedsSharedData
class CheckerTest {
    @TempDir static Path dir;
    private static Menagerie menagerie;
    private static Report report;

    @BeforeAll
    static void checkTheSample() throws Exception {
        menagerie = Menagerie.open(Workspace.at(dir.resolve("ws")));
        report = menagerie.checker().check(Inputs.file(SharedData.sample("tsp-nato-riga-2021.txt")));
    }

    @AfterAll
    static void close() {
        menagerie.close();
    }

    private static Optional<Report.Claim> claim(String words) {
        return report.claims().stream().filter(c -> c.sentence().contains(words)).findFirst();
    }

    private static List<String> matched(String words) {
        return claim(words).orElseThrow(() -> new AssertionError("no claim with: " + words)).matches().stream()
                .map(Report.CaseMatch::caseId).toList();
    }

    @Test
    void findsTheFactualClaimsOfTheArticle() {
        assertThat(claim("70,000 Russian troops")).isPresent();
        assertThat(claim("tens of thousands combat-ready Russian troops")).isPresent();
        assertThat(claim("Lavrov accused NATO of deploying a significant amount of military hardware")).isPresent();
        assertThat(claim("would be considered a red line")).isPresent();
        assertThat(report.source().language()).isEqualTo("en");
        assertThat(report.source().title()).isEqualTo("NATO meets to discuss Russia");
    }

    @Test
    void ignoresThePageChrome() {
        assertThat(report.claims()).extracting(Report.Claim::sentence).noneMatch(s -> s.contains("Menajeria")
                || s.contains("Ultimele buletine") || s.contains("Photo source") || s.contains("Te-ar mai putea"));
        assertThat(report.counts().sentences()).isLessThan(40);
    }

    @Test
    void matchesTheClaimsThatTheDemoCatalogDebunks() {
        assertThat(matched("Lavrov accused NATO")).contains("demo-nato-hardware-near-russian-borders");
        assertThat(matched("red line")).containsExactly("demo-nato-infrastructure-ukraine-red-line");
        assertThat(matched("demanded legal guarantees")).contains("demo-legal-guarantees-nato");
        Report.Claim drills = claim("military drills that have been taking place").orElseThrow();
        Report.CaseMatch best = drills.matches().isEmpty() ? drills.nearest() : drills.matches().get(0);
        assertThat(best.caseId()).as("matched or nearest, near the threshold").isEqualTo("demo-nato-drills-prepare-attack");
    }

    @Test
    void claimsNoMatchForSentencesWithNothingRelated() {
        for (String words : List.of("please click here", "Latvia hosted for the first time", "phone call with Russian Foreign Minister",
                "expelling a number of US Embassy staff", "coup attempt in Kyiv", "video conference on Tuesday")) {
            claim(words).ifPresent(c -> assertThat(c.matches()).as(words).isEmpty());
        }
        assertThat(report.matched()).extracting(Report.Claim::sentence).allMatch(s -> s.contains("Lavrov accused NATO")
                || s.contains("red line") || s.contains("legal guarantees") || s.contains("military drills"));
    }

    @Test
    void aSentenceSharingTooFewWordsWithEveryCaseIsNotEmbedded() {
        Report.Claim troops = claim("70,000 Russian troops").orElseThrow();
        assertThat(troops.matches()).isEmpty();
        assertThat(troops.nearest()).isNull();
        Report.Claim drills = claim("Moscow has dismissed Ukraine’s suggestions").orElseThrow();
        assertThat(drills.matches()).isEmpty();
        assertThat(drills.nearest().caseId()).isEqualTo("demo-no-russian-troops-at-ukraine-border");
        assertThat(drills.nearest().claimed()).isFalse();
        assertThat(drills.nearest().confidence()).isLessThan(report.matcher().threshold());
    }

    @Test
    void everyMatchExplainsItself() {
        Report.CaseMatch m = claim("Lavrov accused NATO").orElseThrow().matches().get(0);
        assertThat(m.title()).isEqualTo("NATO deploys military hardware near Russia's borders to threaten Russia");
        assertThat(m.verdict()).isEqualTo("MISLEADING");
        assertThat(m.why().names()).contains("nato");
        assertThat(m.why().terms()).contains("hardware");
        assertThat(m.why().similarity()).isGreaterThan(0.8);
        assertThat(m.why().summary()).contains("hardware").contains("similarity");
        assertThat(m.confidence()).isGreaterThanOrEqualTo(report.matcher().threshold());
        assertThat(m.claimed()).isTrue();
    }

    @Test
    void theJsonReportIsVersionedAndCarriesTheSameMatches() {
        String json = ReportJson.write(report);
        assertThat(json.strip()).startsWith("{\n  \"version\" : 1,");
        assertThat(json).contains("\"caseId\" : \"demo-nato-infrastructure-ukraine-red-line\"", "\"why\" : {",
                "\"checkWorthiness\"", "\"confidence\"", "\"claimed\" : true", "\"language\" : \"en\"");
    }

    @Test
    void refusesTextInALanguageItCannotRead() {
        CheckException e = catchThrowableOfType(() -> menagerie.checker().check(
                "Dies ist ein deutscher Text über das Wetter in Berlin, der nichts behauptet und lang genug ist."), CheckException.class);
        assertThat(e.kind()).isEqualTo(CheckException.Kind.BAD_INPUT);
        assertThat(e.getMessage()).contains("'de'").contains("en, ro, ru, uk");
        CheckException unknown = catchThrowableOfType(() -> menagerie.checker().check("12345 67890 !!! ???"), CheckException.class);
        assertThat(unknown.getMessage()).contains("cannot tell the language");
    }

    @Test
    void aTextWithNoCheckWorthySentenceGivesAnEmptyReport() {
        Report r = menagerie.checker().check("Hello there. Thank you so much for reading and see you next week, dear friends.");
        assertThat(r.claims()).isEmpty();
        assertThat(r.counts().sentences()).isEqualTo(2);
    }

    @Test
    void openingAWorkspaceDoesNotBuildTheChecker() {
        try (Menagerie other = Menagerie.open(Workspace.at(dir.resolve("other")))) {
            assertThat(other.cases().count()).isEqualTo(47);
            assertThat(dir.resolve("other/index")).doesNotExist();
        }
    }

    @Test
    void aCaseAddedToTheCatalogIsMatchedByTheSameCheckerAtItsNextCheck() {
        Checker checker = menagerie.checker();
        int before = checker.cases();
        menagerie.cases().put(Case.builder("test-moon-cheese", "The Moon is made of cheese, NASA admits.")
                .title("NASA admits the Moon is cheese").languages(List.of("en")).provenance(Provenance.ofEditor("ana")).build(),
                "editor:ana");
        Report r = checker.check("Scientists were stunned. NASA admitted on Monday that the Moon is made of cheese, "
                + "according to a leaked internal memo seen by reporters.");
        assertThat(menagerie.checker()).isSameAs(checker);
        assertThat(checker.cases()).isEqualTo(before + 1);
        assertThat(r.claims()).anySatisfy(c -> assertThat(c.matches())
                .anySatisfy(m -> assertThat(m.caseId()).isEqualTo("test-moon-cheese")));
    }
}
