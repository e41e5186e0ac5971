package org.menagerie.cli;

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
import org.menagerie.embedding.VectorCache;
import org.menagerie.eval.CheckThatFiles;
import org.menagerie.eval.RunLine;
import org.menagerie.eval.TrecRun;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** Matches tweets (a CheckThat! queries file) against verified claims and writes a TREC run. */
@Command(name = "match", mixinStandardHelpOptions = true,
        description = "Match each query of a CheckThat! queries file against a collection of verified claims; write a TREC run.")
public final class MatchCommand implements Callable<Integer> {
    @ParentCommand Main parent;

    @Option(names = "--collection", required = true, paramLabel = "FILE", description = "vclaims.tsv or vclaims.jsonl")
    Path collection;

    @Option(names = "--queries", required = true, paramLabel = "FILE", description = "queries tsv: id, text")
    Path queries;

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

    @Option(names = "--cache", paramLabel = "DIR", description = "where collection vectors are kept (default: <workspace>/cache/vectors)")
    Path cache;

    @Option(names = "--tag", defaultValue = "menagerie", description = "the run's tag column")
    String tag;

    @Override
    public Integer call() {
        Map<String, String> qs = CheckThatFiles.queries(existing(queries));
        Matcher matcher = open(parent, existing(collection), cache, model, fusionOnly, undated);
        List<RunLine> lines = new ArrayList<>();
        for (var q : qs.entrySet()) {
            int rank = 1;
            for (Match m : matcher.match(q.getValue(), top)) lines.add(new RunLine(q.getKey(), m.caseId(), rank++, m.score(), tag));
        }
        TrecRun.of(lines).write(out);
        parent.spec.commandLine().getOut().printf("%d queries, %d lines -> %s%n", qs.size(), lines.size(), out);
        return ExitCode.OK;
    }

    static Matcher open(Main parent, Path collection, Path cache, Path modelFile, boolean fusionOnly, boolean undated) {
        List<Case> cases = CheckThatFiles.vclaims(collection);
        if (cases.isEmpty()) throw new CommandException(ExitCode.BAD_INPUT, "no claims in " + collection);
        MatcherModel m = fusionOnly ? MatcherModel.fusionOnly(null)
                : modelFile != null ? MatcherModel.read(existing(modelFile))
                : undated ? MatcherModel.shippedUndated() : MatcherModel.shipped();
        Path dir = cache != null ? cache : parent.workspace().root().resolve("cache").resolve("vectors");
        return Matchers.inMemory(cases, new VectorCache(dir), m);
    }

    static Path existing(Path file) {
        if (!Files.isRegularFile(file)) throw new CommandException(ExitCode.NOT_FOUND, "no such file: " + file);
        return file;
    }
}
