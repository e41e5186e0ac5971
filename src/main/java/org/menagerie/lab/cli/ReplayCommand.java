package org.menagerie.lab.cli;

import java.io.IOException;
import java.io.PrintWriter;
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
import org.menagerie.alert.AlertModel;
import org.menagerie.alert.Alerter;
import org.menagerie.alert.ItemMatcher;
import org.menagerie.alert.Items;
import org.menagerie.alert.ReportCache;
import org.menagerie.catalog.Case;
import org.menagerie.check.Checker;
import org.menagerie.cli.CommandException;
import org.menagerie.cli.ExitCode;
import org.menagerie.cli.Main;
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

    @Override
    public Integer call() throws IOException {
        Items.Read read = stream.getFileName().toString().endsWith(".tsv") ? tweets() : Items.read(MatchCommand.existing(stream));
        PrintWriter err = spec.commandLine().getErr();
        read.problems().stream().limit(20).forEach(p -> err.println("skipped " + p));
        if (read.items().isEmpty()) throw new CommandException(ExitCode.BAD_INPUT, "no readable item in " + stream);
        AlertModel decision = model == null ? AlertModel.shipped() : AlertModel.read(MatchCommand.existing(model));
        try (Menagerie menagerie = Menagerie.open(Main.of(spec).workspace())) {
            List<Case> open = open(menagerie, withhold == null ? Set.of() : withheld(menagerie));
            Path vectors = menagerie.workspace().root().resolve("cache").resolve("vectors");
            ScratchChecker scratch = withhold == null ? null
                    : ScratchChecker.over(open, vectors, "open-" + Integer.toHexString(withheld(menagerie).hashCode()));
            Checker checker = scratch == null ? menagerie.checker() : scratch.checker();
            Alerter alerter = new Alerter(decision, new ItemMatcher(open, vectors));
            StreamClock clock = new StreamClock(read.items().get(0).published());
            Replay.Result r;
            try (Writer w = Files.newBufferedWriter(out, StandardCharsets.UTF_8);
                 ReportCache cache = reports == null ? null : new ReportCache(reports)) {
                r = new Replay(checker, alerter).run(read.items(), clock, a -> {
                    try {
                        AlertsTsv.write(a, w);
                    } catch (IOException e) {
                        throw new java.io.UncheckedIOException(e);
                    }
                }, cache);
            }
            PrintWriter o = spec.commandLine().getOut();
            o.printf("%d items (%d unreadable lines), %d checked, %d alerts in %.1f s (%.1f items/s) over %d cases -> %s%n",
                    r.items(), read.problems().size(), r.checked(), r.alerts(), r.millis() / 1000.0,
                    r.items() * 1000.0 / Math.max(1, r.millis()), checker.cases(), out);
            r.problems().stream().limit(10).forEach(p -> err.println("not checked: " + p));
            if (scratch != null) scratch.close();
        }
        return ExitCode.OK;
    }

    /** CheckThat! tweets (id, text) as a stream, each dated and attributed by its signature. */
    private Items.Read tweets() {
        List<org.menagerie.alert.Item> items = new ArrayList<>();
        CheckThatFiles.queries(MatchCommand.existing(stream)).forEach((id, text) -> items.add(Training.tweet(id, text)));
        items.sort(java.util.Comparator.comparing(org.menagerie.alert.Item::published));
        return new Items.Read(items, List.of());
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
