package org.menagerie.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.menagerie.Menagerie;
import org.menagerie.dataset.CaseReader;
import org.menagerie.dataset.Importer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

@Command(name = "import", mixinStandardHelpOptions = true,
        description = {"Imports a dataset file into the catalog.",
                "Records already in the catalog are left alone when unchanged and get a new revision when changed, so "
                        + "an interrupted import can simply be run again."},
        exitCodeListHeading = "Exit codes:%n",
        exitCodeList = {"0:imported (problems with single records are listed, not fatal)",
                "2:unknown format or bad options", "3:no such file",
                "4:the file is not of the declared format, holds no records, or none could be used"})
final class ImportCommand implements Callable<Integer> {
    @ParentCommand Main parent;
    @Spec CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FORMAT", completionCandidates = Formats.Readers.class,
            description = "The file's format: ${COMPLETION-CANDIDATES}.")
    String format;

    @Parameters(index = "1..*", arity = "1..*", paramLabel = "PATH",
            description = "The files to import, one after another (a dataset's train, dev and test, say); the new cases "
                    + "are indexed once, after the last.")
    List<Path> paths;

    @Option(names = "--batch-size", defaultValue = "1000", paramLabel = "N",
            description = "Cases written per transaction (default: ${DEFAULT-VALUE}).")
    int batchSize;

    @Option(names = "--author", paramLabel = "NAME", description = "Who the revisions name (default: import:FORMAT).")
    String author;

    @Option(names = "--max-problems", defaultValue = "20", paramLabel = "N",
            description = "How many problems to list (default: ${DEFAULT-VALUE}).")
    int maxProblems;

    @Option(names = "--no-index", description = "Leave indexing (and embedding) the new cases to the next search, check or reindex.")
    boolean noIndex;

    @Override
    public Integer call() throws IOException {
        CaseReader reader = Formats.reader(format);
        for (Path path : paths) if (!Files.isRegularFile(path)) throw new CommandException(ExitCode.NOT_FOUND, "no such file: " + path);
        if (batchSize < 1) throw new CommandException(ExitCode.USAGE, "--batch-size must be positive: " + batchSize);
        PrintWriter out = spec.commandLine().getOut();
        try (Menagerie menagerie = Menagerie.open(parent.workspace())) {
            boolean anyUsed = false;
            for (Path path : paths) {
                ProgressPrinter progress = ProgressPrinter.auto(spec.commandLine().getErr(), ProgressPrinter.lines(path));
                Importer importer = new Importer(menagerie.cases(), author == null ? "import:" + format : author, batchSize,
                        progress::update);
                Importer.Result result;
                try {
                    result = importer.run(reader, path);
                } finally {
                    progress.finish();
                }
                if (result.read() == 0) throw new CommandException(ExitCode.BAD_INPUT, "no records in " + path);
                ImportSummary.print(result, path.getFileName().toString(), format, maxProblems, out);
                out.flush();
                anyUsed |= result.cases() > 0;
            }
            if (!noIndex) {
                // the new cases are searchable and checkable when the import returns: index (and embed) them now
                menagerie.indexingProgress(IndexProgress.auto(spec.commandLine().getErr())::update);
                menagerie.search();
            }
            return anyUsed ? ExitCode.OK : ExitCode.BAD_INPUT;
        }
    }
}
