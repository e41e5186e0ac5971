package org.menagerie.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.menagerie.ingest.FetchException;
import org.menagerie.ingest.FetchedPage;
import org.menagerie.ingest.Fetcher;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.menagerie.catalog.CaseJson;
import org.menagerie.extract.Article;
import org.menagerie.extract.Extract;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code menagerie extract}: one page or text to an Article, or a folder of pages to a predictions file. */
@Command(name = "extract", mixinStandardHelpOptions = true,
        description = {"Extracts the article (title, authors, dates, body, images, links) from an HTML page or scraped text.",
                "INPUT is a file (.html, .html.gz, .txt for scraped text) or - for HTML on standard input."})
public final class ExtractCommand implements Callable<Integer> {
    @Parameters(arity = "0..1", paramLabel = "INPUT", description = "The page: a file, or - for standard input.")
    String input;

    @Option(names = "--json", description = "Print the whole Article as JSON.")
    boolean json;

    @Option(names = "--text", description = "Standard input is scraped text, not HTML.")
    boolean text;

    @Option(names = "--batch", paramLabel = "DIR", description = "Extract every *.html(.gz) page of DIR.")
    Path batch;

    @Option(names = "--out", paramLabel = "FILE", description = "With --batch: write {id: {\"articleBody\": text}} here.")
    Path out;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        PrintWriter stdout = spec.commandLine().getOut();
        if (batch != null) return batch(stdout);
        if (input == null) throw new CommandException(ExitCode.USAGE, "give an INPUT (a file or -) or --batch DIR --out FILE");
        Article article = input.matches("(?i)https?://.*") ? fetched(input)
                : input.equals("-") ? Extract.stream(System.in, text, "stdin") : Extract.file(Path.of(input));
        if (json) {
            stdout.println(mapper().writeValueAsString(article));
        } else {
            print(article, stdout);
        }
        stdout.flush();
        return ExitCode.OK;
    }

    private int batch(PrintWriter stdout) throws IOException {
        if (out == null) throw new CommandException(ExitCode.USAGE, "--batch needs --out FILE");
        if (!Files.isDirectory(batch)) throw new CommandException(ExitCode.NOT_FOUND, "no such folder: " + batch);
        ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
        ObjectNode result = mapper.createObjectNode();
        List<Path> pages;
        try (Stream<Path> files = Files.list(batch)) {
            pages = files.filter(p -> p.getFileName().toString().matches(".*\\.html?(\\.gz)?$")).sorted().toList();
        }
        int failed = 0;
        for (Path page : pages) {
            String id = page.getFileName().toString().replaceFirst("\\.html?(\\.gz)?$", "");
            String body;
            try {
                body = Extract.file(page).body();
            } catch (IllegalArgumentException e) {
                spec.commandLine().getErr().println("menagerie: " + page.getFileName() + ": " + e.getMessage());
                body = "";
                failed++;
            }
            result.putObject(id).put("articleBody", body);
        }
        mapper.writeValue(out.toFile(), result);
        stdout.printf("%d pages extracted to %s%s%n", pages.size() - failed, out, failed > 0 ? " (" + failed + " refused)" : "");
        stdout.flush();
        return ExitCode.OK;
    }

    private static ObjectMapper mapper() {
        return CaseJson.MAPPER.copy().enable(SerializationFeature.INDENT_OUTPUT);
    }

    private static void print(Article a, PrintWriter out) {
        line(out, "Title", a.title());
        line(out, "URL", a.canonicalUrl() != null ? a.canonicalUrl() : a.url());
        if (!a.authors().isEmpty()) line(out, "Authors", String.join(", ", a.authors()));
        line(out, "Published", a.published());
        line(out, "Modified", a.modified());
        line(out, "Section", a.section());
        if (!a.tags().isEmpty()) line(out, "Tags", String.join(", ", a.tags()));
        line(out, "Language", a.language());
        line(out, "Lead", a.lead());
        out.println();
        a.paragraphs().forEach(p -> out.println(p + "\n"));
        for (Article.Image i : a.images()) {
            out.println("[image] " + (i.src() == null ? "" : i.src()) + (i.caption() == null ? "" : " — " + i.caption())
                    + (i.credit() == null ? "" : " (credit: " + i.credit() + ")"));
        }
        for (var p : a.problems()) out.println("[problem] " + p.reason());
    }

    private static void line(PrintWriter out, String label, String value) {
        if (value != null) out.println(label + ": " + value);
    }

    /** A page read through the safe fetcher: public addresses only, bounded in size and time. */
    private static Article fetched(String url) {
        try {
            FetchedPage page = Fetcher.standard().fetch(url);
            String at = page.url().toString();
            return page.isHtml() ? Extract.html(page.body(), at) : Extract.text(page.body());
        } catch (FetchException e) {
            int code = switch (e.reason()) {
                case UNKNOWN_HOST, HTTP_ERROR, NETWORK, TIMED_OUT, TOO_MANY_REDIRECTS -> ExitCode.NOT_FOUND;
                default -> ExitCode.BAD_INPUT;
            };
            throw new CommandException(code, e.getMessage());
        }
    }
}
