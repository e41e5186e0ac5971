package org.menagerie;

import java.io.PrintStream;
import java.util.Locale;
import java.util.function.IntConsumer;
import java.util.function.LongSupplier;

/**
 * Says how a long first build of the checker advances: percent done and the time left, at most every few seconds, so
 * that minutes of embedding a large catalog are never silent. Short builds (the demo catalog) print nothing.
 */
final class EmbeddingProgress implements IntConsumer {
    private static final long EVERY_NANOS = 5_000_000_000L;
    private final int total;
    private final PrintStream out;
    private final LongSupplier clock;
    private final long start;
    private long last;

    EmbeddingProgress(int total, PrintStream out, LongSupplier clock) {
        this.total = total;
        this.out = out;
        this.clock = clock;
        this.start = clock.getAsLong();
        this.last = start;
    }

    @Override
    public void accept(int done) {
        long now = clock.getAsLong();
        if (done <= 0 || total <= 0 || now - last < EVERY_NANOS) return;
        last = now;
        out.println(line(done, total, now - start));
    }

    /** "embedding case texts: 12% (1,024 of 8,532), about 3 min left". */
    static String line(int done, int total, long elapsedNanos) {
        double fraction = Math.min(1.0, (double) done / total);
        long leftSeconds = Math.round(elapsedNanos / 1e9 * (1 - fraction) / Math.max(fraction, 1e-9));
        String left = leftSeconds >= 90 ? "about " + Math.round(leftSeconds / 60.0) + " min left" : "about " + leftSeconds + " s left";
        return String.format(Locale.ROOT, "embedding case texts: %d%% (%,d of %,d), %s", Math.round(fraction * 100), done, total, left);
    }
}
