package org.menagerie.cli;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.concurrent.Callable;
import org.menagerie.Menagerie;
import org.menagerie.dataset.CaseWriter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

@Command(name = "export", mixinStandardHelpOptions = true,
        description = "Writes every case of the catalog in a dataset format, in id order, to stdout or a file; the sightings "
                + "monitoring confirmed are among each case's appearances.",
        exitCodeListHeading = "Exit codes:%n",
        exitCodeList = {"0:exported", "1:the file could not be written", "2:unknown format or bad options"})
final class ExportCommand implements Callable<Integer> {
    @ParentCommand Main parent;
    @Spec CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FORMAT", completionCandidates = Formats.Writers.class,
            description = "The format: ${COMPLETION-CANDIDATES}.")
    String format;

    @Option(names = "--out", paramLabel = "FILE", description = "Write to FILE (replaced only when complete) instead of stdout.")
    Path outFile;

    @Override
    public Integer call() throws IOException {
        Formats.writer(format, OutputStream.nullOutputStream()); // an unknown format fails before the store opens
        try (Menagerie menagerie = Menagerie.open(parent.workspace())) {
            long count;
            if (outFile == null) {
                count = export(menagerie, new Utf8WriterStream(spec.commandLine().getOut()));
            } else {
                Path dir = outFile.toAbsolutePath().getParent();
                Path partial = Files.createTempFile(dir, outFile.getFileName().toString(), ".partial");
                try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(partial))) {
                    count = export(menagerie, out);
                } catch (IOException | RuntimeException e) {
                    Files.deleteIfExists(partial);
                    throw e;
                }
                Files.move(partial, outFile, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            }
            spec.commandLine().getErr().printf("Exported %,d cases (%s)%s%n", count, format,
                    outFile == null ? "" : " to " + outFile);
            return ExitCode.OK;
        }
    }

    /** Every case with the sightings monitoring confirmed, as new appearances. */
    private long export(Menagerie menagerie, OutputStream out) throws IOException {
        long[] count = {0};
        var withSightings = menagerie.desk().withSightingsOfAll();
        try (CaseWriter writer = Formats.writer(format, out)) {
            menagerie.cases().forEach(c -> {
                try {
                    writer.write(withSightings.apply(c));
                    count[0]++;
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
        out.flush();
        return count[0];
    }
}
