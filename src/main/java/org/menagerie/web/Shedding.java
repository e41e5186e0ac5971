package org.menagerie.web;

import io.javalin.http.Context;
import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.LongAdder;

/**
 * Bounds the requests in flight per kind (searches, pages, API). A request beyond its bound is answered 503 with
 * Retry-After at once instead of queueing behind the others until the client gives up. /health, /metrics and static
 * files are never shed: a node under load must still say how it is, and assets are cheap.
 */
final class Shedding {
    private static final String HELD = "shedding.held";

    enum Kind { SEARCH, PAGE, API }

    private final Map<Kind, Semaphore> permits = new EnumMap<>(Kind.class);
    private final Map<Kind, Integer> bounds = new EnumMap<>(Kind.class);
    private final Map<Kind, LongAdder> shed = new EnumMap<>(Kind.class);

    Shedding(Limits limits) {
        bound(Kind.SEARCH, limits.concurrentSearches());
        bound(Kind.PAGE, limits.concurrentPages());
        bound(Kind.API, limits.concurrentApi());
    }

    private void bound(Kind kind, int n) {
        permits.put(kind, new Semaphore(n));
        bounds.put(kind, n);
        shed.put(kind, new LongAdder());
    }

    /** Before the request: takes a permit of its kind, or refuses it with 503 and Retry-After. */
    void enter(Context ctx) {
        Kind kind = kind(ctx.path());
        if (kind == null) return;
        if (!permits.get(kind).tryAcquire()) {
            shed.get(kind).increment();
            ctx.header("Retry-After", "1");
            throw new ApiError(503, "error.overloaded");
        }
        ctx.attribute(HELD, kind);
    }

    /** After the request, whatever became of it: gives the permit back, once. */
    void leave(Context ctx) {
        Kind kind = ctx.attribute(HELD);
        if (kind == null) return;
        ctx.attribute(HELD, null);
        permits.get(kind).release();
    }

    static Kind kind(String path) {
        if (path.equals("/health") || path.equals("/metrics") || path.startsWith("/assets/")) return null;
        String p = path.equals("/en") ? "/" : path.startsWith("/en/") ? path.substring(3) : path;
        if (p.equals("/cases") || p.equals("/cases/") || p.equals(Api.V1 + "/cases")) return Kind.SEARCH;
        if (p.startsWith("/api/")) return Kind.API;
        return Kind.PAGE;
    }

    /** Requests in flight and refused, per kind, in the Prometheus text format. */
    String scrape() {
        StringBuilder b = new StringBuilder();
        b.append("# HELP menagerie_http_in_flight Requests being served, by kind.\n# TYPE menagerie_http_in_flight gauge\n");
        for (Kind k : Kind.values()) {
            b.append("menagerie_http_in_flight{kind=\"").append(k.name().toLowerCase(java.util.Locale.ROOT)).append("\"} ")
                    .append(bounds.get(k) - permits.get(k).availablePermits()).append('\n');
        }
        b.append("# HELP menagerie_http_in_flight_limit The bound beyond which requests are refused with 503.\n")
                .append("# TYPE menagerie_http_in_flight_limit gauge\n");
        for (Kind k : Kind.values()) {
            b.append("menagerie_http_in_flight_limit{kind=\"").append(k.name().toLowerCase(java.util.Locale.ROOT)).append("\"} ")
                    .append(bounds.get(k)).append('\n');
        }
        b.append("# HELP menagerie_http_shed_total Requests refused with 503 because their kind was at its bound.\n")
                .append("# TYPE menagerie_http_shed_total counter\n");
        for (Kind k : Kind.values()) {
            b.append("menagerie_http_shed_total{kind=\"").append(k.name().toLowerCase(java.util.Locale.ROOT)).append("\"} ")
                    .append(shed.get(k).sum()).append('\n');
        }
        return b.toString();
    }
}
