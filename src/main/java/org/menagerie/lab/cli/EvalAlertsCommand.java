package org.menagerie.lab.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import org.menagerie.Menagerie;
import org.menagerie.cli.ExitCode;
import org.menagerie.cli.Main;
import org.menagerie.lab.eval.AlertScores;
import org.menagerie.lab.eval.AlertsTsv;
import org.menagerie.lab.eval.CaseKeys;
import org.menagerie.lab.eval.Qrels;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code menagerie eval alerts}: precision, recall and F1 of a replay's alerts per level, per item. */
@Command(name = "alerts", mixinStandardHelpOptions = true,
        description = "Precision, recall and F1 per level of a replay's alerts (an item is right when its most confident "
                + "alert names a gold case; an alert on any other item is false). Qrels' dataset ids (CheckThat! vclaim "
                + "ids) are mapped to the workspace's cases through their provenance.")
final class EvalAlertsCommand implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Option(names = "--alerts", required = true, paramLabel = "ALERTS.tsv") Path alerts;
    @Option(names = "--qrels", required = true, paramLabel = "QRELS") Path qrels;

    @Override
    public Integer call() throws IOException {
        List<AlertScores.Row> rows = AlertsTsv.read(MatchCommand.existing(alerts));
        Qrels q = Qrels.read(MatchCommand.existing(qrels));
        Map<String, Set<String>> gold = new LinkedHashMap<>();
        int unmapped = 0;
        try (Menagerie menagerie = Menagerie.open(Main.of(spec).workspace())) {
            List<org.menagerie.catalog.Case> all = new java.util.ArrayList<>();
            menagerie.cases().forEach(all::add);
            CaseKeys keys = new CaseKeys(all);
            for (String item : q.queries()) {
                Set<String> cases = new HashSet<>();
                for (String id : q.relevant(item)) {
                    String c = keys.caseOf(id);
                    if (c == null) unmapped++;
                    else cases.add(c);
                }
                gold.put(item, cases);
            }
        }
        PrintWriter o = spec.commandLine().getOut();
        o.printf("%d alerts on %d items; %d gold items%s%n", rows.size(),
                rows.stream().map(AlertScores.Row::itemId).distinct().count(), gold.values().stream().filter(s -> !s.isEmpty()).count(),
                unmapped == 0 ? "" : "; " + unmapped + " gold ids name no case of the workspace (those items cannot be found)");
        for (AlertScores.Score s : AlertScores.all(rows, gold)) o.println(s.format());
        return ExitCode.OK;
    }
}
