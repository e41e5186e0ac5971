package org.menagerie.dataset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.menagerie.Fixtures;
import org.menagerie.catalog.Appearance;
import org.menagerie.catalog.Case;
import org.menagerie.catalog.Problem;
import org.menagerie.catalog.Provenance;
import org.menagerie.catalog.Status;
import org.menagerie.catalog.Verdict;

class JsonlTest {
    @TempDir Path dir;

    static Case full() {
        return Case.builder("euvsdisinfo-1234", "NATO plănuiește o agresiune împotriva Rusiei.").title("NATO „agresiune”")
                .summary("Says NATO prepares war.").debunk("No evidence.\nSecond paragraph.").verdict(Verdict.DISINFORMATION)
                .originalLabel("Disinfo").languages(List.of("ro", "ru")).countries(List.of("RO", "MD"))
                .keywords(List.of("NATO", "war")).appearances(List.of(new Appearance("Sputnik", "https://sputnik.md/a",
                        LocalDate.of(2021, 12, 1), "https://web.archive.org/x"), new Appearance(null, "https://t.me/x", null, null)))
                .firstSeen(LocalDate.of(2021, 11, 30)).claimant("Sputnik").reviewer("EUvsDisinfo")
                .reviewUrl("https://euvsdisinfo.eu/report/1234").reviewDate(LocalDate.of(2021, 12, 2))
                .narratives(List.of("nato-aggression")).provenance(Provenance.ofFile("euvsdisinfo", "cases.csv", 17))
                .status(Status.DRAFT).created(Instant.parse("2026-01-02T03:04:05.678Z"))
                .updated(Instant.parse("2026-02-03T04:05:06.789Z")).build();
    }

    static Read read(String format, Path file) throws IOException {
        Read read = new Read();
        Datasets.reader(format).read(file, read);
        return read;
    }

    static final class Read implements CaseReader.Sink {
        final List<Case> cases = new ArrayList<>();
        final List<Problem> problems = new ArrayList<>();

        @Override
        public void accept(Case c) {
            cases.add(c);
        }

        @Override
        public void problem(Problem p) {
            problems.add(p);
        }
    }

    @Test
    void anExportReadsBackAsIdenticalCases() throws IOException {
        List<Case> cases = List.of(full(), Case.builder("snopes-x", "A minimal case.").provenance(Provenance.ofEditor("ana")).build());
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (CaseWriter writer = Datasets.writer("jsonl", bytes)) {
            for (Case c : cases) writer.write(c);
        }
        Path file = Files.write(dir.resolve("export.jsonl"), bytes.toByteArray());

        Read read = read("jsonl", file);

        assertThat(read.problems).isEmpty();
        assertThat(read.cases).isEqualTo(cases);
        assertThat(Files.readAllLines(file)).hasSize(2);
    }

    @Test
    void aLineWithoutProvenanceComesFromItsFileAndLine() throws IOException {
        Path file = Files.writeString(dir.resolve("mine.jsonl"), "{\"id\":\"a-1\",\"claim\":\"One.\"}\n\n{\"id\":\"a-2\",\"claim\":\"Two.\"}\n");

        Read read = read("jsonl", file);

        assertThat(read.cases).extracting(Case::provenance)
                .containsExactly(Provenance.ofFile("jsonl", "mine.jsonl", 1), Provenance.ofFile("jsonl", "mine.jsonl", 3));
    }

    @Test
    void badLinesBecomeProblemsAndTheRestIsRead() throws IOException {
        Path file = Files.writeString(dir.resolve("mixed.jsonl"), String.join("\n",
                "{\"id\":\"a-1\",\"claim\":\"One.\"}", "{\"id\":\"a-2\",\"claim\":\"  \"}", "{not json",
                "{\"id\":\"Bad Id\",\"claim\":\"x\"}", "[1,2]", "{\"id\":\"a-6\",\"claim\":\"Six.\"}"), StandardCharsets.UTF_8);

        Read read = read("jsonl", file);

        assertThat(read.cases).extracting(Case::id).containsExactly("a-1", "a-6");
        assertThat(read.problems).extracting(Problem::line).containsExactly(2L, 3L, 4L, 5L);
        assertThat(read.problems.get(0).reason()).contains("claim must not be blank");
        assertThat(read.problems.get(2).reason()).contains("URL-safe");
    }

    @Test
    void aFileOfAnotherFormatFailsAtOnce() {
        assertThatThrownBy(() -> read("jsonl", Fixtures.dataset("snopes-vclaims.jsonl")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("snopes-vclaims.jsonl is not a Menagerie JSONL file (one case a line): line 1 lacks its fields");
        assertThatThrownBy(() -> read("jsonl", Fixtures.dataset("liar.tsv")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("liar.tsv is not a Menagerie JSONL file (one case a line): line 1 is not a JSON object");
    }
}
