package org.menagerie.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.io.PrintWriter;
import java.util.Map;
import java.util.concurrent.Callable;
import org.menagerie.Menagerie;
import org.menagerie.catalog.CaseJson;
import org.menagerie.catalog.CatalogStats;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

@Command(name = "stats", mixinStandardHelpOptions = true,
        description = "Counts the catalog's cases by verdict, language, country, source dataset and narrative.")
final class StatsCommand implements Callable<Integer> {
    @ParentCommand Main parent;
    @Spec CommandSpec spec;

    @Option(names = "--json", description = "Print every count as one JSON object.")
    boolean json;

    @Option(names = "--top", defaultValue = "10", paramLabel = "N",
            description = "Values listed per group in text (default: ${DEFAULT-VALUE}); --json lists all.")
    int top;

    @Override
    public Integer call() throws JsonProcessingException {
        CatalogStats stats;
        try (Menagerie menagerie = Menagerie.open(parent.workspace())) {
            stats = CatalogStats.of(menagerie.cases());
        }
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            out.println(CaseJson.MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(stats));
        } else {
            out.printf("Cases: %,d%n", stats.cases());
            group(out, "verdict", stats.verdicts());
            group(out, "language", stats.languages());
            group(out, "country", stats.countries());
            group(out, "source dataset", stats.datasets());
            group(out, "narrative", stats.narratives());
        }
        out.flush();
        return ExitCode.OK;
    }

    private void group(PrintWriter out, String name, Map<String, Long> counts) {
        out.printf("By %s:%s%n", name, counts.isEmpty() ? " (none)" : "");
        int width = counts.keySet().stream().limit(top).mapToInt(String::length).max().orElse(0);
        counts.entrySet().stream().limit(top).forEach(e -> out.printf("  %-" + width + "s  %,9d%n", e.getKey(), e.getValue()));
        if (counts.size() > top) out.printf("  ... and %,d more (--top N, --json)%n", counts.size() - top);
    }
}
