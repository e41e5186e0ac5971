package org.menagerie;

import java.util.function.Consumer;
import org.menagerie.watch.PollResult;

/**
 * Which of monitoring's loops to run in this process.
 *
 * @param watch poll the outlets' sources (the watcher)
 * @param checkers threads checking stories (0: none, checking is left to worker processes)
 * @param batch stories a checking thread takes from the queue at a time
 * @param drain checking threads stop once no story is waiting (one-shot runs)
 * @param deliver run the delivery loop (alerts to users' webhooks, e-mail digests)
 * @param polled told each poll's result, or null
 */
public record MonitoringOptions(boolean watch, int checkers, int batch, boolean drain, boolean deliver,
                                Consumer<PollResult> polled) {
    public MonitoringOptions {
        if (checkers < 0) throw new IllegalArgumentException("checkers must not be negative: " + checkers);
        if (batch < 1) throw new IllegalArgumentException("batch must be positive: " + batch);
        polled = polled == null ? r -> { } : polled;
    }

    /** What {@code watch} and {@code serve} (with {@code watch=true}) run: watching, and checking unless {@code watch.check=false}. */
    public static MonitoringOptions watching(boolean check) {
        return new MonitoringOptions(true, check ? 1 : 0, 8, false, true, null);
    }

    /** What {@code worker} runs: checking threads only. */
    public static MonitoringOptions checking(int threads, int batch, boolean drain) {
        return new MonitoringOptions(false, threads, batch, drain, false, null);
    }

    public MonitoringOptions reporting(Consumer<PollResult> to) {
        return new MonitoringOptions(watch, checkers, batch, drain, deliver, to);
    }
}
