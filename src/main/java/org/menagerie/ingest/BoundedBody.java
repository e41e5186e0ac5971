package org.menagerie.ingest;

import java.io.ByteArrayOutputStream;
import java.net.http.HttpResponse.BodySubscriber;
import java.nio.ByteBuffer;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Flow;
import org.menagerie.ingest.FetchException.Reason;

/**
 * Collects a response body up to a limit and cancels the download as soon as it goes beyond, so that a huge or
 * endless body costs at most the limit. A limit of zero discards the body without reading it.
 */
final class BoundedBody implements BodySubscriber<byte[]> {
    private final long limit;
    private final CompletableFuture<byte[]> result = new CompletableFuture<>();
    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    private volatile Flow.Subscription subscription;

    BoundedBody(long limit) {
        this.limit = limit;
    }

    @Override
    public CompletionStage<byte[]> getBody() {
        return result;
    }

    @Override
    public void onSubscribe(Flow.Subscription s) {
        subscription = s;
        if (result.isDone()) {
            s.cancel();
        } else if (limit == 0) {
            s.cancel();
            result.complete(new byte[0]);
        } else {
            s.request(1);
        }
    }

    @Override
    public void onNext(List<ByteBuffer> buffers) {
        if (result.isDone()) return;
        for (ByteBuffer b : buffers) {
            if (bytes.size() + (long) b.remaining() > limit) {
                cancel(new FetchException(Reason.TOO_LARGE, "The page is larger than " + Fetcher.megabytes(limit)
                        + ", the most Menagerie reads"));
                return;
            }
            byte[] chunk = new byte[b.remaining()];
            b.get(chunk);
            bytes.write(chunk, 0, chunk.length);
        }
        subscription.request(1);
    }

    @Override
    public void onError(Throwable e) {
        result.completeExceptionally(e);
    }

    @Override
    public void onComplete() {
        result.complete(bytes.toByteArray());
    }

    /** Stops the download; the body fails with the reason. */
    void cancel(FetchException reason) {
        Flow.Subscription s = subscription;
        if (s != null) s.cancel();
        result.completeExceptionally(reason);
    }
}
