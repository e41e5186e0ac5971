package org.menagerie.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Callable;
import org.menagerie.Menagerie;
import org.menagerie.catalog.Problem;
import org.menagerie.ingest.FetchException;
import org.menagerie.ingest.Fetcher;
import org.menagerie.outlet.Outlet;
import org.menagerie.outlet.OutletStore;
import org.menagerie.outlet.Source;
import org.menagerie.outlet.SourceKind;
import org.menagerie.watch.Discovery;
import org.menagerie.watch.Monitoring;
import org.menagerie.watch.OutletHealth;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

@Command(name = "outlets", mixinStandardHelpOptions = true,
        description = "Manages the outlets monitoring watches and their sources (feeds, news sitemaps, channel exports).",
        subcommands = {OutletsCommand.Add.class, OutletsCommand.ListOutlets.class, OutletsCommand.Show.class,
                OutletsCommand.Remove.class, OutletsCommand.Import.class, OutletsCommand.Discover.class,
                OutletsCommand.Resume.class})
final class OutletsCommand implements Runnable {
    @ParentCommand Main parent;
    @Spec CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    @Command(name = "add", mixinStandardHelpOptions = true, description = "Adds (or updates) an outlet with its sources.")
    static final class Add implements Callable<Integer> {
        @ParentCommand OutletsCommand outlets;
        @Spec CommandSpec spec;
        @Parameters(paramLabel = "NAME") String name;
        @Option(names = "--id", description = "Its id (default: made from the name).") String id;
        @Option(names = "--home", paramLabel = "URL") String home;
        @Option(names = "--domain", split = ",") List<String> domains = new ArrayList<>();
        @Option(names = "--country", paramLabel = "CODE") String country;
        @Option(names = "--language", split = ",", paramLabel = "CODE") List<String> languages = new ArrayList<>();
        @Option(names = "--notes") String notes;
        @Option(names = "--feed", paramLabel = "URL", description = "A feed to poll (repeatable).") List<String> feeds = new ArrayList<>();
        @Option(names = "--sitemap", paramLabel = "URL", description = "A news sitemap to poll (repeatable).") List<String> sitemaps = new ArrayList<>();

        @Override
        public Integer call() {
            try (Menagerie menagerie = Menagerie.open(outlets.parent.workspace())) {
                Outlet o = save(menagerie.monitoring().outlets(), new Row(id, name, home, domains, country, languages, notes, feeds, sitemaps));
                spec.commandLine().getOut().printf("Outlet %s (%s): %d sources%n", o.id(), o.name(),
                        menagerie.monitoring().outlets().sources(o.id()).size());
                spec.commandLine().getOut().flush();
            }
            return ExitCode.OK;
        }
    }

    @Command(name = "list", mixinStandardHelpOptions = true, description = "Lists outlets with their sources' health.")
    static final class ListOutlets implements Callable<Integer> {
        @ParentCommand OutletsCommand outlets;
        @Spec CommandSpec spec;
        @Option(names = "--json") boolean json;

        @Override
        public Integer call() throws Exception {
            PrintWriter out = spec.commandLine().getOut();
            try (Menagerie menagerie = Menagerie.open(outlets.parent.workspace())) {
                Monitoring m = menagerie.monitoring();
                ArrayNode array = ArticlesCommand.JSON.createArrayNode();
                for (Outlet o : m.outlets().outlets()) {
                    List<Source> sources = m.outlets().sources(o.id());
                    OutletHealth h = health(m, o);
                    long paused = sources.stream().filter(Source::paused).count();
                    Instant last = sources.stream().map(Source::lastSuccess).filter(java.util.Objects::nonNull).max(Instant::compareTo).orElse(null);
                    if (json) {
                        ObjectNode n = ArticlesCommand.JSON.valueToTree(o);
                        n.put("sources", sources.size()).put("paused", paused).put("lastSuccess", last == null ? null : last.toString());
                        n.set("health", ArticlesCommand.JSON.valueToTree(h));
                        array.add(n);
                    } else {
                        out.printf("%-30s %-30.30s sources %2d (paused %d)  last success %-20s  %.1f/day  %s%n", o.id(), o.name(),
                                sources.size(), paused, last == null ? "never" : last.toString().substring(0, 16), h.mean(), h.state());
                    }
                }
                if (json) out.println(ArticlesCommand.JSON.writerWithDefaultPrettyPrinter().writeValueAsString(array));
            }
            out.flush();
            return ExitCode.OK;
        }
    }

    @Command(name = "show", mixinStandardHelpOptions = true, description = "Shows an outlet, each source's state and its latest problems.")
    static final class Show implements Callable<Integer> {
        @ParentCommand OutletsCommand outlets;
        @Spec CommandSpec spec;
        @Parameters(paramLabel = "ID") String id;

        @Override
        public Integer call() {
            PrintWriter out = spec.commandLine().getOut();
            try (Menagerie menagerie = Menagerie.open(outlets.parent.workspace())) {
                Monitoring m = menagerie.monitoring();
                Outlet o = m.outlets().outlet(id).orElseThrow(() -> new CommandException(ExitCode.NOT_FOUND, "no such outlet: " + id));
                out.printf("%s (%s)%n  home: %s%n  domains: %s%n  country: %s  languages: %s%n", o.name(), o.id(),
                        o.homeUrl(), String.join(", ", o.domains()), o.country(), String.join(", ", o.languages()));
                if (o.notes() != null) out.println("  notes: " + o.notes());
                OutletHealth h = health(m, o);
                out.printf("  articles/day: %.1f +- %.1f over %d days; yesterday %d: %s%n", h.mean(), h.sigma(), h.days(), h.yesterday(), h.state());
                for (Source s : m.outlets().sources(o.id())) {
                    out.printf("  %s %s %s%n    every %s, next %s, last success %s, failures %d, last poll %d items (%d new)%s%n",
                            s.kind(), s.id(), s.url(), s.interval(), s.nextDue(), s.lastSuccess() == null ? "never" : s.lastSuccess(),
                            s.failures(), s.lastItems(), s.lastNewItems(), s.paused() ? "\n    PAUSED: " + s.pausedReason()
                                    : s.lastError() == null ? "" : "\n    last error: " + s.lastError());
                    for (Problem p : m.outlets().problems(s.id(), 5)) out.println("    problem: " + (p.line() > 0 ? "item " + p.line() + ": " : "") + p.reason());
                }
            }
            out.flush();
            return ExitCode.OK;
        }
    }

    @Command(name = "remove", mixinStandardHelpOptions = true, description = "Removes an outlet and its sources (its articles stay).")
    static final class Remove implements Callable<Integer> {
        @ParentCommand OutletsCommand outlets;
        @Spec CommandSpec spec;
        @Parameters(paramLabel = "ID") String id;

        @Override
        public Integer call() {
            try (Menagerie menagerie = Menagerie.open(outlets.parent.workspace())) {
                if (!menagerie.monitoring().outlets().remove(id)) throw new CommandException(ExitCode.NOT_FOUND, "no such outlet: " + id);
            }
            spec.commandLine().getOut().println("Removed " + id);
            spec.commandLine().getOut().flush();
            return ExitCode.OK;
        }
    }

    @Command(name = "resume", mixinStandardHelpOptions = true, description = "Resumes an outlet's paused sources, due now.")
    static final class Resume implements Callable<Integer> {
        @ParentCommand OutletsCommand outlets;
        @Spec CommandSpec spec;
        @Parameters(paramLabel = "ID") String id;

        @Override
        public Integer call() {
            int n = 0;
            try (Menagerie menagerie = Menagerie.open(outlets.parent.workspace())) {
                OutletStore store = menagerie.monitoring().outlets();
                for (Source s : store.sources(id)) {
                    if (s.paused()) {
                        store.update(s.resumed(Instant.now()));
                        n++;
                    }
                }
            }
            spec.commandLine().getOut().printf("Resumed %d sources of %s%n", n, id);
            spec.commandLine().getOut().flush();
            return ExitCode.OK;
        }
    }

    @Command(name = "import", mixinStandardHelpOptions = true,
            description = {"Adds outlets from a file: JSON lines {id, name, home, domains, country, languages, notes, feeds, sitemaps}, "
                    + "or CSV with those columns (lists separated by spaces or ';')."})
    static final class Import implements Callable<Integer> {
        @ParentCommand OutletsCommand outlets;
        @Spec CommandSpec spec;
        @Parameters(paramLabel = "FILE") Path file;

        @Override
        public Integer call() throws IOException {
            if (!Files.isRegularFile(file)) throw new CommandException(ExitCode.NOT_FOUND, "no such file: " + file);
            List<Row> rows = new ArrayList<>();
            List<String> problems = new ArrayList<>();
            boolean csv = file.toString().toLowerCase().endsWith(".csv");
            try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                String line;
                String[] header = null;
                int n = 0;
                while ((line = in.readLine()) != null) {
                    n++;
                    if (line.isBlank()) continue;
                    try {
                        if (csv) {
                            List<String> cells = csvCells(line);
                            if (header == null) {
                                header = cells.stream().map(c -> c.strip().toLowerCase()).toArray(String[]::new);
                                continue;
                            }
                            rows.add(Row.csv(header, cells));
                        } else {
                            rows.add(Row.json(ArticlesCommand.JSON.readTree(line)));
                        }
                    } catch (IOException | IllegalArgumentException e) {
                        problems.add(file.getFileName() + ":" + n + ": " + e.getMessage());
                    }
                }
            }
            int added = 0;
            try (Menagerie menagerie = Menagerie.open(outlets.parent.workspace())) {
                for (Row r : rows) {
                    try {
                        save(menagerie.monitoring().outlets(), r);
                        added++;
                    } catch (IllegalArgumentException e) {
                        problems.add(r.name() + ": " + e.getMessage());
                    }
                }
            }
            spec.commandLine().getOut().printf("Imported %d outlets; %d problems%n", added, problems.size());
            problems.forEach(p -> spec.commandLine().getErr().println("problem: " + p));
            spec.commandLine().getOut().flush();
            spec.commandLine().getErr().flush();
            return added == 0 && !problems.isEmpty() ? ExitCode.BAD_INPUT : ExitCode.OK;
        }
    }

    @Command(name = "discover", mixinStandardHelpOptions = true,
            description = {"Finds a site's feeds (<link rel=alternate>, /feed, /rss.xml, /atom.xml, ...), falling back to the "
                    + "sitemaps its robots.txt names.", "With --add ID, adds what it found to that outlet."})
    static final class Discover implements Callable<Integer> {
        @ParentCommand OutletsCommand outlets;
        @Spec CommandSpec spec;
        @Parameters(paramLabel = "URL") String url;
        @Option(names = "--add", paramLabel = "ID", description = "Add the sources found to this outlet.") String add;

        @Override
        public Integer call() {
            PrintWriter out = spec.commandLine().getOut();
            try (Menagerie menagerie = Menagerie.open(outlets.parent.workspace())) {
                List<Discovery.Found> found;
                try {
                    found = new Discovery(fetcher(menagerie)).discover(url);
                } catch (FetchException e) {
                    throw new CommandException(ExitCode.NOT_FOUND, e.getMessage());
                }
                if (found.isEmpty()) out.println("No feed or sitemap found at " + url);
                for (Discovery.Found f : found) out.printf("%-8s %s   (%s)%n", f.kind(), f.url(), f.how());
                if (add != null) {
                    OutletStore store = menagerie.monitoring().outlets();
                    if (store.outlet(add).isEmpty()) throw new CommandException(ExitCode.NOT_FOUND, "no such outlet: " + add);
                    for (Discovery.Found f : found) store.addSource(Source.fresh(sourceId(add, f.url()), add, f.kind(), f.url(), Instant.now()));
                    out.printf("Added %d sources to %s%n", found.size(), add);
                }
            }
            out.flush();
            return ExitCode.OK;
        }
    }

    /** An outlet with its sources, as given on the command line or in a file. */
    record Row(String id, String name, String home, List<String> domains, String country, List<String> languages,
               String notes, List<String> feeds, List<String> sitemaps) {
        static Row json(JsonNode o) {
            if (!o.isObject()) throw new IllegalArgumentException("not a JSON object");
            return new Row(text(o, "id"), text(o, "name"), text(o, "home"), list(o.get("domains")), text(o, "country"),
                    list(o.get("languages")), text(o, "notes"), list(o.get("feeds")), list(o.get("sitemaps")));
        }

        static Row csv(String[] header, List<String> cells) {
            java.util.Map<String, String> m = new java.util.HashMap<>();
            for (int i = 0; i < header.length && i < cells.size(); i++) m.put(header[i], cells.get(i).strip());
            return new Row(m.get("id"), m.get("name"), m.get("home"), split(m.get("domains")), m.get("country"),
                    split(m.get("languages")), m.get("notes"), split(m.get("feeds")), split(m.get("sitemaps")));
        }

        private static String text(JsonNode o, String f) {
            return o.hasNonNull(f) ? o.get(f).asText() : null;
        }

        private static List<String> list(JsonNode n) {
            if (n == null || n.isNull()) return List.of();
            if (n.isTextual()) return split(n.asText());
            List<String> out = new ArrayList<>();
            n.forEach(x -> out.add(x.asText()));
            return out;
        }

        private static List<String> split(String s) {
            return s == null || s.isBlank() ? List.of() : Arrays.stream(s.strip().split("[;\\s]+")).filter(x -> !x.isBlank()).toList();
        }
    }

    static Outlet save(OutletStore store, Row r) {
        return new org.menagerie.outlet.OutletEntry(r.id(), r.name(), r.home(), r.domains(), r.country(), r.languages(), r.notes(),
                r.feeds(), r.sitemaps()).save(store, Instant.now());
    }

    static String sourceId(String outletId, String url) {
        return org.menagerie.outlet.OutletEntry.sourceId(outletId, url);
    }

    static OutletHealth health(Monitoring m, Outlet o) {
        return OutletHealth.of(m.articles(), o.name(), LocalDate.now(ZoneOffset.UTC));
    }

    static Fetcher fetcher(Menagerie menagerie) {
        return menagerie.watchFetcher();
    }

    /** Cells of one CSV line: commas, double-quoted cells with "" for a quote. */
    static List<String> csvCells(String line) {
        List<String> out = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                    cell.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    cell.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                out.add(cell.toString());
                cell.setLength(0);
            } else {
                cell.append(c);
            }
        }
        out.add(cell.toString());
        return out;
    }
}
