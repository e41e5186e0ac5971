package org.menagerie.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.menagerie.Fixtures;
import org.menagerie.Menagerie;
import org.menagerie.Workspace;
import org.menagerie.catalog.Case;
import org.menagerie.catalog.CaseJson;
import org.menagerie.catalog.Verdict;

class CatalogCommandsTest {
    @TempDir Path dir;
    Cli cli;
    Path slice;

    @BeforeEach
    void setUp() throws IOException {
        cli = new Cli(dir.resolve("ws"));
        slice = Cli.snopesSlice(dir, 300);
    }

    @Test
    void everyCommandHasHelp() {
        for (String command : List.of("import", "export", "history", "stats", "bench")) {
            Cli.Run run = cli.run(command, "--help");
            assertThat(run.code()).as(command).isZero();
            assertThat(run.out()).as(command).startsWith("Usage: menagerie " + command);
        }
        assertThat(cli.run("import", "--help").out()).contains("snopes", "jsonl", "Exit codes:");
    }

    @Test
    void importsAndSummarises() {
        Cli.Run run = cli.run("import", "snopes", slice.toString());

        assertThat(run.code()).isZero();
        assertThat(run.out()).startsWith("Imported snopes-slice.jsonl (snopes) in ")
                .containsPattern("read +300\n").containsPattern("created +300\n").containsPattern("unchanged +0\n")
                .containsPattern("skipped +0\n");
        assertThat(run.err()).startsWith("import: 300 cases");
    }

    @Test
    void aSecondImportFindsEverythingUnchanged() {
        cli.run("import", "snopes", slice.toString());

        Cli.Run again = cli.run("import", "snopes", slice.toString());

        assertThat(again.code()).isZero();
        assertThat(again.out()).containsPattern("created +0\n").containsPattern("unchanged +300\n");
    }

    @Test
    void importsSeveralFilesOfOneFormatInOneRun() throws IOException {
        List<String> lines = Files.readAllLines(slice);
        Path first = Files.write(dir.resolve("first.jsonl"), lines.subList(0, 100));
        Path second = Files.write(dir.resolve("second.jsonl"), lines.subList(100, 300));

        Cli.Run run = cli.run("import", "snopes", first.toString(), second.toString());

        assertThat(run.code()).isZero();
        assertThat(run.out()).contains("Imported first.jsonl (snopes)", "Imported second.jsonl (snopes)")
                .containsPattern("created +100\n").containsPattern("created +200\n");
        assertThat(run.err()).contains("index: 300 cases");
    }

    @Test
    void listsProblemsWithTheirLinesAndCapsTheList() throws IOException {
        List<String> lines = new ArrayList<>(Files.readAllLines(slice));
        for (int i = 0; i < 5; i++) lines.set(10 + i, "{\"vclaim_id\": \"vclaim-sno-broken-" + i + "\", \"vclaim\": \"\"}");
        Path broken = Files.write(dir.resolve("broken.jsonl"), lines);

        Cli.Run run = cli.run("import", "snopes", broken.toString(), "--max-problems", "2");

        assertThat(run.code()).isZero();
        assertThat(run.out()).containsPattern("read +300\n").containsPattern("created +295\n")
                .containsPattern("skipped +5\n").contains("Problems (5):\n  broken.jsonl:11: no vclaim\n  broken.jsonl:12: no vclaim\n")
                .contains("... and 3 more");
    }

    @Test
    void aFileOfAnotherFormatFailsWithOneLine() {
        Cli.Run run = cli.run("import", "snopes", Fixtures.dataset("liar.tsv").toString());

        assertThat(run.code()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(run.err()).isEqualTo("menagerie: liar.tsv is not a Snopes vclaims file (CheckThat! 2022 JSONL with "
                + "vclaim_id and vclaim): line 1 is not a JSON object\n");
    }

    @Test
    void anEmptyFileIsBadInput() throws IOException {
        Path empty = Files.writeString(dir.resolve("empty.jsonl"), "\n\n");

        Cli.Run run = cli.run("import", "jsonl", empty.toString());

        assertThat(run.code()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(run.err()).isEqualTo("menagerie: no records in " + empty + "\n");
    }

    @Test
    void exitCodesSayWhatWentWrong() {
        assertThat(cli.run("import", "nosuchformat", slice.toString()).code()).isEqualTo(ExitCode.USAGE);
        assertThat(cli.run("import", "snopes", dir.resolve("missing.jsonl").toString()).code()).isEqualTo(ExitCode.NOT_FOUND);
        assertThat(cli.run("import", "snopes").code()).isEqualTo(ExitCode.USAGE);
        assertThat(cli.run("export", "nosuchformat").code()).isEqualTo(ExitCode.USAGE);
        Cli.Run history = cli.run("history", "no-such-case");
        assertThat(history.code()).isEqualTo(ExitCode.NOT_FOUND);
        assertThat(history.err()).isEqualTo("menagerie: no case with id no-such-case\n");
    }

    @Test
    void stackTracesOnlyWithVerbose() {
        String liar = Fixtures.dataset("liar.tsv").toString();
        assertThat(cli.run("import", "snopes", liar).err()).doesNotContain("\tat ");
        assertThat(cli.run("--verbose", "import", "snopes", liar).err()).contains("\tat org.menagerie.");
    }

    @Test
    void historyShowsEachRevision() {
        cli.run("import", "snopes", slice.toString());
        try (Menagerie m = Menagerie.open(Workspace.at(cli.workspace))) {
            Case c = m.cases().get("snopes-10-meter-anaconda").orElseThrow();
            m.cases().put(c.toBuilder().verdict(Verdict.FALSE).debunk("It is a 4-metre snake.").build(), "editor:ana");
        }

        Cli.Run run = cli.run("history", "snopes-10-meter-anaconda");

        assertThat(run.code()).isZero();
        assertThat(run.out().lines().toList()).satisfiesExactly(
                l -> assertThat(l).matches("v1 +\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\dZ  import:snopes  created"),
                l -> assertThat(l).matches("v2 +\\S+ \\S+  editor:ana     changed debunk, verdict"));
    }

    @Test
    void statsCountByVerdictLanguageAndDataset() {
        cli.run("import", "snopes", slice.toString());

        Cli.Run text = cli.run("stats");
        Cli.Run json = cli.run("stats", "--json");

        assertThat(text.code()).isZero();
        assertThat(text.out()).startsWith("Cases: 300\nBy verdict:\n  UNRATED        300\nBy language:\n  en        300\n")
                .contains("By country: (none)\n", "By source dataset:\n  snopes        300\n", "By narrative: (none)\n");
        JsonNode stats = CaseJson.read(json.out(), JsonNode.class);
        assertThat(stats.get("cases").asLong()).isEqualTo(300);
        assertThat(stats.at("/datasets/snopes").asLong()).isEqualTo(300);
    }

    @Test
    void anExportImportsIntoAnotherWorkspaceAsTheSameCases() throws IOException {
        cli.run("import", "snopes", slice.toString());
        Path export = dir.resolve("all.jsonl");

        Cli.Run exported = cli.run("export", "jsonl", "--out", export.toString());
        Cli other = new Cli(dir.resolve("other"));
        Cli.Run imported = other.run("import", "jsonl", export.toString());

        assertThat(exported.code()).isZero();
        assertThat(exported.err()).isEqualTo("Exported 300 cases (jsonl) to " + export + "\n");
        assertThat(imported.out()).containsPattern("created +300\n");
        assertThat(documents(other.workspace)).isEqualTo(documents(cli.workspace));
        assertThat(cli.run("export", "jsonl").out()).isEqualTo(Files.readString(export));
    }

    @Test
    void benchImportsIntoThrowAwayWorkspacesAndLeavesTheUsersAlone() {
        Cli.Run run = cli.run("bench", "import", "snopes", slice.toString(), "--runs", "2");

        assertThat(run.code()).isZero();
        assertThat(run.out()).containsPattern("run 1: 300 cases in ").containsPattern("run 2: 300 cases in ")
                .containsPattern("median of 2 runs: [\\d,]+ cases/s, [\\d,]+ cases per CPU-second");
        assertThat(documents(cli.workspace)).isEmpty();
    }

    /** Every case of a workspace without the store's timestamps. */
    static List<Case> documents(Path workspace) {
        List<Case> cases = new ArrayList<>();
        try (Menagerie m = Menagerie.open(Workspace.at(workspace))) {
            m.cases().forEach(c -> cases.add(c.stamped(null, null)));
        }
        return cases;
    }
}
