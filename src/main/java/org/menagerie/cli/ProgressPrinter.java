package org.menagerie.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.menagerie.dataset.Importer;

/**
 * Shows how an import advances, on stderr: a redrawn bar on a terminal, plain lines at most once a second otherwise
 * (logs and pipes). The fraction done is the last case's line over the file's lines, which also holds for records that
 * span lines.
 */
final class ProgressPrinter {
    private final PrintWriter err;
    private final boolean bar;
    private final long totalLines;
    private long lastPrint = Long.MIN_VALUE;
    private boolean drawn;

    ProgressPrinter(PrintWriter err, boolean bar, long totalLines) {
        this.err = err;
        this.bar = bar;
        this.totalLines = totalLines;
    }

    static ProgressPrinter auto(PrintWriter err, long totalLines) {
        return new ProgressPrinter(err, System.console() != null, totalLines);
    }

    /** The number of lines in a file, counted without decoding it. */
    static long lines(Path file) throws IOException {
        long lines = 0;
        int last = '\n';
        byte[] buffer = new byte[1 << 16];
        try (InputStream in = Files.newInputStream(file)) {
            for (int n; (n = in.read(buffer)) > 0; ) {
                for (int i = 0; i < n; i++) if (buffer[i] == '\n') lines++;
                last = buffer[n - 1];
            }
        }
        return last == '\n' ? lines : lines + 1;
    }

    void update(Importer.Progress p) {
        long now = System.nanoTime();
        if (lastPrint != Long.MIN_VALUE && now - lastPrint < (bar ? 100_000_000L : 1_000_000_000L)) return;
        lastPrint = now;
        double seconds = Math.max(p.elapsed().toNanos() / 1e9, 1e-3);
        double rate = p.cases() / seconds;
        double done = totalLines > 0 && p.line() <= totalLines ? (double) p.line() / totalLines : -1;
        String eta = done > 0 ? " ETA " + clock(Duration.ofMillis((long) (seconds * 1000 * (1 - done) / done))) : "";
        if (bar) {
            int width = 30, filled = done < 0 ? 0 : (int) Math.round(done * width);
            err.printf("\r[%s%s] %3.0f%%  %,d cases  %,.0f/s%s   ", "#".repeat(filled), "-".repeat(width - filled),
                    Math.max(done, 0) * 100, p.cases(), rate, eta);
            drawn = true;
        } else {
            err.printf("import: %,d cases, %,.0f/s%s%s%n", p.cases(), rate,
                    done < 0 ? "" : String.format(", %.0f%% of the file", done * 100), eta);
        }
        err.flush();
    }

    void finish() {
        if (drawn) err.println();
        err.flush();
    }

    private static String clock(Duration d) {
        long s = d.toSeconds();
        return s >= 3600 ? String.format("%d:%02d:%02d", s / 3600, s / 60 % 60, s % 60) : String.format("%d:%02d", s / 60, s % 60);
    }
}
