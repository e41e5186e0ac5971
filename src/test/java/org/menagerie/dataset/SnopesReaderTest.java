package org.menagerie.dataset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.menagerie.NeedsSharedData;
import org.menagerie.SharedData;
import org.menagerie.catalog.Case;
import org.menagerie.catalog.Problem;
import org.menagerie.catalog.Provenance;
import org.menagerie.catalog.Verdict;

@NeedsSharedData
class SnopesReaderTest {
    @TempDir Path dir;
    static JsonlTest.Read read;

    @BeforeAll
    static void readTheRealFile() throws IOException {
        read = JsonlTest.read("snopes", SharedData.data("catalog/snopes-vclaims.jsonl"));
    }

    @Test
    void readsEveryClaimOfTheRealFile() {
        assertThat(read.cases).hasSize(14_231);
        assertThat(read.cases).extracting(Case::id).doesNotHaveDuplicates();
        assertThat(read.cases).allSatisfy(c -> {
            assertThat(c.verdict()).isEqualTo(Verdict.UNRATED);
            assertThat(c.languages()).containsExactly("en");
            assertThat(c.reviewer()).isEqualTo("Snopes");
            assertThat(c.claimant()).isNull();
        });
        assertThat(read.cases.stream().filter(c -> c.reviewUrl() != null)).hasSize(2266);
        assertThat(read.cases.stream().filter(c -> c.reviewDate() == null)).hasSize(287 + 2);
        // Two records carry a sentence of the article where the date belongs: kept, without a date, with a problem.
        assertThat(read.problems).extracting(Problem::line).containsExactly(7559L, 10948L);
    }

    @Test
    void mapsAKnownRecord() {
        Case anaconda = read.cases.get(1);
        assertThat(anaconda.id()).isEqualTo("snopes-10-meter-anaconda");
        assertThat(anaconda.claim()).isEqualTo("A viral video shows a 10-meter-long anaconda swimming across a river in Brazil.");
        assertThat(anaconda.title()).isEqualTo("Does Video Show a 10-Meter-Long Anaconda?");
        assertThat(anaconda.summary()).isEqualTo("The anaconda is one of the largest snakes in the world.");
        assertThat(anaconda.reviewDate()).isEqualTo(LocalDate.of(2021, 3, 6));
        assertThat(anaconda.provenance()).isEqualTo(Provenance.ofFile("snopes", "snopes-vclaims.jsonl", 2));
        Case homeless = read.cases.stream().filter(c -> c.id().equals("snopes-15-homeless-dead-in-chicago")).findFirst().orElseThrow();
        assertThat(homeless.reviewUrl()).isEqualTo("https://www.snopes.com/fact-check/15-homeless-dead-in-chicago/");
    }

    @Test
    void forgivesSloppyDates() {
        assertThat(SnopesReader.date("21February 2009")).isEqualTo(LocalDate.of(2009, 2, 21));
        assertThat(SnopesReader.date("29 February  2012")).isEqualTo(LocalDate.of(2012, 2, 29));
        assertThat(SnopesReader.date("Not surprisingly, when")).isNull();
    }

    @Test
    void aRecordWithoutAClaimIsSkippedWithItsLine() throws IOException {
        Path file = Files.write(dir.resolve("v.jsonl"), List.of(
                "{\"vclaim_id\": \"vclaim-sno-a\", \"vclaim\": \"A.\", \"title\": \"A\", \"date\": \"1 May 2020\"}",
                "{\"vclaim_id\": \"vclaim-sno-b\", \"vclaim\": \"\", \"title\": \"B\"}"));

        JsonlTest.Read small = JsonlTest.read("snopes", file);

        assertThat(small.cases).extracting(Case::id).containsExactly("snopes-a");
        assertThat(small.problems).containsExactly(new Problem("v.jsonl", 2, "no vclaim"));
    }

    @Test
    void aFileOfAnotherFormatFailsAtOnce() {
        assertThatThrownBy(() -> JsonlTest.read("snopes", SharedData.data("catalog/rofact/val_data.tsv")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("val_data.tsv is not a Snopes vclaims file");
    }
}
