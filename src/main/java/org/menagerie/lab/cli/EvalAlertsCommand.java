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
                + "restating alert names a gold case; an alert on any other item is false), the confusion of restates / "
                + "discusses / none, and the proposal coverage. Qrels' dataset ids (CheckThat! vclaim ids) are mapped to "
                + "the workspace's cases through their provenance.")
final class EvalAlertsCommand implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Option(names = "--alerts", required = true, paramLabel = "ALERTS.tsv") Path alerts;
    @Option(names = "--qrels", required = true, paramLabel = "QRELS", description = "the items' restated cases") Path qrels;
    @Option(names = "--discussed", paramLabel = "QRELS", description = "the cases items discuss without restating them, where the truth has them") Path discussedQrels;
    @Option(names = "--proposals", paramLabel = "FILE", description = "every proposal of the replay (replay --proposals), for the proposal coverage") Path proposals;

    @Override
    public Integer call() throws IOException {
        List<AlertScores.Row> rows = AlertsTsv.read(MatchCommand.existing(alerts));
        int[] unmapped = new int[1];
        Map<String, Set<String>> gold, discussed;
        try (Menagerie menagerie = Menagerie.open(Main.of(spec).workspace())) {
            List<org.menagerie.catalog.Case> all = new java.util.ArrayList<>();
            menagerie.cases().forEach(all::add);
            CaseKeys keys = new CaseKeys(all);
            gold = truth(Qrels.read(MatchCommand.existing(qrels)), keys, unmapped);
            discussed = discussedQrels == null ? Map.of() : truth(Qrels.read(MatchCommand.existing(discussedQrels)), keys, unmapped);
        }
        PrintWriter o = spec.commandLine().getOut();
        o.printf("%d alerts on %d items; %d gold items%s%n", rows.size(),
                rows.stream().map(AlertScores.Row::itemId).distinct().count(), gold.values().stream().filter(s -> !s.isEmpty()).count(),
                unmapped[0] == 0 ? "" : "; " + unmapped[0] + " gold ids name no case of the workspace (those items cannot be found)");
        for (AlertScores.Score s : AlertScores.all(rows, gold)) o.println(s.format());
        int[][] m = AlertScores.confusion(rows, gold, discussed);
        o.println("truth \\ decided (item and case, suggested or above)   restates  discusses      none");
        String[] names = {"restates", "discusses", "none (no truth)"};
        for (int t = 0; t < 3; t++) {
            if (t == 1 && discussed.isEmpty()) continue;
            o.printf(java.util.Locale.ROOT, "%-52s %9d %10d %9s%n", names[t], m[t][0], m[t][1], t == 2 ? "-" : String.valueOf(m[t][2]));
        }
        if (proposals != null) {
            o.printf(java.util.Locale.ROOT, "proposal coverage %.3f (gold items whose gold case is among their proposals)%n",
                    AlertScores.coverage(AlertsTsv.read(MatchCommand.existing(proposals)), gold));
        }
        return ExitCode.OK;
    }

    /** Each item's cases, the qrels' dataset ids mapped to the workspace's cases. */
    private static Map<String, Set<String>> truth(Qrels q, CaseKeys keys, int[] unmapped) {
        Map<String, Set<String>> out = new LinkedHashMap<>();
        for (String item : q.queries()) {
            Set<String> cases = new HashSet<>();
            for (String id : q.relevant(item)) {
                String c = keys.caseOf(id);
                if (c == null) unmapped[0]++;
                else cases.add(c);
            }
            out.put(item, cases);
        }
        return out;
    }
}
