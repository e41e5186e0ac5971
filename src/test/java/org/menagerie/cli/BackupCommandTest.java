package org.menagerie.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.menagerie.Menagerie;
import org.menagerie.Workspace;

class BackupCommandTest {
    @TempDir Path dir;

    @Test
    void backupThenRestoreIntoANewWorkspaceRebuildsTheIndex() throws Exception {
        Cli source = new Cli(dir.resolve("source"));
        Files.writeString(source.workspace.resolve("menagerie.properties"), "demo=false\nsearch.vectors=false\n");
        assertThat(source.run("import", "snopes", Cli.snopesSlice(dir, 40).toString()).code()).isZero();
        Path zip = dir.resolve("b.zip");
        Cli.Run backup = source.run("backup", "--out", zip.toString());
        assertThat(backup.code()).as(backup.err()).isZero();
        assertThat(backup.out()).contains("Backed up");

        Cli target = new Cli(dir.resolve("target"));
        Files.writeString(target.workspace.resolve("menagerie.properties"), "demo=false\nsearch.vectors=false\n");
        Cli.Run restore = target.run("restore", zip.toString());
        assertThat(restore.code()).as(restore.err()).isZero();
        assertThat(restore.out()).contains("Restored 40 cases").contains("Indexed 40 cases");
        try (Menagerie m = Menagerie.open(Workspace.at(target.workspace))) {
            assertThat(m.cases().count()).isEqualTo(40);
            assertThat(m.search().indexedSeq()).isEqualTo(m.cases().lastSeq());
            assertThat(m.search().size()).isEqualTo(40);
        }

        Cli.Run again = target.run("restore", zip.toString());
        assertThat(again.code()).isEqualTo(ExitCode.FAILED);
        assertThat(again.err()).contains("--force");
        assertThat(target.run("restore", "--force", zip.toString()).code()).isZero();
    }
}
