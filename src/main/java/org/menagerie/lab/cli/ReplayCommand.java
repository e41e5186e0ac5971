package org.menagerie.lab.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import org.menagerie.Menagerie;
import org.menagerie.alert.Alert;
import org.menagerie.alert.AlertModel;
import org.menagerie.alert.Alerter;
import org.menagerie.alert.ItemMatcher;
import org.menagerie.alert.ReportCache;
import org.menagerie.catalog.Case;
import org.menagerie.catalog.Problem;
import org.menagerie.check.Checker;
import org.menagerie.cli.CommandException;
import org.menagerie.cli.ExitCode;
import org.menagerie.cli.Main;
import org.menagerie.feed.Batch;
import org.menagerie.feed.Item;
import org.menagerie.feed.ItemReader;
import org.menagerie.lab.eval.AlertScores;
import org.menagerie.lab.eval.AlertsTsv;
import org.menagerie.lab.eval.CaseKeys;
import org.menagerie.lab.eval.CheckThatFiles;
import org.menagerie.lab.replay.Replay;
import org.menagerie.lab.replay.StreamClock;
import org.menagerie.lab.train.Training;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code menagerie replay STREAM.jsonl --out ALERTS.tsv}: a time-ordered stream through check and alerting. */
@Command(name = "replay", mixinStandardHelpOptions = true,
        description = {"Runs a time-ordered JSONL stream ({id, published, outlet, url, title, text, language} a line, or CheckThat! tweets as a .tsv of id and text) "
                + "through the checker and the alert decision on a simulated clock, and writes every alert as "
                + "item_id<TAB>case_id<TAB>confidence<TAB>level.",
                "Exit codes: 0 replayed, 3 no such file, 4 no readable item."})
final class ReplayCommand implements Callable<Integer> {
    private static final com.fasterxml.jackson.databind.ObjectMapper JSON = new com.fasterxml.jackson.databind.ObjectMapper();
    @Spec CommandSpec spec;

    @Parameters(index = "0", paramLabel = "STREAM") Path stream;
    @Option(names = "--out", required = true, paramLabel = "ALERTS.tsv") Path out;
    @Option(names = "--withhold", paramLabel = "FILE",
            description = "ids of cases to leave out of the catalog for this replay, one a line (case ids or dataset ids such as CheckThat! vclaim ids)")
    Path withhold;
    @Option(names = "--model", paramLabel = "FILE", description = "an alert model file (default: the shipped one)") Path model;
    @Option(names = "--reports", paramLabel = "FILE",
            description = "keep check reports in this JSONL file and reuse those already there (same catalog and --withhold only), so a re-run with another model does not check again")
    Path reports;

    @Option(names = "--proposals", paramLabel = "FILE",
            description = "also write every proposal (level none below the suggestion threshold), for the proposal coverage of eval alerts")
    Path proposals;
    @Option(names = "--explain", paramLabel = "FILE", description = "also write every alert with its sentence and reasons, one JSON object a line")
    Path explain;

    @Override
    public Integer call() throws IOException {
        List<Problem> problems = new ArrayList<>();
        List<Item> items = Replay.inTimeOrder(read(problems), problems);
        PrintWriter err = spec.commandLine().getErr();
        problems.stream().limit(20).forEach(p -> err.println("skipped " + p));
        if (items.isEmpty()) throw new CommandException(ExitCode.BAD_INPUT, "no readable item in " + stream);
        AlertModel decision = model == null ? AlertModel.shipped() : AlertModel.read(MatchCommand.existing(model));
        try (Menagerie menagerie = Menagerie.open(Main.of(spec).workspace())) {
            List<Case> open = open(menagerie, withhold == null ? Set.of() : withheld(menagerie));
            Path vectors = menagerie.workspace().root().resolve("cache").resolve("vectors");
            ScratchChecker scratch = withhold == null ? null
                    : ScratchChecker.over(open, vectors, "open-" + Integer.toHexString(withheld(menagerie).hashCode()));
            Checker checker = scratch == null ? menagerie.checker() : scratch.checker();
            Alerter alerter = new Alerter(checker, decision, scratch == null ? new ItemMatcher(menagerie.search(), menagerie.cases())
                    : new ItemMatcher(scratch.search(), scratch.store()));
            StreamClock clock = new StreamClock(items.get(0).published());
            Replay.Result r;
            try (Writer w = Files.newBufferedWriter(out, StandardCharsets.UTF_8);
                 Writer all = proposals == null ? Writer.nullWriter() : Files.newBufferedWriter(proposals, StandardCharsets.UTF_8);
                 Writer why = explain == null ? Writer.nullWriter() : Files.newBufferedWriter(explain, StandardCharsets.UTF_8);
                 ReportCache cache = reports == null ? null : new ReportCache(reports)) {
                r = new Replay(cache == null ? alerter : alerter.withCache(cache)).run(items, clock, a -> {
                    write(a, w);
                    explain(a, why);
                },
                        d -> d.outcome().decisions().forEach(x -> write(d.item().key(), x, all)));
            }
            PrintWriter o = spec.commandLine().getOut();
            o.printf("%d items (%d unreadable), %d checked, %d alerts in %.1f s (%.1f items/s) over %d cases -> %s%n",
                    r.items(), problems.size(), r.checked(), r.alerts(), r.millis() / 1000.0,
                    r.items() * 1000.0 / Math.max(1, r.millis()), checker.cases(), out);
            r.problems().stream().limit(10).forEach(p -> err.println("not checked (matched whole): " + p));
            if (scratch != null) scratch.close();
        }
        return ExitCode.OK;
    }

    private static void write(Alert a, Writer w) {
        try {
            AlertsTsv.write(a, w);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void explain(Alert a, Writer w) {
        com.fasterxml.jackson.databind.node.ObjectNode o = JSON.createObjectNode();
        o.put("item", a.itemId()).put("case", a.caseId()).put("level", a.level().label()).put("relation", a.relation().label())
                .put("confidence", Math.round(a.confidence() * 10_000) / 10_000.0).put("outlet", a.outlet())
                .put("sentence", a.sentence()).put("reasons", a.reasons());
        try {
            w.write(o.toString());
            w.write('\n');
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void write(String item, Alerter.Decision d, Writer w) {
        try {
            AlertsTsv.write(new AlertScores.Row(item, d.caseId(), d.probability(), d.level(), d.relation()), w);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The stream's items: JSON lines, or CheckThat! tweets (id, text) each dated and attributed by its signature. */
    private List<Item> read(List<Problem> problems) throws IOException {
        Path file = MatchCommand.existing(stream);
        if (!file.getFileName().toString().endsWith(".tsv")) {
            Batch b = ItemReader.jsonl(file);
            problems.addAll(b.problems());
            return b.items();
        }
        List<Item> items = new ArrayList<>();
        CheckThatFiles.queries(file).forEach((id, text) -> items.add(Training.tweet(id, text)));
        return items;
    }

    private Set<String> withheld(Menagerie menagerie) throws IOException {
        List<Case> all = new ArrayList<>();
        menagerie.cases().forEach(all::add);
        CaseKeys keys = new CaseKeys(all);
        Set<String> out = new HashSet<>();
        int unknown = 0;
        for (String line : Files.readAllLines(MatchCommand.existing(withhold), StandardCharsets.UTF_8)) {
            if (line.isBlank()) continue;
            String id = keys.caseOf(line.strip());
            if (id == null) unknown++;
            else out.add(id);
        }
        spec.commandLine().getErr().printf("withholding %d cases (%d listed ids name no case)%n", out.size(), unknown);
        return out;
    }

    private static List<Case> open(Menagerie menagerie, Set<String> withheld) {
        List<Case> open = new ArrayList<>();
        menagerie.cases().forEach(c -> {
            if (!withheld.contains(c.id())) open.add(c);
        });
        return open;
    }
}
