package org.menagerie.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.menagerie.Menagerie;
import org.menagerie.search.Search;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

@Command(name = "reindex", mixinStandardHelpOptions = true,
        description = {"Rebuilds the search index from the store.",
                "Vectors of unchanged cases are reused; search.vectors=false in menagerie.properties skips them."})
final class ReindexCommand implements Callable<Integer> {
    @ParentCommand Main parent;
    @Spec CommandSpec spec;

    @Override
    public Integer call() {
        Search.Reindexed r;
        try (Menagerie menagerie = Menagerie.open(parent.workspace())) {
            menagerie.indexingProgress(IndexProgress.auto(spec.commandLine().getErr())::update);
            r = menagerie.search().reindex();
        }
        PrintWriter out = spec.commandLine().getOut();
        out.printf("Indexed %,d cases in %.1f s (%,d embedded, %,d vectors reused)%n", r.cases(), r.millis() / 1000.0,
                r.embedded(), r.reused());
        out.flush();
        return ExitCode.OK;
    }
}
