package org.menagerie.dataset;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.menagerie.Fixtures;
import org.menagerie.catalog.Appearance;
import org.menagerie.catalog.Case;
import org.menagerie.catalog.Verdict;

/**
 * Every dataset format read from its small committed sample (src/test/resources/datasets): the whole-dataset figures
 * are asserted by the readers' own tests in the {@code datasets} profile.
 */
class FixtureFormatsTest {

    @Test
    void liarStatementsMapToCasesWithTheirSpeakerAndContext() throws Exception {
        var read = Collected.read("liar", Fixtures.dataset("liar.tsv"));
        assertThat(read.problems).isEmpty();
        assertThat(read.cases).hasSize(20);
        Case c = read.byId("liar-9004");
        assertThat(c.claim()).isEqualTo("Our county has the lowest property taxes in the region.");
        assertThat(c.originalLabel()).isEqualTo("false");
        assertThat(c.verdict()).isEqualTo(Verdict.FALSE);
        assertThat(c.claimant()).isEqualTo("sam-rivera");
        assertThat(c.keywords()).containsExactly("immigration");
        assertThat(c.appearances()).containsExactly(new Appearance("a social media post", null, null, null));
        assertThat(c.languages()).containsExactly("en");
        assertThat(c.provenance().line()).isEqualTo(5);
    }

    @Test
    void rofactUnquotesFieldsAndMergesAStatementListedUnderTwoDomains() throws Exception {
        var read = Collected.read("rofact", Fixtures.dataset("rofact.tsv"));
        assertThat(read.cases).hasSize(21);
        assertThat(read.problems).singleElement().satisfies(p -> assertThat(p.line()).isEqualTo(22));
        Case merged = read.cases.get(0);
        assertThat(merged.claim()).isEqualTo("Pensiile au crescut cu 40% în ultimii doi ani.");
        assertThat(merged.keywords()).containsExactly("Economie", "Social");
        assertThat(merged.verdict()).isEqualTo(Verdict.FALSE);
        assertThat(merged.claimant()).isEqualTo("Ana Ionescu");
        assertThat(merged.languages()).containsExactly("ro");
        Case quoted = read.cases.get(20);
        assertThat(quoted.summary()).isEqualTo("Ministrul a spus: \"Nu există nicio criză a apei\", deși trei județe au apă cu program.");
    }

    @Test
    void euvsdisinfoScrapeRowsKeepTheirOutletSourceAndLanguage() throws Exception {
        var read = Collected.read("euvsdisinfo", Fixtures.dataset("euvsdisinfo-2015-2017.csv"));
        assertThat(read.problems).isEmpty();
        assertThat(read.cases).hasSize(12);
        Case c = read.cases.get(0);
        assertThat(c.claim()).isEqualTo("Exercises near the border are purely defensive");
        assertThat(c.summary()).startsWith("The exercises held near the border");
        assertThat(c.debunk()).startsWith("The exercises rehearsed offensive operations");
        assertThat(c.languages()).containsExactly("ru");
        assertThat(c.countries()).containsExactly("Ukraine");
        assertThat(c.keywords()).containsExactly("Military", "Exercise");
        assertThat(c.appearances()).containsExactly(new Appearance("Outlet One", "https://outlet1.example/story/1",
                LocalDate.of(2017, 1, 1), null));
        assertThat(read.cases).extracting(x -> x.languages().get(0)).contains("en", "de", "cs", "ro", "es", "pl");
    }

    @Test
    void euvsdisinfoCaseListSplitsItsJoinedValues() throws Exception {
        var read = Collected.read("euvsdisinfo", Fixtures.dataset("euvsdisinfo-cases.csv"));
        assertThat(read.problems).isEmpty();
        assertThat(read.cases).hasSize(12);
        Case c = read.byId("euvsdisinfo-exercises-near-the-border-are-purely-defensive");
        assertThat(c.reviewUrl()).isEqualTo("https://euvsdisinfo.eu/report/exercises-near-the-border-are-purely-defensive/");
        assertThat(c.keywords()).containsExactly("Military", "Exercise");
        assertThat(c.appearances()).extracting(Appearance::outlet).containsExactly("Outlet One", "Outlet Mirror");
        assertThat(c.appearances()).extracting(Appearance::seen).containsOnly(LocalDate.of(2020, 1, 1));
    }

    @Test
    void checkThat2020ClaimsUnquotedIncludingOneWrappedOverTwoLines() throws Exception {
        var read = Collected.read("checkthat2020", Fixtures.dataset("ct2020-vclaims.tsv"));
        assertThat(read.problems).isEmpty();
        assertThat(read.cases).hasSize(13);
        assertThat(read.byId("checkthat2020-10").claim()).isEqualTo("A viral post says a \"miracle\" tea cures every illness.");
        Case wrapped = read.byId("checkthat2020-11");
        assertThat(wrapped.claim()).isEqualTo("An old account describes a mayor who walked to work every day for forty years.");
        assertThat(wrapped.title()).isEqualTo("The Walking Mayor");
        assertThat(wrapped.provenance().line()).isEqualTo(13);
        assertThat(read.byId("checkthat2020-12").provenance().line()).isEqualTo(15);
    }

    @Test
    void snopesClaimsReadWhole() throws Exception {
        var read = JsonlTest.read("snopes", Fixtures.dataset("snopes-vclaims.jsonl"));
        assertThat(read.problems).isEmpty();
        assertThat(read.cases).hasSize(300);
        assertThat(read.cases).allSatisfy(c -> assertThat(c.reviewer()).isNotBlank());
    }

    @Test
    void everyFixtureExportsAndImportsBackUnchanged(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) throws Exception {
        List<Case> all = new java.util.ArrayList<>();
        for (String[] f : new String[][] {{"liar", "liar.tsv"}, {"rofact", "rofact.tsv"},
                {"euvsdisinfo", "euvsdisinfo-2015-2017.csv"}, {"euvsdisinfo", "euvsdisinfo-cases.csv"},
                {"checkthat2020", "ct2020-vclaims.tsv"}}) {
            all.addAll(Collected.read(f[0], Fixtures.dataset(f[1])).cases);
        }
        for (String format : List.of("csv", "claimreview")) {
            var back = Samples.roundTrip(format, all, java.nio.file.Files.createDirectories(dir.resolve(format)));
            assertThat(back.problems).as(format).isEmpty();
            assertThat(back.cases).as(format).containsExactlyElementsOf(Samples.unstamped(all));
        }
    }
}
