package org.menagerie.lab.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.Callable;
import org.menagerie.Menagerie;
import org.menagerie.Workspace;
import org.menagerie.cli.CommandException;
import org.menagerie.cli.ExitCode;
import org.menagerie.cli.Formats;
import org.menagerie.dataset.CaseReader;
import org.menagerie.dataset.Importer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** Measurements to run and record; each subcommand works in throw-away workspaces, never the user's. */
@Command(name = "bench", mixinStandardHelpOptions = true, description = "Measures throughput.",
        subcommands = {BenchCommand.Import.class, BenchMatchCommand.class, BenchCheckCommand.class, BenchNerCommand.class, BenchDedupCommand.class, BenchMonitoringCommand.class, BenchStandingCommand.class, BenchEmbedCommand.class, BenchArchiveCommand.class})
final class BenchCommand implements Runnable {
    @Spec CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    @Command(name = "import", mixinStandardHelpOptions = true,
            description = {"Imports a file into a fresh temporary workspace several times and prints the cases/s of "
                    + "each run and their median.", "Timed: reading, mapping and writing; not the opening of the store."})
    static final class Import implements Callable<Integer> {
        @Spec CommandSpec spec;

        @Parameters(index = "0", paramLabel = "FORMAT", completionCandidates = Formats.Readers.class,
                description = "The file's format: ${COMPLETION-CANDIDATES}.")
        String format;

        @Parameters(index = "1", paramLabel = "PATH")
        Path path;

        @Option(names = "--runs", defaultValue = "3", description = "Runs (default: ${DEFAULT-VALUE}).")
        int runs;

        @Option(names = "--batch-size", defaultValue = "1000", description = "Cases per transaction (default: ${DEFAULT-VALUE}).")
        int batchSize;

        @Override
        public Integer call() throws IOException {
            CaseReader reader = Formats.reader(format);
            if (!Files.isRegularFile(path)) throw new CommandException(ExitCode.NOT_FOUND, "no such file: " + path);
            if (runs < 1) throw new CommandException(ExitCode.USAGE, "--runs must be positive: " + runs);
            PrintWriter out = spec.commandLine().getOut();
            List<Double> rates = new ArrayList<>(), cpuRates = new ArrayList<>();
            for (int run = 1; run <= runs; run++) {
                Path dir = Files.createTempDirectory("menagerie-bench");
                Properties settings = new Properties();
                settings.setProperty(Menagerie.DEMO_SETTING, "false");
                try (Menagerie menagerie = Menagerie.open(new Workspace(dir, settings))) {
                    long cpu = Scratch.processCpuNanos();
                    Importer.Result r = new Importer(menagerie.cases(), "bench", batchSize, null).run(reader, path);
                    double cpuSeconds = (Scratch.processCpuNanos() - cpu) / 1e9;
                    double rate = r.cases() / (r.elapsed().toNanos() / 1e9);
                    rates.add(rate);
                    cpuRates.add(r.cases() / cpuSeconds);
                    out.printf("run %d: %,d cases in %.2f s = %,.0f cases/s (process CPU %.2f s, all threads)%n", run,
                            r.cases(), r.elapsed().toNanos() / 1e9, rate, cpuSeconds);
                    out.flush();
                } finally {
                    Scratch.deleteTree(dir);
                }
            }
            rates.sort(null);
            cpuRates.sort(null);
            out.printf("median of %d runs: %,.0f cases/s, %,.0f cases per CPU-second (%s, batch %d, %d processors)%n", runs,
                    rates.get(rates.size() / 2), cpuRates.get(cpuRates.size() / 2), path.getFileName(), batchSize,
                    Runtime.getRuntime().availableProcessors());
            return ExitCode.OK;
        }
    }
}
