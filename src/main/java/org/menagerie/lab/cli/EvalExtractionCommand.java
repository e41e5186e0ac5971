package org.menagerie.lab.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.menagerie.cli.ExitCode;
import org.menagerie.lab.eval.ExtractionEval;
import org.menagerie.lab.eval.Shingles;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code menagerie eval extraction}: shingle precision, recall and F1 of predicted article bodies. */
@Command(name = "extraction", mixinStandardHelpOptions = true,
        description = "Token 4-gram shingle P, R and F1 per page, averaged over the pages of the truth.")
final class EvalExtractionCommand implements Callable<Integer> {
    @Option(names = "--pred", required = true, paramLabel = "FILE", description = "{id: {\"articleBody\": text}}")
    Path pred;

    @Option(names = "--truth", required = true, paramLabel = "FILE", description = "{id: {\"articleBody\": text}}")
    Path truth;

    @Option(names = "--pages", description = "Also print each page's score, worst first.")
    boolean pages;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        ExtractionEval.Result r = ExtractionEval.evaluate(pred, truth);
        PrintWriter out = spec.commandLine().getOut();
        if (pages) {
            r.pages().entrySet().stream()
                    .sorted(Comparator.comparingDouble(e -> e.getValue().f1()))
                    .forEach(e -> out.println(format(e.getKey(), e.getValue())));
        }
        out.println(format("pages=" + r.size(), r.mean()));
        out.flush();
        return ExitCode.OK;
    }

    private static String format(String label, Shingles.Score s) {
        return String.format(Locale.ROOT, "%s P=%.4f R=%.4f F1=%.4f", label, s.precision(), s.recall(), s.f1());
    }
}
