package org.menagerie.ingest;

import java.time.Duration;
import org.menagerie.catalog.Check;

/**
 * How much a fetch may take.
 *
 * @param maxBytes       the largest body read; a longer one is aborted while streaming
 * @param connectTimeout the time to open a connection
 * @param totalTimeout   the time for the whole fetch, redirects and body included
 * @param maxRedirects   the redirects followed, each checked like the first URL
 * @param userAgent      the User-Agent header sent
 */
public record FetchLimits(long maxBytes, Duration connectTimeout, Duration totalTimeout, int maxRedirects, String userAgent) {
    public FetchLimits {
        if (maxBytes < 1) throw new IllegalArgumentException("maxBytes must be positive: " + maxBytes);
        positive(connectTimeout, "connectTimeout");
        positive(totalTimeout, "totalTimeout");
        if (maxRedirects < 0) throw new IllegalArgumentException("maxRedirects must not be negative: " + maxRedirects);
        Check.notBlank(userAgent, "userAgent");
    }

    /** 5 MB, 5 s to connect, 20 s in all, 5 redirects. */
    public static FetchLimits defaults() {
        return new FetchLimits(5L * 1024 * 1024, Duration.ofSeconds(5), Duration.ofSeconds(20), 5,
                "Menagerie/0.1 (fact-checking; +https://github.com/menagerie)");
    }

    public FetchLimits withMaxBytes(long bytes) {
        return new FetchLimits(bytes, connectTimeout, totalTimeout, maxRedirects, userAgent);
    }

    public FetchLimits withTotalTimeout(Duration timeout) {
        return new FetchLimits(maxBytes, connectTimeout, timeout, maxRedirects, userAgent);
    }

    private static void positive(Duration d, String name) {
        Check.notNull(d, name);
        if (d.isNegative() || d.isZero()) throw new IllegalArgumentException(name + " must be positive: " + d);
    }
}
