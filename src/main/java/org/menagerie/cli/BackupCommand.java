package org.menagerie.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.concurrent.Callable;
import org.menagerie.Backends;
import org.menagerie.Workspace;
import org.menagerie.store.Postgres;
import org.menagerie.store.PostgresBackups;
import org.menagerie.store.Backups;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

@Command(name = "backup", mixinStandardHelpOptions = true,
        description = {"Backs up the workspace's store (cases, history, publications, accounts) to a zip file.",
                "The backup is H2's BACKUP TO: transactionally consistent, taken while the store stays open.",
                "The search index is not backed up: it is derived, and rebuilt by restore.",
                "On a PostgreSQL store (store=postgres) it prints the pg_dump and point-in-time recovery commands instead."})
final class BackupCommand implements Callable<Integer> {
    @ParentCommand Main parent;
    @Spec CommandSpec spec;

    @Option(names = "--out", paramLabel = "FILE",
            description = "The zip to write (default: backups/menagerie-YYYYMMDD-HHMMSS.zip in the workspace).")
    Path out;

    @Override
    public Integer call() throws Exception {
        Workspace ws = parent.workspace();
        if (Backends.from(ws, System.getenv()).store().equals("postgres")) {
            PrintWriter w = spec.commandLine().getOut();
            w.print(PostgresBackups.backupAdvice(PostgresBackups.Target.of(Postgres.Settings.from(ws.settings(), System.getenv())),
                    LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss"))));
            w.flush();
            return ExitCode.OK;
        }
        Path target = out != null ? out : ws.root().resolve("backups")
                .resolve("menagerie-" + LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss")) + ".zip");
        try {
            Backups.backup(ws.store(), target);
        } catch (IllegalArgumentException e) {
            throw new CommandException(ExitCode.NOT_FOUND, e.getMessage());
        }
        PrintWriter w = spec.commandLine().getOut();
        w.printf("Backed up %s to %s (%,d bytes)%n", ws.store(), target.toAbsolutePath(), Files.size(target));
        w.flush();
        return ExitCode.OK;
    }
}
