package org.menagerie.dataset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.menagerie.Fixtures;
import org.menagerie.NeedsSharedData;
import org.menagerie.catalog.Case;
import org.menagerie.catalog.Provenance;

class CsvWriterTest {

    @NeedsSharedData
    @Test
    void exportThenImportGivesBackTheSameCases(@TempDir Path dir) throws Exception {
        List<Case> cases = Samples.realCases();
        var back = Samples.roundTrip("csv", cases, dir);
        assertThat(back.problems).isEmpty();
        assertThat(back.cases).containsExactlyElementsOf(Samples.unstamped(cases));
    }

    @Test
    void writesOneQuotedRowPerCaseWithMultiValuesJoinedByPipes() throws Exception {
        Case c = Case.builder("x-1", "Says \"hi\", twice").keywords(List.of("a", "b|c", "d\\e"))
                .provenance(Provenance.ofFile("liar", "train.tsv", 7)).build();
        var bytes = new ByteArrayOutputStream();
        try (var writer = Datasets.writer("csv", bytes)) {
            writer.write(c);
        }
        String[] lines = bytes.toString(StandardCharsets.UTF_8).split("\r\n");
        assertThat(lines[0]).isEqualTo(String.join(",", CsvColumns.HEADER));
        assertThat(lines[1]).isEqualTo("x-1,\"Says \"\"hi\"\", twice\",\"Says \"\"hi\"\", twice\",,,UNRATED,,,,a|b\\|c|d\\\\e"
                + ",,,,,,,,,,,PUBLISHED,liar,train.tsv,7,");
    }

    @Test
    void reportsBadRowsAndReadsTheRest(@TempDir Path dir) throws Exception {
        String header = String.join(",", CsvColumns.HEADER);
        String good = "ok-1,A claim,,,,FALSE,,en,,,,,,,,,,,,,PUBLISHED,demo,,0,";
        Path file = dir.resolve("edited.csv");
        Files.writeString(file, header + "\r\n" + good + "\r\n"
                + "Bad Id,A claim,,,,FALSE,,en,,,,,,,,,,,,,PUBLISHED,demo,,0,\r\n"
                + "ok-2,A claim,,,,NONSENSE,,en,,,,,,,,,,,,,PUBLISHED,demo,,0,\r\n"
                + "ok-3,too few\r\n"
                + good.replace("ok-1", "ok-4") + "\r\n");
        var read = Collected.read("csv", file);
        assertThat(read.cases).extracting(Case::id).containsExactly("ok-1", "ok-4");
        assertThat(read.problems).extracting(Object::toString).containsExactly(
                "edited.csv:3: id must be URL-safe ([a-z0-9._-], up to 160 characters): Bad Id; skipped",
                "edited.csv:4: unknown verdict \"NONSENSE\"; skipped",
                "edited.csv:5: expected 25 fields, found 2; skipped");
    }

    @Test
    void refusesACsvOfAnotherShape() {
        assertThatThrownBy(() -> Collected.read("csv", Fixtures.dataset("euvsdisinfo-cases.csv")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("is not a Menagerie CSV export");
    }
}
