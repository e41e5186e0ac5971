package org.menagerie.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.menagerie.Backends;
import org.menagerie.Menagerie;
import org.menagerie.Workspace;
import org.menagerie.search.Search;
import org.menagerie.store.Backups;
import org.menagerie.store.Postgres;
import org.menagerie.store.PostgresBackups;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

@Command(name = "restore", mixinStandardHelpOptions = true,
        description = {"Restores a backup into the workspace (--workspace DIR names a new one), then rebuilds the search index.",
                "Refuses to replace an existing store without --force, and always refuses a store that a running serve holds.",
                "On a PostgreSQL store (store=postgres) it prints the pg_restore and point-in-time recovery steps instead."})
final class RestoreCommand implements Callable<Integer> {
    @ParentCommand Main parent;
    @Spec CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FILE", description = "A zip written by 'menagerie backup'.")
    Path file;

    @Option(names = "--force", description = "Replace the workspace's existing store.")
    boolean force;

    @Option(names = "--skip-index", description = "Leave the search index to be rebuilt by the next command that searches.")
    boolean skipIndex;

    @Override
    public Integer call() throws IOException {
        Workspace ws = parent.workspace();
        if (Backends.from(ws, System.getenv()).store().equals("postgres")) {
            PrintWriter advice = spec.commandLine().getOut();
            advice.print(PostgresBackups.restoreAdvice(PostgresBackups.Target.of(Postgres.Settings.from(ws.settings(), System.getenv()))));
            advice.flush();
            return ExitCode.OK;
        }
        try {
            Backups.restore(file, ws.store(), force);
        } catch (IllegalArgumentException e) {
            throw new CommandException(ExitCode.BAD_INPUT, e.getMessage());
        } catch (IllegalStateException e) {
            throw new CommandException(ExitCode.FAILED, e.getMessage());
        }
        // The index describes the old store; it is derived, so it goes and is built again from the restored one.
        ws.deleteIndex();
        PrintWriter out = spec.commandLine().getOut();
        try (Menagerie m = Menagerie.open(ws)) {
            out.printf("Restored %,d cases from %s into %s%n", m.cases().count(), file, ws.store());
            if (!skipIndex) {
                Search.Reindexed r = m.search().reindex();
                out.printf("Indexed %,d cases%n", r.cases());
            }
        }
        out.flush();
        return ExitCode.OK;
    }

}
