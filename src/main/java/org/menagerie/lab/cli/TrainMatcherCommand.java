package org.menagerie.lab.cli;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.menagerie.catalog.Case;
import org.menagerie.check.Matcher;
import org.menagerie.check.MatcherModel;
import org.menagerie.check.Matchers;
import org.menagerie.cli.CommandException;
import org.menagerie.cli.ExitCode;
import org.menagerie.cli.Main;
import org.menagerie.embedding.VectorCache;
import org.menagerie.lab.eval.CheckThatFiles;
import org.menagerie.lab.eval.Qrels;
import org.menagerie.lab.train.MatcherTrainer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code menagerie train matcher}: the claim matcher's re-ranker. */
@Command(name = "matcher", mixinStandardHelpOptions = true,
        description = "Train the claim matcher's re-ranker on CheckThat! training queries (k-fold CV picks the L2 "
                + "strength and yields the held-out scores for calibration); write the model file.")
final class TrainMatcherCommand implements Callable<Integer> {
    @picocli.CommandLine.Spec picocli.CommandLine.Model.CommandSpec spec;

    @Mixin ClaimRetrievalFiles files;
    @Option(names = "--qrels", required = true, paramLabel = "FILE", description = "the training qrels (only these queries are used)") Path qrels;
    @Option(names = "--folds", defaultValue = "5") int folds;
    @Option(names = "--second-model", paramLabel = "NAME", description = "a second embedding model for the features, e.g. bge-small-en-v1.5-q") String secondModel;
    @Option(names = "--without", split = ",", paramLabel = "FEATURE", description = "features to leave out, e.g. dateKnown,dateNear,dateLogDays,tweetAfter") java.util.Set<String> without = new java.util.HashSet<>();
    @Option(names = "--out", required = true, paramLabel = "FILE", description = "e.g. src/main/resources/org/menagerie/check/matcher-model.json") Path out;

    @Override
    public Integer call() {
        List<Case> cases = files.cases();
        Map<String, String> texts = files.queryTexts();
        Qrels q = Qrels.read(MatchCommand.existing(qrels));
        Path dir = files.vectors(Main.of(spec));
        Matcher features = Matchers.inMemory(cases, new VectorCache(dir), MatcherModel.fusionOnly(secondModel));
        List<MatcherTrainer.Example> examples = new ArrayList<>();
        for (String id : q.queries()) {
            String text = texts.get(id);
            if (text == null) throw new CommandException(ExitCode.BAD_INPUT, "query " + id + " of the qrels is not in " + files.queries);
            float[][] v = Matchers.queryVectors(features, text);
            examples.add(new MatcherTrainer.Example(id, text, v[0], v[1], q.relevant(id)));
        }
        String notes = "trained " + LocalDate.now() + " on " + examples.size() + " queries of " + qrels.getFileName()
                + " over " + cases.size() + " claims of " + files.collection.getFileName() + ", " + folds + "-fold CV"
                + (without.isEmpty() ? "" : ", without " + String.join(",", new java.util.TreeSet<>(without)));
        MatcherTrainer.Result r = MatcherTrainer.train(features, examples, folds, without, notes);
        r.model().write(out);
        var o = spec.commandLine().getOut();
        o.print(r.log());
        o.printf("cross-validated MAP@5 %.4f -> %s%n", r.crossValidatedMap5(), out);
        return ExitCode.OK;
    }
}
