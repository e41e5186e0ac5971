package org.menagerie.watch;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;

/** Runs one function over a few items on a few short-lived threads, the calling one included; results in order. */
final class Preparing {
    private Preparing() {}

    static <T, R> List<R> inParallel(List<T> items, Function<T, R> work, int threads) {
        @SuppressWarnings("unchecked")
        R[] out = (R[]) new Object[items.size()];
        AtomicInteger next = new AtomicInteger();
        AtomicReference<RuntimeException> failure = new AtomicReference<>();
        Runnable loop = () -> {
            for (int i = next.getAndIncrement(); i < out.length && failure.get() == null; i = next.getAndIncrement()) {
                try {
                    out[i] = work.apply(items.get(i));
                } catch (RuntimeException e) {
                    failure.compareAndSet(null, e);
                }
            }
        };
        List<Thread> started = new ArrayList<>();
        for (int t = 1; t < Math.min(threads, out.length); t++) {
            Thread thread = new Thread(loop, "intake-prepare-" + t);
            thread.setDaemon(true);
            thread.start();
            started.add(thread);
        }
        loop.run();
        for (Thread t : started) {
            try {
                t.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while preparing items", e);
            }
        }
        if (failure.get() != null) throw failure.get();
        return java.util.Arrays.asList(out);
    }
}
