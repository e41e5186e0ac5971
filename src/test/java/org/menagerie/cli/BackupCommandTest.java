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

    @Test
    void onAPostgresStoreBackupAndRestoreGiveThePostgresCommandsAndTouchNothing() throws Exception {
        Cli ws = new Cli(dir.resolve("cluster"));
        // Nothing listens at this address: the commands must not connect to print their advice.
        Files.writeString(ws.workspace.resolve("menagerie.properties"),
                "store=postgres\npostgres.url=jdbc:postgresql://db.newsroom.invalid:5433/catalog\npostgres.user=menagerie\n");

        Cli.Run backup = ws.run("backup");
        assertThat(backup.code()).as(backup.err()).isZero();
        assertThat(backup.out()).contains("store is PostgreSQL (database catalog on db.newsroom.invalid:5433)")
                .contains("wrote nothing")
                .contains("pg_dump --host=db.newsroom.invalid --port=5433 --username=menagerie --format=custom --file=menagerie-")
                .contains("pg_basebackup --host=db.newsroom.invalid").contains("archive_command");
        assertThat(ws.workspace.resolve("backups")).doesNotExist();

        Cli.Run restore = ws.run("restore", dir.resolve("whatever.zip").toString());
        assertThat(restore.code()).as(restore.err()).isZero();
        assertThat(restore.out()).contains("changed nothing")
                .contains("pg_restore --host=db.newsroom.invalid --port=5433 --username=menagerie --dbname=catalog --clean")
                .contains("recovery_target_time").contains("menagerie reindex");
    }

    @Test
    void aPostgresStoreWithoutAUrlIsRefusedNamingTheSetting() throws Exception {
        Cli ws = new Cli(dir.resolve("cluster"));
        Files.writeString(ws.workspace.resolve("menagerie.properties"), "store=postgres\n");

        Cli.Run backup = ws.run("backup");

        assertThat(backup.code()).isNotZero();
        assertThat(backup.err()).contains("postgres.url").contains("MENAGERIE_POSTGRES_URL").doesNotContain("\tat ");
    }
}
