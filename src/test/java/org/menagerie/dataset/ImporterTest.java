package org.menagerie.dataset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.menagerie.Fixtures;
import org.menagerie.catalog.CaseStore;
import org.menagerie.store.H2;
import org.menagerie.store.StoreException;

class ImporterTest {
    @TempDir Path dir;
    CaseStore store;
    List<String> lines;

    @BeforeEach
    void setUp() throws IOException {
        store = H2.open(dir.resolve("store"));
        lines = new ArrayList<>(Files.readAllLines(Fixtures.dataset("snopes-vclaims.jsonl")).subList(0, 250));
    }

    @AfterEach
    void close() {
        store.close();
    }

    @Test
    void importsInBatchesAndReportsEachCommittedBatch() throws IOException {
        Path file = Files.write(dir.resolve("slice.jsonl"), lines);
        List<Importer.Progress> progress = new ArrayList<>();

        Importer.Result result = new Importer(store, "import:snopes", 100, progress::add).run(Datasets.reader("snopes"), file);

        assertThat(progress).extracting(Importer.Progress::cases).containsExactly(100L, 200L, 250L);
        assertThat(progress).extracting(Importer.Progress::line).containsExactly(100L, 200L, 250L);
        assertThat(result.read()).isEqualTo(250);
        assertThat(result.created()).isEqualTo(250);
        assertThat(result.problemCount()).isZero();
        assertThat(store.count()).isEqualTo(250);
    }

    @Test
    void aBatchTheStoreRefusesStopsTheImportAndKeepsTheBatchesBefore() throws IOException {
        lines.set(149, "{\"vclaim_id\": \"vclaim-sno-huge\", \"vclaim\": \"" + "x".repeat(1_100_000) + "\"}");
        Path file = Files.write(dir.resolve("huge.jsonl"), lines);

        assertThatThrownBy(() -> new Importer(store, "import:snopes", 100, null).run(Datasets.reader("snopes"), file))
                .isInstanceOf(StoreException.class);

        assertThat(store.count()).isEqualTo(100);
        assertThat(store.get("snopes-huge")).isEmpty();
    }

    @Test
    void aProblemAboutAKeptCaseIsNotASkip() throws IOException {
        lines.set(0, lines.get(0).replace("26 May 2015", "sometime in May"));
        lines.set(1, "{\"vclaim_id\": \"vclaim-sno-empty\", \"vclaim\": \"\"}");
        Path file = Files.write(dir.resolve("problems.jsonl"), lines);

        Importer.Result result = new Importer(store, "import:snopes", 100, null).run(Datasets.reader("snopes"), file);

        assertThat(result.problemCount()).isEqualTo(2);
        assertThat(result.skipped()).isEqualTo(1);
        assertThat(result.read()).isEqualTo(250);
        assertThat(result.cases()).isEqualTo(249);
    }
}
