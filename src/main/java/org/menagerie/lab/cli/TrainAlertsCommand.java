package org.menagerie.lab.cli;

import org.menagerie.alert.AlertModel;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import org.menagerie.alert.Alerter;
import org.menagerie.feed.Item;
import org.menagerie.alert.ItemMatcher;
import org.menagerie.alert.ReportCache;
import org.menagerie.catalog.Case;
import org.menagerie.check.Checker;
import org.menagerie.cli.CommandException;
import org.menagerie.cli.ExitCode;
import org.menagerie.cli.Main;
import org.menagerie.feed.Item;
import org.menagerie.feed.ItemReader;
import org.menagerie.lab.eval.AlertScores;
import org.menagerie.lab.eval.CheckThatFiles;
import org.menagerie.lab.eval.Qrels;
import org.menagerie.lab.train.Fitting;
import org.menagerie.lab.train.Training;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code menagerie train alerts}: the alert model and its thresholds, from CheckThat! training tweets checked over
 * the catalog twice, each time without one half of the tweets' claims, so that half the tweets are on topic with no
 * case to find, as in a monitored stream.
 */
@Command(name = "alerts", mixinStandardHelpOptions = true,
        description = "Train the alert model on CheckThat! training tweets (each half of their claims withheld in turn) and choose its thresholds on out-of-fold probabilities.")
final class TrainAlertsCommand implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Mixin ClaimRetrievalFiles files;
    @Option(names = "--qrels", required = true, paramLabel = "FILE", description = "the training qrels (only these tweets are used)") Path qrels;
    @Option(names = "--seed", defaultValue = "12", description = "the seed that splits the claims in halves (default: ${DEFAULT-VALUE})") long seed;
    @Option(names = "--l2", defaultValue = "0.001") double l2;
    @Option(names = "--matched-precision", defaultValue = "0.97") double matchedPrecision;
    @Option(names = "--suggested-recall", defaultValue = "0.96") double suggestedRecall;
    @Option(names = "--reports", paramLabel = "FILE", description = "keep each round's check reports in FILE.roundN and reuse them (same catalog and seed only)") Path reports;
    @Option(names = "--negatives", paramLabel = "STREAM.jsonl",
            description = "items that restate no case of the catalog (articles, posts in other languages), checked over the whole catalog; every proposal on them is wrong")
    Path negatives;
    @Option(names = "--from-dump", paramLabel = "FILE", description = "fit on the proposals a --dump wrote (same qrels and seed) instead of checking again") Path fromDump;
    @Option(names = "--dump", paramLabel = "FILE", description = "also write every proposal's signals as TSV") Path dump;
    @Option(names = "--out", required = true, paramLabel = "FILE", description = "e.g. src/main/resources/org/menagerie/alert/alert-model.json") Path out;

    @Override
    public Integer call() throws IOException {
        // English, as the Snopes importer makes them: the keyword index analyses a case in its language
        List<Case> cases = files.cases().stream()
                .map(c -> c.languages().isEmpty() ? c.toBuilder().languages(List.of("en")).build() : c).toList();
        Map<String, String> texts = files.queryTexts();
        Qrels q = Qrels.read(MatchCommand.existing(qrels));
        Path dir = files.vectors(Main.of(spec));
        List<Item> items = new ArrayList<>();
        for (String id : q.queries()) {
            String text = texts.get(id);
            if (text == null) throw new CommandException(ExitCode.BAD_INPUT, "query " + id + " of the qrels is not in " + files.queries);
            items.add(Training.tweet(id, text));
        }
        List<String> claims = new ArrayList<>(new TreeSet<>(q.relevant().values().stream().flatMap(Set::stream).toList()));
        Collections.shuffle(claims, new Random(seed));
        List<Set<String>> halves = List.of(new HashSet<>(claims.subList(0, claims.size() / 2)),
                new HashSet<>(claims.subList(claims.size() / 2, claims.size())));
        PrintWriter o = spec.commandLine().getOut();
        List<Training.Example> examples = new ArrayList<>();
        Map<String, Set<String>> gold = new HashMap<>();
        for (int r = 0; r < halves.size(); r++) {
            Set<String> withheld = halves.get(r);
            Map<String, Set<String>> roundGold = new HashMap<>();
            for (Item i : items) {
                Set<String> g = new HashSet<>(q.relevant(i.key()));
                g.removeAll(withheld);
                roundGold.put(i.key(), g);
                gold.put("r" + r + ":" + i.key(), g);
            }
            if (fromDump != null) continue;
            List<Case> open = cases.stream().filter(c -> !withheld.contains(c.id())).toList();
            try (ScratchChecker scratch = ScratchChecker.over(open, dir, "round-" + r + "-" + Integer.toHexString(withheld.hashCode()));
                 ReportCache cache = reports == null ? null : new ReportCache(reports.resolveSibling(reports.getFileName() + ".round" + r))) {
                examples.addAll(Training.examples("r" + r + ":", items, alerter(scratch, cache), roundGold));
            }
            o.printf("round %d: %d claims withheld, %d proposals so far%n", r, withheld.size(), examples.size());
            o.flush();
        }
        if (fromDump != null) examples.addAll(readDump());
        if (negatives != null) {
            List<Item> none = ItemReader.jsonl(MatchCommand.existing(negatives)).items();
            none.forEach(i -> gold.put("neg:" + i.key(), Set.of()));
            if (fromDump == null) try (ScratchChecker scratch = ScratchChecker.over(cases, dir, "all");
                 ReportCache cache = reports == null ? null : new ReportCache(reports.resolveSibling(reports.getFileName() + ".negatives"))) {
                examples.addAll(Training.examples("neg:", none, alerter(scratch, cache), Map.of()));
            }
            o.printf("negatives: %d items, %d proposals in all%n", none.size(), examples.size());
        }
        String notes = "trained on " + items.size() + " tweets of " + qrels.getFileName() + " over " + cases.size()
                + " claims of " + files.collection.getFileName() + ", each half of their " + claims.size() + " claims withheld in turn (seed " + seed + ")";
        Fitting.Result result = Fitting.fit(examples, gold, l2, matchedPrecision, suggestedRecall, notes);
        result.model().write(out);
        if (dump != null) dumpExamples(examples);
        result.report().forEach(o::println);
        for (AlertScores.Score s : AlertScores.all(result.outOfFold(), gold)) o.println("out-of-fold " + s.format());
        o.printf(java.util.Locale.ROOT, "proposal coverage %.3f (items whose gold case is among their proposals)%n", result.coverage());
        o.printf("suggested >= %.2f, matched >= %.2f -> %s%n", result.model().suggested(), result.model().matched(), out);
        return ExitCode.OK;
    }

    /** The alerting routine over a scratch catalog; its model does not matter, only the signals are kept. */
    private static Alerter alerter(ScratchChecker scratch, ReportCache cache) {
        Alerter a = new Alerter(scratch.checker(), Fitting.untrained(), new ItemMatcher(scratch.search(), scratch.store()));
        return cache == null ? a : a.withCache(cache);
    }

    private List<Training.Example> readDump() throws IOException {
        List<Training.Example> out = new ArrayList<>();
        List<String> lines = Files.readAllLines(MatchCommand.existing(fromDump), StandardCharsets.UTF_8);
        if (lines.isEmpty() || !lines.get(0).equals("item\tcase\tright\tstance\t" + String.join("\t", org.menagerie.alert.AlertModel.signals()))) {
            throw new CommandException(ExitCode.BAD_INPUT, fromDump + " was dumped with other signals than " + org.menagerie.alert.AlertModel.signals());
        }
        for (String line : lines.subList(1, lines.size())) {
            String[] f = line.split("\t");
            double[] x = new double[f.length - 4];
            for (int i = 4; i < f.length; i++) x[i - 4] = Double.parseDouble(f[i]);
            out.add(new Training.Example(f[0].substring(f[0].indexOf(':') + 1), f[0], f[1], x, f[2].equals("1"), Double.parseDouble(f[3])));
        }
        return out;
    }

    private void dumpExamples(List<Training.Example> examples) throws IOException {
        try (PrintWriter w = new PrintWriter(Files.newBufferedWriter(dump, StandardCharsets.UTF_8))) {
            w.println("item\tcase\tright\tstance\t" + String.join("\t", org.menagerie.alert.AlertModel.signals()));
            for (Training.Example e : examples) {
                StringBuilder s = new StringBuilder(e.itemId()).append('\t').append(e.caseId()).append('\t').append(e.right() ? 1 : 0)
                        .append('\t').append(e.stance());
                for (double v : e.signals()) s.append('\t').append(v);
                w.println(s);
            }
        }
    }
}
