package org.menagerie.dataset;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import org.menagerie.catalog.Case;
import org.menagerie.catalog.CaseStore;
import org.menagerie.catalog.CaseStore.Written;
import org.menagerie.catalog.Check;
import org.menagerie.catalog.Problem;

/**
 * Imports a dataset file into a store in batches, one transaction each: a run killed part-way leaves whole batches
 * behind, and running it again reports them unchanged and writes the rest.
 */
public final class Importer {
    /** Problems kept for the summary; the rest are only counted. */
    static final int KEPT_PROBLEMS = 10_000;

    /** Where an import stands after a committed batch; {@code line} is the last case's line in the file. */
    public record Progress(long cases, long line, Duration elapsed) {}

    /**
     * What an import did. {@code read} counts the records met: cases and skipped records. {@code skipped} counts the
     * problems that cost a record; the others (a date dropped, say) were about a case that was kept.
     */
    public record Result(long read, long created, long updated, long unchanged, long skipped, long problemCount,
                         List<Problem> problems, Duration elapsed) {
        public long cases() {
            return created + updated + unchanged;
        }
    }

    private final CaseStore store;
    private final String author;
    private final int batchSize;
    private final Consumer<Progress> progress;

    public Importer(CaseStore store, String author, int batchSize, Consumer<Progress> progress) {
        this.store = Check.notNull(store, "store");
        this.author = Check.notBlank(author, "author");
        if (batchSize < 1) throw new IllegalArgumentException("batchSize must be positive: " + batchSize);
        this.batchSize = batchSize;
        this.progress = progress == null ? p -> {} : progress;
    }

    /** Reads {@code file} with {@code reader} and writes its cases; throws what the reader throws for a wrong format. */
    public Result run(CaseReader reader, Path file) throws IOException {
        Run run = new Run(System.nanoTime());
        reader.read(file, run);
        run.flush();
        return run.result();
    }

    private final class Run implements CaseReader.Sink {
        private final long start;
        private final List<Case> batch = new ArrayList<>(batchSize);
        private final Set<String> caseLines = new HashSet<>();
        private final Set<String> problemLines = new HashSet<>();
        private final List<Problem> problems = new ArrayList<>();
        private long cases, created, updated, unchanged, problemCount, lastLine;

        Run(long start) {
            this.start = start;
        }

        @Override
        public void accept(Case c) {
            batch.add(c);
            caseLines.add(c.provenance().file() + ":" + c.provenance().line());
            if (batch.size() >= batchSize) flush();
        }

        @Override
        public void problem(Problem p) {
            problemCount++;
            problemLines.add(p.file() + ":" + p.line());
            if (problems.size() < KEPT_PROBLEMS) problems.add(p);
        }

        void flush() {
            if (batch.isEmpty()) return;
            for (Written w : store.putAll(batch, author)) {
                switch (w.outcome()) {
                    case CREATED -> created++;
                    case UPDATED -> updated++;
                    case UNCHANGED -> unchanged++;
                }
            }
            cases += batch.size();
            lastLine = batch.get(batch.size() - 1).provenance().line();
            batch.clear();
            progress.accept(new Progress(cases, lastLine, elapsed()));
        }

        Result result() {
            long skipped = problemLines.stream().filter(l -> !caseLines.contains(l)).count();
            return new Result(cases + skipped, created, updated, unchanged, skipped, problemCount, List.copyOf(problems), elapsed());
        }

        private Duration elapsed() {
            return Duration.ofNanos(System.nanoTime() - start);
        }
    }
}
