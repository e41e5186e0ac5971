package org.menagerie.embedding;

import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

/** Runs tasks on a few threads, the calling one included, and returns when all are done. */
final class Workers {
    private Workers() {}

    static void runAll(Runnable[] tasks, int threads) {
        if (tasks.length == 0) return;
        AtomicInteger next = new AtomicInteger();
        AtomicReference<RuntimeException> failure = new AtomicReference<>();
        Runnable work = () -> {
            for (int i = next.getAndIncrement(); i < tasks.length && failure.get() == null; i = next.getAndIncrement()) {
                try {
                    tasks[i].run();
                } catch (RuntimeException e) {
                    failure.compareAndSet(null, e);
                }
            }
        };
        int helpers = Math.min(threads, tasks.length) - 1;
        Thread[] started = new Thread[Math.max(0, helpers)];
        for (int t = 0; t < started.length; t++) {
            started[t] = new Thread(work, "embedding-" + t);
            started[t].setDaemon(true);
            started[t].start();
        }
        work.run();
        for (Thread t : started) {
            try {
                t.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while embedding", e);
            }
        }
        if (failure.get() != null) throw failure.get();
    }
}
