package org.menagerie.cli;

import java.io.IOException;
import java.util.concurrent.Callable;
import java.nio.file.Path;
import org.menagerie.Menagerie;
import org.menagerie.check.CheckException;
import org.menagerie.check.Inputs;
import org.menagerie.check.Report;
import org.menagerie.check.ReportJson;
import org.menagerie.ingest.Fetcher;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code menagerie check INPUT}: the check-worthy claims of a text, a page or a link, matched to known cases. */
@Command(name = "check", mixinStandardHelpOptions = true,
        description = {"Finds the check-worthy claims of a text, an article or a link and matches them to the catalog's cases, with reasons.",
                "INPUT is a file (text, .html, .html.gz), - for standard input, or an http(s) URL (fetched with the safe fetcher).",
                "Exit codes: 0 checked, 3 file or page not found, 4 nothing checkable (empty, binary, too large, unknown language)."})
public final class CheckCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "INPUT", description = "A file, - for standard input, or a URL.")
    String input;

    @Option(names = "--json", description = "Print the report as JSON (format: docs/check-report.md, version 1).")
    boolean json;

    @Spec CommandSpec spec;

    /** The fetcher for URLs; tests replace it with one allowed to reach a loopback server. */
    Fetcher fetcher = Fetcher.standard();

    @Override
    public Integer call() throws IOException {
        Inputs.Read read = read();
        Report report;
        try (Menagerie menagerie = Menagerie.open(Main.of(spec).workspace())) {
            report = menagerie.checker().check(read);
        } catch (CheckException e) {
            throw failure(e);
        }
        if (json) {
            spec.commandLine().getOut().println(ReportJson.write(report));
            spec.commandLine().getOut().flush();
        } else {
            ReportPrinter.print(report, spec.commandLine().getOut());
        }
        return ExitCode.OK;
    }

    /** The input is read before the catalog is opened, so that a bad input fails fast. */
    private Inputs.Read read() throws IOException {
        try {
            if (input.equals("-")) return Inputs.stream(System.in, "stdin", "stdin");
            if (input.matches("(?i)^[a-z][a-z0-9+.-]*://.*")) return Inputs.url(input, fetcher);
            return Inputs.file(Path.of(input));
        } catch (CheckException e) {
            throw failure(e);
        }
    }

    public static CommandException failure(CheckException e) {
        return new CommandException(e.kind() == CheckException.Kind.NOT_FOUND ? ExitCode.NOT_FOUND : ExitCode.BAD_INPUT,
                e.getMessage());
    }
}
