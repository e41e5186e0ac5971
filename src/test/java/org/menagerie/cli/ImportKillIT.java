package org.menagerie.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.menagerie.Menagerie;
import org.menagerie.NeedsSharedData;
import org.menagerie.SharedData;
import org.menagerie.Workspace;

/** An import killed with SIGKILL part-way and run again leaves the same catalog as one clean import. */
@NeedsSharedData
class ImportKillIT {
    @TempDir Path dir;

    @Test
    void aKilledImportRunAgainEqualsACleanImport() throws Exception {
        String file = SharedData.data("catalog/snopes-vclaims.jsonl").toString();
        Cli interrupted = new Cli(dir.resolve("interrupted"));

        Process child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx512m",
                "-cp", System.getProperty("java.class.path"), Main.class.getName(),
                "--workspace", interrupted.workspace.toString(), "import", "snopes", file, "--batch-size", "100", "--no-index")
                .redirectErrorStream(true).start();
        String line;
        try (BufferedReader output = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
            // The first progress line comes after the first committed batch; the kill lands in a later one.
            while ((line = output.readLine()) != null && !line.startsWith("import: ")) { }
            child.destroyForcibly();
        }
        child.waitFor();
        assertThat(line).as("a progress line before the import ended").isNotNull();
        assertThat(child.exitValue()).as("killed, not finished").isEqualTo(137);

        long partial = count(interrupted.workspace);
        assertThat(partial).isBetween(1L, 14_230L);

        // The store is what a kill can damage; indexing and embedding after the import are IndexCrashIT's concern.
        Cli.Run rerun = interrupted.run("import", "snopes", file, "--no-index");
        Cli clean = new Cli(dir.resolve("clean"));
        Cli.Run once = clean.run("import", "snopes", file, "--no-index");

        assertThat(rerun.code()).isZero();
        assertThat(rerun.out()).containsPattern("created +" + String.format("%,d", 14_231 - partial) + "\n")
                .containsPattern("unchanged +" + String.format("%,d", partial) + "\n");
        assertThat(once.out()).containsPattern("created +14,231\n");
        List<org.menagerie.catalog.Case> resumed = CatalogCommandsTest.documents(interrupted.workspace);
        assertThat(resumed).hasSize(14_231).isEqualTo(CatalogCommandsTest.documents(clean.workspace));
        try (Menagerie m = Menagerie.open(Workspace.at(interrupted.workspace))) {
            // One revision per case and nothing else: no case was written twice.
            assertThat(m.cases().lastSeq()).isEqualTo(14_231);
            assertThat(m.cases().changesSince(0, 20_000)).hasSize(14_231);
        }
    }

    private static long count(Path workspace) {
        try (Menagerie m = Menagerie.open(Workspace.at(workspace))) {
            List<String> ids = new ArrayList<>();
            m.cases().forEach(c -> ids.add(c.id()));
            assertThat(ids).doesNotHaveDuplicates();
            return m.cases().count();
        }
    }
}
