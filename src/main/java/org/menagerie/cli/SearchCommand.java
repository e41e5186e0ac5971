package org.menagerie.cli;

import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;
import org.menagerie.Menagerie;
import org.menagerie.catalog.CaseJson;
import org.menagerie.search.SearchRequest;
import org.menagerie.search.SearchResult;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

@Command(name = "search", mixinStandardHelpOptions = true,
        description = {"Searches the catalog: words, \"phrases\", +required and -excluded words, with filters.",
                "Dates are when a claim was first seen, else when it was reviewed."})
final class SearchCommand implements Callable<Integer> {
    @ParentCommand Main parent;
    @Spec CommandSpec spec;

    @Parameters(arity = "0..*", paramLabel = "QUERY", description = "What to search for; nothing lists every case.")
    List<String> query = List.of();

    @Option(names = {"--language", "--lang"}, split = ",", paramLabel = "CODE", description = "Only cases in these languages (ISO 639-1).")
    List<String> languages = List.of();
    @Option(names = "--country", split = ",", description = "Only cases about these countries.")
    List<String> countries = List.of();
    @Option(names = "--verdict", split = ",", description = "Only these verdicts (FALSE, MISLEADING, ...).")
    List<String> verdicts = List.of();
    @Option(names = "--narrative", split = ",", description = "Only cases of these narratives (ids).")
    List<String> narratives = List.of();
    @Option(names = "--keyword", split = ",", description = "Only cases with these keywords.")
    List<String> keywords = List.of();
    @Option(names = "--dataset", split = ",", description = "Only cases from these source datasets.")
    List<String> datasets = List.of();
    @Option(names = "--from", paramLabel = "YYYY-MM-DD", description = "Cases first seen on or after this date.")
    LocalDate from;
    @Option(names = "--to", paramLabel = "YYYY-MM-DD", description = "Cases first seen on or before this date.")
    LocalDate to;
    @Option(names = "--sort", defaultValue = "relevance", description = "relevance or date (default: ${DEFAULT-VALUE}).")
    String sort;
    @Option(names = "--mode", defaultValue = "auto", description = "auto, keyword, vector or hybrid (default: ${DEFAULT-VALUE}).")
    String mode;
    @Option(names = "--limit", defaultValue = "10", description = "Hits per page (default: ${DEFAULT-VALUE}).")
    int limit;
    @Option(names = "--page", defaultValue = "1", description = "Page number (default: ${DEFAULT-VALUE}).")
    int page;
    @Option(names = "--json", description = "Print the result as JSON.")
    boolean json;

    @Override
    public Integer call() throws Exception {
        SearchRequest r = new SearchRequest(String.join(" ", query), java.util.Map.of(), from, to,
                choice(SearchRequest.Sort.class, sort, "--sort"), choice(SearchRequest.Mode.class, mode, "--mode"),
                null, page, limit, json ? 20 : 5, false);
        r = filter(filter(filter(filter(filter(filter(r, "language", languages), "country", countries), "verdict", verdicts),
                "narrative", narratives), "keyword", keywords), "dataset", datasets);
        SearchResult result;
        try (Menagerie menagerie = Menagerie.open(parent.workspace())) {
            result = menagerie.search().search(r);
        }
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            out.println(CaseJson.MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(result));
        } else {
            print(out, result);
        }
        out.flush();
        return ExitCode.OK;
    }

    private static <E extends Enum<E>> E choice(Class<E> type, String value, String option) {
        for (E e : type.getEnumConstants()) if (e.name().equalsIgnoreCase(value.strip())) return e;
        throw new CommandException(ExitCode.USAGE, option + " must be one of "
                + java.util.Arrays.stream(type.getEnumConstants()).map(e -> e.name().toLowerCase()).toList() + ": " + value);
    }

    private static SearchRequest filter(SearchRequest r, String dim, List<String> values) {
        return values.isEmpty() ? r : r.withFilter(dim, values.toArray(String[]::new));
    }

    private static void print(PrintWriter out, SearchResult result) {
        out.printf("%,d cases (%s), page %d%n", result.total(), result.mode().name().toLowerCase(), result.page());
        int n = (result.page() - 1) * result.size();
        for (SearchResult.Hit h : result.hits()) {
            out.printf("%n%d. %s  [%s, %s%s]%n   %s%n", ++n, h.title(), h.verdict(), h.language(),
                    h.date() == null ? "" : ", " + h.date(), h.id());
            if (h.snippet() != null) out.printf("   %s%n", plain(h.snippet()));
        }
        result.facets().forEach((dim, values) -> {
            if (values.isEmpty()) return;
            StringBuilder line = new StringBuilder();
            values.forEach(v -> line.append(line.length() == 0 ? "" : ", ").append(v.value()).append(" ").append(v.count()));
            out.printf("%n%s: %s", dim, line);
        });
        out.println();
    }

    /** The snippet as terminal text: matches in [brackets], HTML entities decoded, on one line. */
    static String plain(String html) {
        return html.replace("<b>", "[").replace("</b>", "]").replace("&quot;", "\"").replace("&#x27;", "'")
                .replace("&#x2F;", "/").replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&")
                .replaceAll("\\s+", " ").strip();
    }
}
