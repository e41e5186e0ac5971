package org.menagerie.cli;

import java.io.PrintWriter;
import java.time.Duration;
import org.menagerie.search.Search;

/**
 * Shows how indexing and embedding advance, on stderr: a redrawn line on a terminal, plain lines at most every few
 * seconds otherwise, and one closing line with the totals.
 */
final class IndexProgress {
    private final PrintWriter err;
    private final boolean bar;
    private long lastPrint = Long.MIN_VALUE;
    private boolean drawn;

    IndexProgress(PrintWriter err, boolean bar) {
        this.err = err;
        this.bar = bar;
    }

    static IndexProgress auto(PrintWriter err) {
        return new IndexProgress(err, System.console() != null);
    }

    synchronized void update(Search.Indexing p) {
        double seconds = Math.max(p.nanos() / 1e9, 1e-3);
        double rate = p.cases() / seconds;
        if (p.done()) {
            if (drawn) err.println();
            err.printf("index: %,d cases in %s, %,d embedded (%,.0f cases/s)%n", p.cases(), clock(seconds), p.embedded(), rate);
            err.flush();
            drawn = false;
            return;
        }
        long now = System.nanoTime();
        if (lastPrint != Long.MIN_VALUE && now - lastPrint < (bar ? 200_000_000L : 5_000_000_000L)) return;
        lastPrint = now;
        double done = p.total() == 0 ? 1 : (double) p.cases() / p.total();
        String eta = done > 0 && done < 1 ? " ETA " + clock(seconds * (1 - done) / done) : "";
        if (bar) {
            int width = 30, filled = (int) Math.round(done * width);
            err.printf("\r[%s%s] %3.0f%%  %,d/%,d cases  %,d embedded  %,.0f/s%s   ", "#".repeat(filled),
                    "-".repeat(width - filled), done * 100, p.cases(), p.total(), p.embedded(), rate, eta);
            drawn = true;
        } else {
            err.printf("index: %,d of %,d cases, %,d embedded, %,.0f/s%s%n", p.cases(), p.total(), p.embedded(), rate, eta);
        }
        err.flush();
    }

    private static String clock(double seconds) {
        long s = Duration.ofMillis((long) (seconds * 1000)).toSeconds();
        return s >= 3600 ? String.format("%d:%02d:%02d", s / 3600, s / 60 % 60, s % 60) : String.format("%d:%02d", s / 60, s % 60);
    }
}
