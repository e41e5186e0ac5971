package org.menagerie.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.menagerie.Fixtures;
import org.menagerie.catalog.CaseJson;

/** The search and reindex commands on RoFact-shaped cases (the search sample), keyword-only so nothing is embedded. */
class SearchCommandsTest {
    @TempDir Path dir;
    Cli cli;

    @BeforeEach
    void setUp() throws IOException {
        cli = new Cli(dir.resolve("ws"));
        Files.writeString(cli.workspace.resolve("menagerie.properties"), "search.vectors=false\n",
                java.nio.file.StandardOpenOption.APPEND);
        assertThat(cli.run("import", "rofact", Fixtures.dataset("search-rofact.tsv").toString()).code()).isZero();
    }

    @Test
    void searchesWithFiltersAndPrintsJson() throws IOException {
        Cli.Run text = cli.run("search", "guvernul", "--language", "ro", "--limit", "2");
        assertThat(text.code()).as(text.err()).isZero();
        assertThat(text.out()).containsPattern("\\d+ cases \\(keyword\\), page 1").contains("1. ").contains("language: ro");

        Cli.Run json = cli.run("search", "guvernul", "--lang", "ro", "--json");
        JsonNode result = CaseJson.MAPPER.readTree(json.out());
        assertThat(result.get("total").asLong()).isPositive();
        assertThat(result.get("hits").get(0).get("snippet").asText()).contains("<b>");
        assertThat(result.get("facets").get("verdict")).isNotEmpty();
    }

    @Test
    void aMalformedQueryIsOneLineAndExitCodeFour() {
        Cli.Run run = cli.run("search", "\"guvernul");
        assertThat(run.code()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(run.err()).isEqualTo("menagerie: the quote at position 1 is not closed\n");
        assertThat(cli.run("search", "x", "--sort", "size").code()).isEqualTo(ExitCode.USAGE);
    }

    @Test
    void reindexRebuildsFromTheStore() {
        Cli.Run run = cli.run("reindex");
        assertThat(run.code()).as(run.err()).isZero();
        assertThat(run.out()).containsPattern("Indexed \\d+ cases in [\\d.]+ s \\(0 embedded, 0 vectors reused\\)");
    }
}
