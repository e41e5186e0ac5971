package org.menagerie.dataset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.menagerie.Fixtures;
import org.menagerie.NeedsSharedData;
import org.menagerie.catalog.Appearance;
import org.menagerie.catalog.Case;
import org.menagerie.catalog.Verdict;

class LiarReaderTest {

    @NeedsSharedData
    @Test
    void readsAllThreeSplits() throws Exception {
        var train = Collected.shared("liar", "catalog/liar/train.tsv");
        var valid = Collected.shared("liar", "catalog/liar/valid.tsv");
        var test = Collected.shared("liar", "catalog/liar/test.tsv");
        assertThat(train.cases.size() + valid.cases.size() + test.cases.size()).isEqualTo(12_836);
        assertThat(train.problems).isEmpty();
        assertThat(valid.problems).isEmpty();
        assertThat(test.problems).isEmpty();
        // PolitiFact's six labels through the table: pants-fire 842 + false 1,998; barely-true 1,657; half-true
        // 2,123; mostly-true 1,966 + true 1,683.
        Map<Verdict, Long> verdicts = train.cases.stream().collect(Collectors.groupingBy(Case::verdict, Collectors.counting()));
        assertThat(verdicts).containsExactlyInAnyOrderEntriesOf(Map.of(Verdict.FALSE, 2_840L, Verdict.MISLEADING, 1_657L,
                Verdict.MIXED, 2_123L, Verdict.TRUE, 3_649L));
    }

    @NeedsSharedData
    @Test
    void mapsAStatement() throws Exception {
        Case c = Collected.shared("liar", "catalog/liar/train.tsv").byId("liar-2635");
        assertThat(c.claim()).isEqualTo("Says the Annies List political group supports third-trimester abortions on demand.");
        assertThat(c.originalLabel()).isEqualTo("false");
        assertThat(c.verdict()).isEqualTo(Verdict.FALSE);
        assertThat(c.claimant()).isEqualTo("dwayne-bohac");
        assertThat(c.keywords()).containsExactly("abortion");
        assertThat(c.appearances()).containsExactly(new Appearance("a mailer", null, null, null));
        assertThat(c.languages()).containsExactly("en");
        assertThat(c.provenance().line()).isEqualTo(1);
    }

    @Test
    void reportsBrokenLinesAndUnknownLabelsAndReadsTheRest(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("small.tsv");
        String good = "1.json\tfalse\tA claim.\ttaxes\tsomeone\t\t\t\t0\t0\t0\t0\t0\ta speech";
        Files.writeString(file, good + "\n"
                + "2.json\ttrue\tcut short\n"
                + "3.json\tfalse\t \ttaxes\tsomeone\t\t\t\t0\t0\t0\t0\t0\t\n"
                + "4.json\tsort-of-true\tAnother claim.\ttaxes\tsomeone\t\t\t\t0\t0\t0\t0\t0\t\n");
        var read = Collected.read("liar", file);
        assertThat(read.cases).extracting(Case::id).containsExactly("liar-1", "liar-4");
        assertThat(read.byId("liar-4").verdict()).isEqualTo(Verdict.UNRATED);
        assertThat(read.byId("liar-4").originalLabel()).isEqualTo("sort-of-true");
        assertThat(read.problems).extracting(Object::toString).containsExactly(
                "small.tsv:2: expected 14 fields, found 3; skipped",
                "small.tsv:3: no statement; skipped",
                "small.tsv: labels not in verdicts.tsv, imported as UNRATED with the label kept: \"sort-of-true\" ×1");
    }

    @Test
    void refusesAFileOfAnotherFormat() {
        assertThatThrownBy(() -> Collected.read("liar", Fixtures.dataset("rofact.tsv")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("is not a LIAR TSV");
    }
}
