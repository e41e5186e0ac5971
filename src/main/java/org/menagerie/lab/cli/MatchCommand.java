package org.menagerie.lab.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.menagerie.catalog.Case;
import org.menagerie.check.Match;
import org.menagerie.check.Matcher;
import org.menagerie.check.MatcherModel;
import org.menagerie.check.Matchers;
import org.menagerie.cli.CommandException;
import org.menagerie.cli.ExitCode;
import org.menagerie.cli.Main;
import org.menagerie.embedding.Embedder;
import org.menagerie.embedding.VectorCache;
import org.menagerie.lab.eval.CheckThatFiles;
import org.menagerie.lab.eval.RunLine;
import org.menagerie.lab.eval.TrecRun;
import org.menagerie.search.Search;
import org.menagerie.search.SearchSettings;
import org.menagerie.store.memory.MemoryCaseStore;
import org.menagerie.text.Languages;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** Matches tweets (a CheckThat! queries file) against verified claims and writes a TREC run. */
@Command(name = "match", mixinStandardHelpOptions = true,
        description = "Match each query of a CheckThat! queries file against a collection of verified claims; write a TREC run.")
final class MatchCommand implements Callable<Integer> {
    @ParentCommand Main parent;
    @Spec CommandSpec spec;

    @Mixin ClaimRetrievalFiles files;

    @Option(names = "--top", defaultValue = "5", description = "cases per query (default ${DEFAULT-VALUE})")
    int top;

    @Option(names = "--out", required = true, paramLabel = "RUN", description = "the TREC run file to write")
    Path out;

    @Option(names = "--model", paramLabel = "FILE", description = "a re-ranker model file (default: the shipped one)")
    Path model;

    @Option(names = "--undated", description = "use the shipped model without date cues (for text that carries no tweet date)")
    boolean undated;

    @Option(names = "--fusion-only", description = "skip the re-ranker: min-max fusion of e5 (0.6) and BM25 (0.4)")
    boolean fusionOnly;

    @Option(names = "--tag", defaultValue = "menagerie", description = "the run's tag column")
    String tag;

    @Option(names = "--in-memory", description = "candidates from an in-memory BM25 index and vector matrix over the"
            + " collection (as training sees them) instead of a search index, the checker's path")
    boolean inMemory;

    @Option(names = {"--language", "--lang"}, defaultValue = "en", paramLabel = "CODE",
            description = "the queries' language (ISO 639-1), or 'auto' to identify each query's; Romanian, Russian and"
                    + " Ukrainian queries are also matched through their English rendering (default ${DEFAULT-VALUE})")
    String lang;

    @Override
    public Integer call() {
        Map<String, String> qs = files.queryTexts();
        List<RunLine> lines = new ArrayList<>();
        try (Collection c = open(parent, files, model, fusionOnly, undated, !inMemory)) {
            for (var q : qs.entrySet()) {
                int rank = 1;
                String language = lang.equals("auto") ? Languages.identify(q.getValue(), "en") : lang;
                List<Match> found = language.equals("en") ? c.matcher().match(q.getValue(), top) : c.matcher().match(q.getValue(), language, top);
                for (Match m : found) lines.add(new RunLine(q.getKey(), m.caseId(), rank++, m.score(), tag));
            }
        }
        TrecRun.of(lines).write(out);
        spec.commandLine().getOut().printf("%d queries, %d lines -> %s%n", qs.size(), lines.size(), out);
        return ExitCode.OK;
    }

    /** A matcher over a collection, and what to close when done with it. */
    record Collection(Matcher matcher, AutoCloseable resources) implements AutoCloseable {
        @Override
        public void close() {
            try {
                resources.close();
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }
    }

    /**
     * A matcher over a collection: through a search index of it (the checker's path; the index is kept under the
     * cache folder, so later runs reuse its vectors), or over an in-memory BM25 index and vector matrix.
     */
    static Collection open(Main parent, ClaimRetrievalFiles files, Path modelFile, boolean fusionOnly, boolean undated,
                           boolean index) {
        List<Case> cases = files.cases();
        if (cases.isEmpty()) throw new CommandException(ExitCode.BAD_INPUT, "no claims in " + files.collection);
        MatcherModel m = fusionOnly ? MatcherModel.fusionOnly(null)
                : modelFile != null ? MatcherModel.read(existing(modelFile))
                : undated ? MatcherModel.shippedUndated() : MatcherModel.shipped();
        Path dir = files.vectors(parent);
        if (!index) return new Collection(Matchers.inMemory(cases, new VectorCache(dir), m), () -> {});
        MemoryCaseStore store = new MemoryCaseStore();
        // a benchmark's claims carry no language; they are English, and the matcher's keyword scores are English
        store.putAll(cases.stream().map(c -> c.languages().isEmpty() ? c.toBuilder().languages(List.of("en")).build() : c).toList(),
                "import:checkthat");
        Path indexDir = dir.resolve("index-" + key(files.collection));
        Search search = Search.open(indexDir, store, SearchSettings.defaults(), Embedder.e5Small());
        return new Collection(Matchers.overIndex(search, store, m), search);
    }

    /** Names a collection file's index by the file's name, size and time, so that an edited file gets a new one. */
    private static String key(Path file) {
        try {
            String id = file.toAbsolutePath() + "|" + Files.size(file) + "|" + Files.getLastModifiedTime(file).toMillis();
            return file.getFileName().toString().replaceAll("[^A-Za-z0-9.-]", "_") + "-"
                    + Integer.toHexString(id.hashCode());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    static Path existing(Path file) {
        if (!Files.isRegularFile(file)) throw new CommandException(ExitCode.NOT_FOUND, "no such file: " + file);
        return file;
    }
}
