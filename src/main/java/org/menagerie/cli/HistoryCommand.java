package org.menagerie.cli;

import java.io.PrintWriter;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.concurrent.Callable;
import org.menagerie.Menagerie;
import org.menagerie.catalog.Revision;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

@Command(name = "history", mixinStandardHelpOptions = true,
        description = "Lists the revisions of a case, oldest first: version, when (UTC), who, and the fields changed.",
        exitCodeListHeading = "Exit codes:%n", exitCodeList = {"0:listed", "3:no case ever had that id"})
final class HistoryCommand implements Callable<Integer> {
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss'Z'").withZone(ZoneOffset.UTC);

    @ParentCommand Main parent;
    @Spec CommandSpec spec;

    @Parameters(paramLabel = "ID", description = "The case's id.")
    String id;

    @Override
    public Integer call() {
        try (Menagerie menagerie = Menagerie.open(parent.workspace())) {
            List<Revision> revisions = menagerie.cases().history(id);
            if (revisions.isEmpty()) throw new CommandException(ExitCode.NOT_FOUND, "no case with id " + id);
            PrintWriter out = spec.commandLine().getOut();
            int authorWidth = revisions.stream().mapToInt(r -> r.author().length()).max().orElse(0);
            for (Revision r : revisions) {
                out.printf("v%-3d %s  %-" + authorWidth + "s  %s%n", r.version(), WHEN.format(r.at()), r.author(), what(r));
            }
            out.flush();
            return ExitCode.OK;
        }
    }

    private static String what(Revision r) {
        if (r.version() == 1) return "created";
        if (r.changed().equals(List.of("deleted"))) return "deleted";
        return "changed " + String.join(", ", r.changed());
    }
}
