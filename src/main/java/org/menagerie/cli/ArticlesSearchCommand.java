package org.menagerie.cli;

import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;
import org.menagerie.Menagerie;
import org.menagerie.archive.ArchiveQuery;
import org.menagerie.archive.ArchiveResult;
import org.menagerie.catalog.CaseJson;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

@Command(name = "search", mixinStandardHelpOptions = true,
        description = {"Searches the monitored articles: words, \"phrases\", +required and -excluded words, with filters.",
                "An article's date is when the outlet published it, else when it was read. Each hit lists the other outlets of its story."})
final class ArticlesSearchCommand implements Callable<Integer> {
    @ParentCommand ArticlesCommand parent;
    @Spec CommandSpec spec;

    @Parameters(arity = "0..*", paramLabel = "QUERY", description = "What to search for; nothing lists every article, newest first.")
    List<String> query = List.of();
    @Option(names = "--outlet", split = ",", paramLabel = "NAME", description = "Only these outlets' articles.")
    List<String> outlets = List.of();
    @Option(names = {"--language", "--lang"}, split = ",", paramLabel = "CODE", description = "Only articles in these languages (ISO 639-1).")
    List<String> languages = List.of();
    @Option(names = "--story", paramLabel = "ID", description = "Only the articles of this story.")
    long story;
    @Option(names = "--from", paramLabel = "YYYY-MM-DD", description = "Articles dated on or after this day.")
    LocalDate from;
    @Option(names = "--to", paramLabel = "YYYY-MM-DD", description = "Articles dated on or before this day.")
    LocalDate to;
    @Option(names = "--sort", paramLabel = "ORDER", description = "relevance or date (default: relevance with words, date without).")
    String sort;
    @Option(names = "--per", defaultValue = "month", description = "Count dates per month or day (default: ${DEFAULT-VALUE}).")
    String per;
    @Option(names = "--limit", defaultValue = "10", description = "Hits per page, at most 100 (default: ${DEFAULT-VALUE}).")
    int limit;
    @Option(names = "--page", defaultValue = "1", description = "Page number (default: ${DEFAULT-VALUE}).")
    int page;
    @Option(names = "--json", description = "Print the result as JSON: total, page, size, hits, facets.")
    boolean json;

    @Override
    public Integer call() throws Exception {
        ArchiveQuery q;
        try {
            q = new ArchiveQuery(String.join(" ", query), outlets, languages, story, from, to,
                    sort == null ? null : choice(ArchiveQuery.Sort.class, sort, "--sort"), page, limit,
                    choice(ArchiveQuery.Per.class, per, "--per"));
        } catch (IllegalArgumentException e) {
            throw new CommandException(ExitCode.USAGE, e.getMessage());
        }
        ArchiveResult result;
        try (Menagerie menagerie = Menagerie.open(parent.parent.workspace())) {
            result = menagerie.archive().search(q);
        }
        PrintWriter out = spec.commandLine().getOut();
        if (json) out.println(CaseJson.MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(result));
        else print(out, result);
        out.flush();
        return ExitCode.OK;
    }

    private static <E extends Enum<E>> E choice(Class<E> type, String value, String option) {
        for (E e : type.getEnumConstants()) if (e.name().equalsIgnoreCase(value.strip())) return e;
        throw new CommandException(ExitCode.USAGE, option + " must be one of "
                + java.util.Arrays.stream(type.getEnumConstants()).map(e -> e.name().toLowerCase()).toList() + ": " + value);
    }

    private static void print(PrintWriter out, ArchiveResult r) {
        out.printf("%,d articles, page %d of %d%n", r.total(), r.page(), r.pages());
        int n = (r.page() - 1) * r.size();
        for (ArchiveResult.Hit h : r.hits()) {
            out.printf("%n%d. %s  [%s, %s, %s]  article %d, story %d%n", ++n, h.title() == null ? "(no title)" : h.title(),
                    h.outlet(), h.language() == null ? "??" : h.language(), h.date(), h.id(), h.story());
            if (h.url() != null) out.printf("   %s%n", h.url());
            if (h.snippet() != null) out.printf("   %s%n", SearchCommand.plain(h.snippet()));
            if (!h.alsoCarriedBy().isEmpty()) out.printf("   also carried by: %s%n", String.join(", ", h.alsoCarriedBy()));
        }
        r.facets().forEach((dim, values) -> {
            if (values.isEmpty()) return;
            StringBuilder line = new StringBuilder();
            values.forEach(v -> line.append(line.length() == 0 ? "" : ", ").append(v.value()).append(" ").append(v.count()));
            out.printf("%n%s: %s", dim, line);
        });
        out.println();
    }
}
