package org.menagerie.search;

import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Runs writes one at a time, in order, on a thread of its own, at most one ahead of the caller: {@link #then} waits
 * for the previous write before handing on the next, so the caller prepares batch n+1 while batch n is written, and
 * memory holds two batches at most. A write's failure is thrown from the next {@link #then} or {@link #await}.
 */
final class WriteAhead implements AutoCloseable {
    private final ExecutorService thread = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "index-writer");
        t.setDaemon(true);
        return t;
    });
    private Future<?> last;

    void then(Runnable write) {
        await();
        last = thread.submit(write);
    }

    void await() {
        if (last == null) return;
        try {
            last.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while writing the index", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException r) throw r;
            if (e.getCause() instanceof Error err) throw err;
            throw new IllegalStateException(e.getCause());
        } finally {
            last = null;
        }
    }

    /** Waits for the write in hand (a failure then is not thrown: the caller is already leaving with one). */
    @Override
    public void close() {
        try {
            if (last != null) last.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ExecutionException ignored) {
            // the caller left by an exception of its own, or already saw this one from await()
        } finally {
            thread.shutdown();
        }
    }
}
