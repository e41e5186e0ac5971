package org.menagerie.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.menagerie.NeedsSharedData;
import org.menagerie.SharedData;

/** {@code menagerie check} on a workspace with the demo catalog: reports, and the exit codes of inputs it refuses. */
class CheckCommandTest {
    @TempDir static Path workspace;
    @TempDir Path dir;

    private static Cli.Run run(String... args) {
        StringWriter out = new StringWriter(), err = new StringWriter();
        List<String> all = new ArrayList<>(List.of("--workspace", workspace.toString()));
        all.addAll(List.of(args));
        int code = Main.run(all.toArray(String[]::new), new PrintWriter(out, true), new PrintWriter(err, true));
        return new Cli.Run(code, out.toString(), err.toString());
    }

    @NeedsSharedData
    @Test
    void printsAReadableReportOfTheSample() {
        Cli.Run r = run("check", SharedData.sample("tsp-nato-riga-2021.txt").toString());
        assertThat(r.code()).as(r.err()).isEqualTo(ExitCode.OK);
        assertThat(r.out()).startsWith("Checked: NATO meets to discuss Russia")
                .contains("MATCH demo-nato-infrastructure-ukraine-red-line (MISLEADING) confidence")
                .contains("why: names: nato")
                .contains("no known case matches");
    }

    @NeedsSharedData
    @Test
    void theReportReadsTopDownWithoutChromeOrWeakHints() {
        String out = run("check", SharedData.sample("tsp-nato-riga-2021.txt").toString()).out();
        int summary = out.indexOf("Summary: "), firstSentence = out.indexOf("\n[");
        assertThat(summary).as(out).isPositive().isLessThan(firstSentence);
        assertThat(out.substring(summary, firstSentence)).contains("demo-nato-infrastructure-ukraine-red-line")
                .contains("reports on demo-nato-infrastructure-ukraine-red-line");
        assertThat(out).contains("check-worthiness 0-4").doesNotContain("please click here")
                .doesNotContain("nearest: demo-no-russian-troops-at-ukraine-border, confidence 0.06")
                .doesNotContain("nearest: demo-nato-hardware-near-russian-borders");
    }

    @NeedsSharedData
    @Test
    void printsTheJsonReport() {
        Cli.Run r = run("check", "--json", SharedData.sample("tsp-nato-riga-2021.txt").toString());
        assertThat(r.code()).as(r.err()).isEqualTo(ExitCode.OK);
        assertThat(r.out().strip()).startsWith("{\n  \"version\" : 1,").endsWith("}");
        assertThat(r.out()).contains("\"caseId\" : \"demo-nato-hardware-near-russian-borders\"");
    }

    @NeedsSharedData
    @Test
    void checkAndAnalyzeReadTheSameSentencesOfTheSample() throws Exception {
        String sample = SharedData.sample("tsp-nato-riga-2021.txt").toString();
        Cli.Run check = run("check", "--json", sample);
        Cli.Run analyze = run("analyze", "--json", sample);
        assertThat(check.code()).as(check.err()).isEqualTo(ExitCode.OK);
        assertThat(analyze.code()).as(analyze.err()).isEqualTo(ExitCode.OK);
        com.fasterxml.jackson.databind.ObjectMapper json = new com.fasterxml.jackson.databind.ObjectMapper();
        int checked = json.readTree(check.out()).path("counts").path("sentences").asInt(-1);
        int analysed = json.readTree(analyze.out()).path("sentences").size();
        assertThat(checked).isGreaterThan(20);
        assertThat(analysed).isEqualTo(checked);
    }

    @Test
    void anEmptyFileIsBadInput() throws Exception {
        Cli.Run r = run("check", Files.writeString(dir.resolve("empty.txt"), "").toString());
        assertThat(r.code()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(r.err()).isEqualTo("menagerie: empty.txt is empty: nothing to check" + System.lineSeparator());
    }

    @Test
    void aMissingFileIsNotFound() {
        Cli.Run r = run("check", dir.resolve("nope.html").toString());
        assertThat(r.code()).isEqualTo(ExitCode.NOT_FOUND);
        assertThat(r.err()).startsWith("menagerie: no such file: ");
    }

    @Test
    void binaryJunkIsBadInput() throws Exception {
        Cli.Run r = run("check", Files.write(dir.resolve("photo.jpg"), new byte[] {(byte) 0xff, (byte) 0xd8, 0, 0, 1, 2}).toString());
        assertThat(r.code()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(r.err()).contains("is binary");
    }

    @Test
    void aTextInAnUnsupportedLanguageIsBadInput() throws Exception {
        Path german = Files.writeString(dir.resolve("de.txt"),
                "Die Regierung hat am Montag neue Regeln für den Verkehr in der Stadt beschlossen, sagte der Sprecher.");
        Cli.Run r = run("check", german.toString());
        assertThat(r.code()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(r.err()).contains("'de', which cannot be checked yet");
    }

    @Test
    void aLinkToALocalAddressIsRefusedWithoutConnecting() {
        Cli.Run r = run("check", "http://127.0.0.1:9/page");
        assertThat(r.code()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(r.err()).startsWith("menagerie: cannot check http://127.0.0.1:9/page: ");
    }
}
