package org.menagerie.dataset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.menagerie.Fixtures;
import org.menagerie.NeedsSharedData;
import org.menagerie.catalog.Case;
import org.menagerie.catalog.Verdict;

class RofactReaderTest {

    @NeedsSharedData
    @Test
    void readsBothSplits() throws Exception {
        var train = Collected.shared("rofact", "catalog/rofact/train_data.tsv");
        var val = Collected.shared("rofact", "catalog/rofact/val_data.tsv");
        // 622 + 78 rows. In train, 10 statements are listed twice by the same author with the same verdict under a
        // second domain: one case each, with both domains. The files hold no undecodable bytes and no broken rows.
        assertThat(train.cases).hasSize(612);
        assertThat(train.problemKinds()).containsExactly(
                Map.entry("repeats the statement of line N; its domain \"…\" was added to that case", 10L));
        Case listedTwice = train.cases.stream().filter(c -> c.provenance().line() == 11).findFirst().orElseThrow();
        assertThat(listedTwice.claimant()).isEqualTo("Raluca Turcan");
        assertThat(listedTwice.keywords()).containsExactly("Economie", "Energie");
        assertThat(val.cases).hasSize(78);
        assertThat(val.problems).isEmpty();
        assertThat(train.cases).allSatisfy(c -> assertThat(c.verdict()).isNotEqualTo(Verdict.UNRATED));
        // 9 statements of val are also in train; their ids agree, so importing both keeps one case each.
        var trainIds = train.cases.stream().map(Case::id).collect(java.util.stream.Collectors.toSet());
        assertThat(val.cases.stream().filter(c -> trainIds.contains(c.id()))).hasSize(9);
    }

    @NeedsSharedData
    @Test
    void mapsAStatementAndUnquotesQuotedFields() throws Exception {
        var val = Collected.shared("rofact", "catalog/rofact/val_data.tsv");
        Case first = val.cases.get(0);
        assertThat(first.languages()).containsExactly("ro");
        assertThat(first.reviewer()).isEqualTo("Factual.ro");

        // Line 10 is quoted, with doubled quotes inside: "„Am reușit ... Europeană!"""
        Case quoted = val.cases.stream().filter(c -> c.provenance().line() == 10).findFirst().orElseThrow();
        assertThat(quoted.claim()).startsWith("„Am reușit să reducem inflația").endsWith("întreaga Uniune Europeană!\"");
        assertThat(quoted.originalLabel()).isEqualTo("TRUNCHIAT");
        assertThat(quoted.verdict()).isEqualTo(Verdict.MISSING_CONTEXT);
        assertThat(quoted.claimant()).isEqualTo("Marcel Ciolacu");
        assertThat(quoted.keywords()).containsExactly("Finante");
        assertThat(quoted.summary()).isNull();
    }

    @Test
    void reportsBadBytesAndBrokenRowsWithTheirLines(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("broken.tsv");
        byte[] badBytes = {(byte) 0xC3, (byte) 0x28};
        try (var out = Files.newOutputStream(file)) {
            out.write(("Claim Title\tClaim\tVerdict\tAuthor\tDomain\n"
                    + "Prima declarație.\tPrima declarație.\tFALS\tAutor Unu\tPolitica\n"
                    + "A doua declara").getBytes(StandardCharsets.UTF_8));
            out.write(badBytes);
            out.write(("ie.\tA doua.\tADEVĂRAT\tAutor Doi\tEconomie\n"
                    + "Rupt\tla mijloc\n"
                    + "FALS\tAutor Trei\tPolitica\n"
                    + "A patra.\tA patra.\tPARȚIAL FALS\tAutor Patru\tJustitie\n").getBytes(StandardCharsets.UTF_8));
        }
        var read = Collected.read("rofact", file);
        assertThat(read.cases).extracting(Case::claimant).containsExactly("Autor Unu", "Autor Doi", "Autor Patru");
        assertThat(read.problems).extracting(Object::toString).containsExactly(
                "broken.tsv:3: holds bytes that are not UTF-8 (shown as U+FFFD); kept",
                "broken.tsv:4: expected 5 fields, found 2; skipped",
                "broken.tsv:5: expected 5 fields, found 3; skipped");
    }

    @Test
    void refusesALiarFile() {
        assertThatThrownBy(() -> Collected.read("rofact", Fixtures.dataset("liar.tsv")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("liar.tsv is not a RoFact TSV");
    }
}
