package org.menagerie.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.PrintWriter;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.Callable;
import org.menagerie.Menagerie;
import org.menagerie.watch.ArticleQuery;
import org.menagerie.watch.ArticleStore;
import org.menagerie.watch.StoredArticle;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

@Command(name = "articles", mixinStandardHelpOptions = true, subcommands = ArticlesSearchCommand.class,
        description = {"Lists the articles monitoring read, newest first, with their story and the outlets that carried it.",
                "'articles search QUERY' searches them by keyword with filters and facets."})
final class ArticlesCommand implements Callable<Integer> {
    static final ObjectMapper JSON = new ObjectMapper().registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);

    @ParentCommand Main parent;
    @Spec CommandSpec spec;

    @Option(names = "--outlet", paramLabel = "NAME", description = "Only this outlet's articles.")
    String outlet;
    @Option(names = "--since", paramLabel = "YYYY-MM-DD", description = "Only articles read on or after this day (UTC).")
    LocalDate since;
    @Option(names = "--language", paramLabel = "CODE", description = "Only articles in this language (ISO 639-1).")
    String language;
    @Option(names = "--limit", defaultValue = "20", description = "Articles listed (default: ${DEFAULT-VALUE}); --json lists all unless given.")
    Integer limit;
    @Option(names = "--json", description = "Print {\"total\": N, \"articles\": [...]} as JSON.")
    boolean json;

    @Override
    public Integer call() throws Exception {
        boolean limitGiven = spec.commandLine().getParseResult().hasMatchedOption("--limit");
        int max = json && !limitGiven ? Integer.MAX_VALUE : limit;
        if (max < 1) throw new CommandException(ExitCode.USAGE, "--limit must be positive: " + max);
        Instant from = since == null ? null : since.atStartOfDay(ZoneOffset.UTC).toInstant();
        PrintWriter out = spec.commandLine().getOut();
        try (Menagerie menagerie = Menagerie.open(parent.workspace())) {
            ArticleStore store = menagerie.monitoring().articles();
            ArticleQuery q = new ArticleQuery(blank(outlet), from, blank(language), 0, max, 0);
            long total = store.count(q);
            List<StoredArticle> list = store.list(q);
            if (json) {
                ObjectNode root = JSON.createObjectNode();
                root.put("total", total);
                ArrayNode array = root.putArray("articles");
                for (StoredArticle a : list) {
                    ObjectNode o = JSON.valueToTree(a);
                    o.remove(List.of("textHash", "simHash"));
                    o.put("textHash", Long.toHexString(a.textHash()));
                    o.put("simHash", Long.toHexString(a.simHash()));
                    array.add(o);
                }
                out.println(JSON.writerWithDefaultPrettyPrinter().writeValueAsString(root));
            } else {
                out.printf("%,d articles%s%n", total, list.size() < total ? " (newest " + list.size() + " shown)" : "");
                for (StoredArticle a : list) {
                    String head = a.title() != null ? a.title() : a.text() == null ? "(text dropped)" : a.text().strip().lines().findFirst().orElse("");
                    out.printf("%d  %s  %-20.20s  %s  story %d%s%n    %.110s%n", a.id(), a.fetched().toString().substring(0, 16),
                            a.outlet(), a.language() == null ? "??" : a.language(), a.story(),
                            a.story() == a.id() ? "" : " (" + a.sameness().name().toLowerCase().replace('_', ' ') + ")", head);
                }
            }
        }
        out.flush();
        return ExitCode.OK;
    }

    private static String blank(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
