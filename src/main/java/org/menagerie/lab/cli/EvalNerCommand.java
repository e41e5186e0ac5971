package org.menagerie.lab.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.Callable;
import org.menagerie.cli.CommandException;
import org.menagerie.cli.ExitCode;
import org.menagerie.lab.eval.EntityScores;
import org.menagerie.lab.eval.NerEvaluation;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code menagerie eval ner --ronec FILE}: strict precision, recall and F1 of the Romanian entity recogniser. */
@Command(name = "ner", mixinStandardHelpOptions = true,
        description = "Strict P/R/F1 of the entity recogniser on RONEC (PERSON, ORG, GPE+LOC as PLACE).")
final class EvalNerCommand implements Callable<Integer> {
    @Option(names = "--ronec", required = true, paramLabel = "FILE", description = "A RONEC v2 JSON file, e.g. valid.json.")
    Path ronec;

    @Option(names = "--names-only", description = "Compare only spans with a capitalised word (leave out persons "
            + "named by a noun or a pronoun).")
    boolean namesOnly;

    @Option(names = "--rules", description = "Measure the word-list rules instead of the trained recogniser.")
    boolean rules;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        if (!Files.isRegularFile(ronec)) throw new CommandException(ExitCode.NOT_FOUND, "no such file: " + ronec);
        Map<String, EntityScores.Counts> counts = NerEvaluation.ronec(ronec, namesOnly, rules).counts();
        PrintWriter out = spec.commandLine().getOut();
        out.printf("%-13s %7s %7s %7s %6s %6s %6s%n", "class", "P", "R", "F1", "tp", "pred", "gold");
        counts.forEach((type, c) -> out.printf("%-13s %7.4f %7.4f %7.4f %6d %6d %6d%n", type, c.precision(),
                c.recall(), c.f1(), c.truePositives(), c.predicted(), c.gold()));
        out.flush();
        return ExitCode.OK;
    }
}
