package org.menagerie.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code menagerie articles search}: the archive from the command line, beside the listing it extends. */
class ArticlesSearchCommandTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    @TempDir static Path dir;
    static Cli cli;

    @BeforeAll
    static void ingest() throws Exception {
        cli = new Cli(dir.resolve("ws"));
        Path file = Files.writeString(dir.resolve("export.jsonl"), String.join("\n",
                "{\"id\": \"a\", \"published\": \"2024-01-02T03:04:05Z\", \"outlet\": \"Desk\", \"url\": \"https://a.example/1\", \"title\": \"Seceta lovește fermierii\", "
                        + "\"text\": \"Guvernul a anunțat astăzi noi măsuri pentru sprijinirea fermierilor afectați de secetă.\"}",
                "{\"id\": \"b\", \"published\": \"2024-01-03T03:04:05Z\", \"outlet\": \"Other\", \"text\": \"Guvernul a anunțat astăzi noi măsuri pentru sprijinirea fermierilor afectați de secetă.\"}",
                "{\"id\": \"c\", \"published\": \"2024-02-07T10:00:00Z\", \"outlet\": \"Desk\", \"url\": \"https://a.example/2\", \"title\": \"NATO exercise near the border\", "
                        + "\"text\": \"Soldiers from six countries took part in a NATO exercise near the border this week, the ministry said.\"}")
                + "\n");
        assertThat(cli.run("ingest", file.toString(), "--format", "jsonl").code()).isZero();
    }

    @Test
    void findsByKeywordWithSnippetAndTheOtherOutletsOfTheStory() {
        Cli.Run run = cli.run("articles", "search", "fermierilor", "--sort", "date");
        assertThat(run.code()).as(run.err()).isZero();
        assertThat(run.out()).contains("2 articles, page 1 of 1", "[fermierilor]", "also carried by: Desk", "also carried by: Other",
                "outlet: Desk 1, Other 1", "date: 2024-01 2");
        assertThat(run.out().indexOf("[Other")).isLessThan(run.out().indexOf("[Desk"));
    }

    @Test
    void printsJsonWithFacetsAndFiltersByOutletLanguageAndDates() throws Exception {
        JsonNode all = JSON.readTree(cli.run("articles", "search", "--json").out());
        assertThat(all.get("total").asInt()).isEqualTo(3);
        assertThat(all.at("/facets/date/0/value").asText()).isEqualTo("2024-01");
        JsonNode desk = JSON.readTree(cli.run("articles", "search", "--outlet", "desk", "--from", "2024-02-01", "--json").out());
        assertThat(desk.get("total").asInt()).isEqualTo(1);
        assertThat(desk.at("/hits/0/title").asText()).isEqualTo("NATO exercise near the border");
        assertThat(desk.at("/hits/0/url").asText()).isEqualTo("https://a.example/2");
        JsonNode english = JSON.readTree(cli.run("articles", "search", "soldiers", "--language", "en", "--json").out());
        assertThat(english.get("total").asInt()).isEqualTo(1);
    }

    @Test
    void badInputExitsWithItsCodeAndTheListingStillWorks() {
        assertThat(cli.run("articles", "search", "\"unclosed").code()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(cli.run("articles", "search", "x", "--sort", "newest").code()).isEqualTo(ExitCode.USAGE);
        assertThat(cli.run("articles", "search", "x", "--limit", "500").code()).isEqualTo(ExitCode.USAGE);
        Cli.Run list = cli.run("articles", "--outlet", "Desk");
        assertThat(list.code()).isZero();
        assertThat(list.out()).contains("2 articles");
    }
}
