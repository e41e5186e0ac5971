package org.menagerie.watch;

import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.atomic.LongAdder;

/** Where intake's time goes: nanoseconds per stage, summed over the threads that ran it, since the intake opened. */
public final class IntakeTimes {
    /** Intake's stages, in the order an item passes them. */
    public enum Stage { SEEN, PAGE, LANGUAGE, FINGERPRINTS, JUDGE, STORE, HAND_ON }

    private final Map<Stage, LongAdder> nanos = new EnumMap<>(Stage.class);

    IntakeTimes() {
        for (Stage s : Stage.values()) nanos.put(s, new LongAdder());
    }

    /** Adds the time since {@code start} (a {@link System#nanoTime} reading) to the stage; returns now. */
    long lap(Stage stage, long start) {
        long now = System.nanoTime();
        nanos.get(stage).add(now - start);
        return now;
    }

    public long nanos(Stage stage) {
        return nanos.get(stage).sum();
    }

    /** One line: each stage's seconds and share of the total. */
    public String summary() {
        long total = 0;
        for (LongAdder a : nanos.values()) total += a.sum();
        StringBuilder b = new StringBuilder();
        for (Stage s : Stage.values()) {
            long n = nanos(s);
            if (b.length() > 0) b.append(", ");
            b.append(String.format(java.util.Locale.ROOT, "%s %.2f s (%.0f%%)", s.name().toLowerCase(java.util.Locale.ROOT).replace('_', ' '),
                    n / 1e9, total == 0 ? 0 : 100.0 * n / total));
        }
        return b.toString();
    }
}
