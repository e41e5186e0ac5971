package org.menagerie.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.Callable;
import org.menagerie.catalog.CaseJson;
import org.menagerie.extract.Article;
import org.menagerie.extract.Extract;
import org.menagerie.text.Analysis;
import org.menagerie.text.AnalysisContext;
import org.menagerie.text.Reading;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code menagerie analyze INPUT}: language, sentences, entities, quotes, sources, numbers and dates of a text. */
@Command(name = "analyze", mixinStandardHelpOptions = true,
        description = "Read a text as an analyst does: entities, quotes and speakers, cited sources, numbers, dates.")
public final class AnalyzeCommand implements Callable<Integer> {
    @Parameters(paramLabel = "INPUT", description = "A plain-text file, or - for standard input.")
    String input;

    @Option(names = "--json", description = "Print the whole analysis as JSON.")
    boolean json;

    @Option(names = "--date", paramLabel = "YYYY-MM-DD", description = "The article's date, to complete dates without a year.")
    LocalDate date;

    @Option(names = "--language", paramLabel = "CODE", description = "The language to assume when the text is too short to tell.")
    String language;

    @Option(names = "--title", description = "The article's title.")
    String title;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        String text = input.equals("-") ? new String(System.in.readAllBytes(), StandardCharsets.UTF_8)
                : Files.readString(Path.of(input), StandardCharsets.UTF_8);
        if (text.isBlank()) throw new CommandException(ExitCode.BAD_INPUT, "nothing to analyse in " + input);
        // The page chrome of scraped text (repeated banners, "Read more" headers) is dropped as the checker drops it,
        // so that both read the same sentences.
        Article article = Extract.text(text);
        String readable = article.readableText();
        if (readable.isBlank()) throw new CommandException(ExitCode.BAD_INPUT, "nothing to analyse in " + input);
        Analysis a = Reading.analyze(readable, new AnalysisContext(title != null ? title : article.title(),
                date != null ? date : article.publishedDate(), language));
        PrintWriter out = spec.commandLine().getOut();
        if (json) out.println(CaseJson.MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(a));
        else AnalysisPrinter.print(a, out);
        out.flush();
        return ExitCode.OK;
    }
}
