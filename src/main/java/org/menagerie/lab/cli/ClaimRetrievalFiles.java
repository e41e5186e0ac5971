package org.menagerie.lab.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.menagerie.catalog.Case;
import org.menagerie.cli.Main;
import org.menagerie.lab.eval.CheckThatFiles;
import picocli.CommandLine.Option;

/**
 * The options every claim-retrieval command of the lab shares (match, bench match, train matcher): the verified
 * claims, the queries and where the claims' vectors are kept between runs.
 */
final class ClaimRetrievalFiles {
    @Option(names = "--collection", required = true, paramLabel = "FILE", description = "The verified claims: vclaims.tsv or vclaims.jsonl.")
    Path collection;

    @Option(names = "--queries", required = true, paramLabel = "FILE", description = "The queries: a TSV of id, text.")
    Path queries;

    @Option(names = "--cache", paramLabel = "DIR", description = "Where the claims' vectors are kept (default: <workspace>/cache/vectors).")
    Path cache;

    List<Case> cases() {
        return CheckThatFiles.vclaims(MatchCommand.existing(collection));
    }

    Map<String, String> queryTexts() {
        return CheckThatFiles.queries(MatchCommand.existing(queries));
    }

    /** The vector cache folder: --cache, or the workspace's. */
    Path vectors(Main root) {
        return cache != null ? cache : root.workspace().root().resolve("cache").resolve("vectors");
    }
}
