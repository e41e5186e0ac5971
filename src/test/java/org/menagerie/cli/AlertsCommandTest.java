package org.menagerie.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.time.Instant;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.menagerie.Menagerie;
import org.menagerie.Workspace;
import org.menagerie.alert.Alert;
import org.menagerie.alert.AlertStore;
import org.menagerie.alert.Level;

class AlertsCommandTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    @TempDir Path dir;
    private Cli cli;
    private String suggested, matched;

    @BeforeEach
    void alerts() throws Exception {
        cli = new Cli(dir.resolve("ws"));
        try (Menagerie m = Menagerie.open(Workspace.at(cli.workspace))) {
            m.cases().put(org.menagerie.catalog.Case.builder("case-chips", "Vaccines contain chips").languages(java.util.List.of("ro"))
                    .provenance(org.menagerie.catalog.Provenance.ofFile("test", "AlertsCommandTest.java", 1))
                    .status(org.menagerie.catalog.Status.PUBLISHED).build(), "test");
            m.alerts().record(new Alert("article:1", "sputnik.md", "https://sputnik.md/a", "NATO trupe în Moldova", "case-nato",
                    0.55, Level.SUGGESTED, "terms: NATO", Instant.parse("2026-03-01T10:00:00Z")));
            m.alerts().record(new Alert("article:2", "rtr.md", "https://rtr.md/b", "Vaccinurile conțin cipuri", "case-chips",
                    0.95, Level.MATCHED, "terms: cipuri", Instant.parse("2026-03-02T10:00:00Z")));
        }
        suggested = AlertStore.idOf("article:1", "case-nato");
        matched = AlertStore.idOf("article:2", "case-chips");
    }

    @Test
    void listsAlertsAsJsonWithTheirStates() throws Exception {
        Cli.Run run = cli.run("alerts", "list", "--json");
        assertThat(run.code()).as(run.err()).isZero();
        JsonNode body = JSON.readTree(run.out());
        assertThat(body.get("total").asInt()).isEqualTo(2);
        JsonNode first = body.get("alerts").get(0);
        assertThat(first.get("id").asText()).isEqualTo(matched);
        assertThat(first.get("state").asText()).as("matched: a sighting by itself").isEqualTo("confirmed");
        for (String field : new String[] {"id", "case", "item", "outlet", "url", "level", "state", "confidence", "sentence", "raised"}) {
            assertThat(first.has(field)).as(field).isTrue();
        }
        JsonNode open = JSON.readTree(cli.run("alerts", "list", "--state", "open", "--json").out());
        assertThat(open.get("total").asInt()).isEqualTo(1);
        assertThat(open.get("alerts").get(0).get("case").asText()).isEqualTo("case-nato");
        assertThat(cli.run("alerts", "list", "--state", "sleeping").code()).isEqualTo(ExitCode.BAD_INPUT);
    }

    @Test
    void confirmDismissAndUndoAreRecordedWithWhoDecided() throws Exception {
        Cli.Run confirmed = cli.run("alerts", "confirm", suggested, "--as", "ana");
        assertThat(confirmed.code()).as(confirmed.err()).isZero();
        assertThat(confirmed.out()).contains(suggested + ": confirmed");
        assertThat(cli.run("alerts", "dismiss", suggested, "--reason", "satire").code()).as("confirmed: undo first").isEqualTo(ExitCode.FAILED);
        assertThat(cli.run("alerts", "undo", suggested, "--as", "ana").out()).contains(suggested + ": open");
        assertThat(cli.run("alerts", "dismiss", suggested, matched, "--reason", "satire", "--as", "ion").code())
                .as("the matched one is confirmed").isEqualTo(ExitCode.FAILED);
        JsonNode shown = JSON.readTree(cli.run("alerts", "show", suggested, "--json").out());
        assertThat(shown.get("state").asText()).isEqualTo("dismissed");
        assertThat(shown.get("decisions")).extracting(d -> d.get("action").asText() + "/" + d.get("by").asText())
                .containsExactly("confirm/ana", "undo/ana", "dismiss/ion");
        assertThat(shown.get("decisions").get(2).get("reason").asText()).isEqualTo("satire");
        assertThat(cli.run("alerts", "show", "nope").code()).isEqualTo(ExitCode.NOT_FOUND);
    }

    @Test
    void exportsCarryTheSightingsAsAppearances() throws Exception {
        Cli.Run jsonl = cli.run("export", "jsonl");
        assertThat(jsonl.code()).as(jsonl.err()).isZero();
        assertThat(jsonl.out()).contains("https://rtr.md/b");
        JsonNode feed = JSON.readTree(cli.run("export", "claimreview").out());
        assertThat(feed.at("/dataFeedElement/0/item/0/itemReviewed/appearance/0/url").asText()).isEqualTo("https://rtr.md/b");
        assertThat(feed.at("/dataFeedElement/0/item/0/itemReviewed/appearance/0/publisher/name").asText()).isEqualTo("rtr.md");
        assertThat(cli.run("export", "csv").out()).contains("https://rtr.md/b");
        assertThat(cli.run("alerts", "undo", matched).code()).isZero();
        assertThat(cli.run("export", "jsonl").out()).doesNotContain("https://rtr.md/b");
    }

    @Test
    void aSnoozedAlertLeavesTheOpenListUntilItsTime() throws Exception {
        assertThat(cli.run("alerts", "snooze", suggested, "--until", "2999-01-01").code()).isZero();
        assertThat(JSON.readTree(cli.run("alerts", "list", "--state", "open", "--json").out()).get("total").asInt()).isZero();
        assertThat(JSON.readTree(cli.run("alerts", "list", "--state", "snoozed", "--json").out()).get("total").asInt()).isEqualTo(1);
        assertThat(cli.run("alerts", "snooze", suggested, "--until", "yesterday").code()).isEqualTo(ExitCode.USAGE);
    }
}
