package org.menagerie.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.menagerie.store.H2;

class DemoCatalogTest {
    static final String CASES = """
            {"id":"demo-nato-riga","claim":"NATO decided in Riga to attack Russia.","verdict":"FALSE","languages":["ro"],"narratives":["nato-aggression"],"provenance":{"dataset":"demo","line":0}}

            {"id":"demo-vaccine-chips","claim":"Vaccines contain microchips.","languages":["en"]}
            """;
    static final String NARRATIVES = """
            {"id":"nato-aggression","name":"NATO prepares an aggression","languages":["ro","en"]}
            """;

    @TempDir Path dir;
    CaseStore store;

    @BeforeEach
    void open() {
        store = H2.open(dir);
    }

    @AfterEach
    void close() {
        store.close();
    }

    static InputStream stream(String text) {
        return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void loadsNarrativesAndCases() {
        DemoCatalog.Loaded loaded = DemoCatalog.load(store, stream(CASES), stream(NARRATIVES));

        assertThat(loaded).isEqualTo(new DemoCatalog.Loaded(2, 1));
        assertThat(store.narrative("nato-aggression").orElseThrow().name()).isEqualTo("NATO prepares an aggression");
        Case riga = store.get("demo-nato-riga").orElseThrow();
        assertThat(riga.verdict()).isEqualTo(Verdict.FALSE);
        assertThat(riga.narratives()).containsExactly("nato-aggression");
        assertThat(store.get("demo-vaccine-chips").orElseThrow().provenance())
                .isEqualTo(Provenance.ofFile("demo", "cases.jsonl", 3));
        assertThat(store.history("demo-nato-riga").get(0).author()).isEqualTo(DemoCatalog.AUTHOR);
    }

    @Test
    void absentResourcesLoadNothing() {
        assertThat(DemoCatalog.load(store, null, null)).isEqualTo(new DemoCatalog.Loaded(0, 0));
        assertThat(store.count()).isZero();
        assertThat(store.lastSeq()).isZero();
    }

    @Test
    void aBadLineIsABugThatNamesItsLine() {
        assertThatThrownBy(() -> DemoCatalog.load(store, stream(CASES + "{\"id\":\"x-1\"}\n"), null))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageStartingWith("bad demo line /org/menagerie/demo/cases.jsonl:4: ");
        assertThat(store.count()).isZero();
    }
}
