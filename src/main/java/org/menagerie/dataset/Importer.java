package org.menagerie.dataset;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import org.menagerie.catalog.Case;
import org.menagerie.catalog.CaseStore;
import org.menagerie.catalog.CaseStore.Written;
import org.menagerie.catalog.Check;
import org.menagerie.catalog.Problem;

/**
 * Imports a dataset file into a store in batches, one transaction each: a run killed part-way leaves whole batches
 * behind, and running it again reports them unchanged and writes the rest. While one batch is written on a thread of
 * its own, the next is read, so parsing and writing share two cores.
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
        ExecutorService writer = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "import-writer");
            t.setDaemon(true);
            return t;
        });
        try {
            Run run = new Run(System.nanoTime(), writer);
            reader.read(file, run);
            run.flush();
            run.awaitWrite();
            return run.result();
        } finally {
            writer.shutdownNow();
        }
    }

    private final class Run implements CaseReader.Sink {
        private final long start;
        private final ExecutorService writer;
        private List<Case> batch = new ArrayList<>(batchSize);
        private Future<List<Written>> writing;
        private final Set<String> caseLines = new HashSet<>();
        private final Set<String> problemLines = new HashSet<>();
        private final List<Problem> problems = new ArrayList<>();
        private long cases, created, updated, unchanged, problemCount, lastLine;

        Run(long start, ExecutorService writer) {
            this.start = start;
            this.writer = writer;
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

        /** Hands the batch to the writer once the previous one is committed; at most one batch is in flight. */
        void flush() {
            if (batch.isEmpty()) return;
            awaitWrite();
            List<Case> full = batch;
            batch = new ArrayList<>(batchSize);
            lastLine = full.get(full.size() - 1).provenance().line();
            writing = writer.submit(() -> store.putAll(full, author));
        }

        /** Waits for the batch in flight and counts it; a failed write is thrown here, on the reading thread. */
        void awaitWrite() {
            if (writing == null) return;
            List<Written> written;
            try {
                written = writing.get();
            } catch (ExecutionException e) {
                if (e.getCause() instanceof RuntimeException r) throw r;
                if (e.getCause() instanceof Error err) throw err;
                throw new IllegalStateException(e.getCause());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("import interrupted", e);
            } finally {
                writing = null;
            }
            for (Written w : written) {
                switch (w.outcome()) {
                    case CREATED -> created++;
                    case UPDATED -> updated++;
                    case UNCHANGED -> unchanged++;
                }
            }
            cases += written.size();
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
