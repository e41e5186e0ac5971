package org.menagerie.dataset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.menagerie.NeedsSharedData;
import org.menagerie.SharedData;
import org.menagerie.catalog.Appearance;
import org.menagerie.catalog.Case;
import org.menagerie.catalog.Verdict;

@NeedsSharedData
class EuvsdisinfoReaderTest {

    @Test
    void readsTheCaseListOf2021WithCaseUrlsAsIds() throws Exception {
        var read = Collected.shared("euvsdisinfo", "catalog/euvsdisinfo-cases-2015-2021.csv");
        // 10,892 data rows, every case URL distinct; one row names "Montenegrin", which has no ISO 639-1 code.
        assertThat(read.cases).hasSize(10_892);
        assertThat(read.distinctIds()).isEqualTo(10_892);
        assertThat(read.problems).singleElement().hasToString(
                "euvsdisinfo-cases-2015-2021.csv:3617: unknown language \"Montenegrin\"; kept without it");

        Case navalny = read.byId("euvsdisinfo-german-special-services-helped-navalny");
        assertThat(navalny.claim()).isEqualTo("German special services helped Navalny");
        assertThat(navalny.reviewUrl()).isEqualTo("https://euvsdisinfo.eu/report/german-special-services-helped-navalny/");
        assertThat(navalny.countries()).containsExactly("Russia", "Germany");
        assertThat(navalny.keywords()).containsExactly("Alexei Navalny", "Vladimir Putin");
        assertThat(navalny.languages()).containsExactly("ru");
        assertThat(navalny.appearances()).containsExactly(
                new Appearance("TASS - Russian", null, LocalDate.of(2021, 2, 18), null));
        assertThat(navalny.firstSeen()).isEqualTo(LocalDate.of(2021, 2, 18));
        assertThat(navalny.verdict()).isEqualTo(Verdict.DISINFORMATION);
        assertThat(navalny.reviewer()).isEqualTo("EUvsDisinfo");
        assertThat(navalny.provenance().line()).isEqualTo(2);
    }

    @Test
    void slugsThatWouldLoseCharactersGetAHashSoIdsStayDistinct() throws Exception {
        var read = Collected.shared("euvsdisinfo", "catalog/euvsdisinfo-cases-2015-2021.csv");
        Case spanish = read.cases.stream().filter(c -> c.reviewUrl().contains("zelensky%d1%83")).findFirst().orElseThrow();
        assertThat(spanish.id()).matches("euvsdisinfo-zelensky-d1-83-introduces-tax-on-war-and-coronavirus-in-ukraine-[0-9a-f]{8}");
        // Spanish and Castilian are one language.
        assertThat(read.cases).allSatisfy(c -> assertThat(c.languages()).doesNotHaveDuplicates());
    }

    @Test
    void readsThe2017ScrapeAndSkipsItsRepeatedRows() throws Exception {
        var read = Collected.shared("euvsdisinfo", "catalog/euvsdisinfo-2015-2017.csv");
        // 3,071 rows: 2,769 distinct (date, outlet, source, title), 302 repeats; 51 rows have a country in the
        // language column ("Moldova", "Spain", "Bulgaria"...), kept without a language.
        assertThat(read.cases).hasSize(2_769);
        assertThat(read.distinctIds()).isEqualTo(2_769);
        assertThat(read.problemKinds()).containsExactly(
                java.util.Map.entry("repeats the case of line N; skipped", 302L),
                java.util.Map.entry("unknown language \"…\"; kept without it", 51L));

        Case first = read.cases.get(0);
        assertThat(first.claim()).isEqualTo("Explosions in Vinnitsa were organized by Ukrainian soldiers");
        assertThat(first.id()).matches("euvsdisinfo-explosions-in-vinnitsa-were-organized-by-ukrainian-soldiers-[0-9a-f]{8}");
        assertThat(first.summary()).startsWith("The recent explosions in the munitions depot in Vinnitsa");
        assertThat(first.debunk()).startsWith("TV Zvezda is a regular mouthpiece for pro-Kremlin disinformation");
        assertThat(first.languages()).containsExactly("ru");
        assertThat(first.countries()).containsExactly("Ukraine");
        assertThat(first.keywords()).containsExactly("TV Zvezda", "Military");
        assertThat(first.appearances()).containsExactly(new Appearance("TV Zvezda",
                "https://tvzvezda.ru/news/vstrane_i_mire/content/201710030853-nx7c.htm", LocalDate.of(2017, 10, 3), null));
        assertThat(first.reviewUrl()).isNull();
    }

    @Test
    void idsStayTheSameWhenOtherRowsAreRemovedOrLineEndingsChange(@TempDir Path dir) throws Exception {
        Path real = SharedData.data("catalog/euvsdisinfo-2015-2017.csv");
        var whole = Collected.read("euvsdisinfo", real);
        // Line 2 is the first record and a single line: without it, every other case must keep its id, even though
        // rewriting the lines also turns the CRLF breaks inside quoted fields (15 outlets span lines) into LF.
        List<String> lines = Files.readAllLines(real);
        lines.remove(1);
        Path shorter = dir.resolve("shorter.csv");
        Files.write(shorter, lines);
        var rest = Collected.read("euvsdisinfo", shorter);
        assertThat(rest.cases.stream().map(Case::id).toList())
                .isEqualTo(whole.cases.stream().skip(1).map(Case::id).toList());
    }

    @Test
    void refusesAFileOfAnotherFormat() {
        for (String other : List.of("catalog/liar/valid.tsv", "catalog/rofact/val_data.tsv")) {
            assertThatThrownBy(() -> Collected.read("euvsdisinfo", SharedData.data(other)))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("is not an EUvsDisinfo CSV");
        }
    }
}
