package org.menagerie.web;

import io.javalin.http.Context;
import java.util.concurrent.Semaphore;
import java.util.function.Supplier;

/**
 * Bounds the checks running at once. A check beyond the bound is refused at once with 503 and Retry-After rather than
 * queued, so that a burst cannot pile up threads and memory until the server collapses.
 */
final class CheckGate {
    private final Semaphore permits;

    CheckGate(int concurrent) {
        this.permits = new Semaphore(concurrent);
    }

    <T> T run(Context ctx, Supplier<T> check) {
        if (!permits.tryAcquire()) {
            ctx.header("Retry-After", "2");
            throw new ApiError(503, "error.busy");
        }
        try {
            return check.get();
        } finally {
            permits.release();
        }
    }
}
