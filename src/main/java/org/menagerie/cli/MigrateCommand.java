package org.menagerie.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.Callable;
import org.menagerie.Backends;
import org.menagerie.Menagerie;
import org.menagerie.Workspace;
import org.menagerie.store.StoreCopy;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

@Command(name = "migrate", mixinStandardHelpOptions = true,
        description = {"Copies this embedded workspace's store (cases with their revisions, narratives, publications, "
                + "accounts, outlets and sources, articles, queued messages, alerts) into the store that a settings file names.",
                "Run it again to copy what changed since: nothing is copied twice.",
                "The target's search index catches up from its store the first time it is opened."})
final class MigrateCommand implements Callable<Integer> {
    @ParentCommand Main parent;
    @Spec CommandSpec spec;

    @Option(names = "--to", required = true, paramLabel = "FILE",
            description = "The target's settings (menagerie.properties form): store=postgres with postgres.url, .user, "
                    + ".password, or store=h2 for the workspace in workspace= (default: the file's directory).")
    Path to;

    @Override
    public Integer call() throws IOException {
        Workspace source = parent.workspace();
        if (!Backends.from(source, System.getenv()).store().equals("h2")) {
            throw new CommandException(ExitCode.USAGE, "migrate copies an embedded (store=h2) workspace; " + source.root() + " is not one");
        }
        Workspace target = target(to);
        if (target.root().equals(source.root())) {
            throw new CommandException(ExitCode.USAGE, "the target is this workspace itself");
        }
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        long started = System.nanoTime();
        List<StoreCopy.Count> counts;
        // The target is opened without its environment's store choice: the settings file alone says where it is.
        try (Menagerie from = Menagerie.open(source); Menagerie into = Menagerie.open(target, Backends.from(target, java.util.Map.of()))) {
            counts = from.copyTo(into, p -> {
                err.printf("\rmigrate: %s %,d%s", p.what(), p.done(), p.total() < 0 ? "" : " of " + String.format("%,d", p.total()));
                err.flush();
            });
        }
        err.println();
        out.printf("Migrated %s into the %s store of %s in %.1f s:%n", source.root(),
                Backends.from(target, java.util.Map.of()).store(), to, (System.nanoTime() - started) / 1e9);
        for (StoreCopy.Count c : counts) out.printf("  %-36s %,10d copied %,10d already there%n", c.what(), c.copied(), c.present());
        out.flush();
        return ExitCode.OK;
    }

    /** The workspace the settings file describes; the demo catalog is never loaded into it. */
    static Workspace target(Path file) throws IOException {
        if (!Files.isRegularFile(file)) throw new CommandException(ExitCode.NOT_FOUND, "no settings file " + file);
        Properties p = new Properties();
        try (Reader r = Files.newBufferedReader(file)) {
            p.load(r);
        }
        p.setProperty(Menagerie.DEMO_SETTING, "false");
        Path dir = file.toAbsolutePath().getParent();
        String ws = p.getProperty("workspace");
        return new Workspace(ws == null || ws.isBlank() ? dir : dir.resolve(ws.strip()), p);
    }
}
