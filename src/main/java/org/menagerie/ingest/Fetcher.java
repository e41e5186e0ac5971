package org.menagerie.ingest;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.util.zip.GZIPInputStream;
import org.menagerie.catalog.Problem;
import org.menagerie.extract.Charsets;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicReference;
import org.menagerie.catalog.Check;
import org.menagerie.ingest.FetchException.Reason;

/**
 * Fetches a submitted link as a page, safely: every URL, the first and each redirect (followed here, at most
 * {@link FetchLimits#maxRedirects}), is checked by a {@link UrlGuard} before any connection; the body is streamed
 * and cut at {@link FetchLimits#maxBytes}; connecting and the whole fetch have time limits. {@link #fetch} accepts
 * only HTML and plain text, decoded by the one charset sniffer ({@link Charsets}); {@link #fetchResource} also feeds
 * and sitemaps, as bytes, with gzip and conditional GET. The client never uses a proxy, since a
 * proxy would resolve names where the guard cannot see them.
 *
 * <p>DNS rebinding: a numeric host is requested as the very address checked. A name is resolved by the
 * {@link Resolver}; the standard one is the JVM's resolver, whose cache (networkaddress.cache.ttl, 30 seconds by
 * default) also answers the HTTP client's own lookup a moment later, so the client connects to an address that was
 * checked. The residual risk: with that cache disabled (ttl 0) or a custom resolver, a name could resolve to a
 * public address for the check and to a private one for the connection.
 *
 * <p>Create one and share it: it is thread-safe, and each instance holds an HTTP client with its own threads.
 */
public final class Fetcher {
    private static final Set<String> PAGE_TYPES = Set.of("text/html", "application/xhtml+xml", "text/plain");
    /** Pages, and the types feeds and sitemaps are served as (sitemaps also gzipped as a file). */
    private static final Set<String> RESOURCE_TYPES = Set.of("text/html", "application/xhtml+xml", "text/plain",
            "application/rss+xml", "application/atom+xml", "application/rdf+xml", "application/xml", "text/xml",
            "application/x-rss+xml", "application/feed+json", "application/x-gzip", "application/gzip");
    private static final Set<Integer> REDIRECTS = Set.of(301, 302, 303, 307, 308);

    private final FetchLimits limits;
    private final UrlGuard guard;
    private final HttpClient client;

    public Fetcher(FetchLimits limits, AddressPolicy policy, Resolver resolver) {
        this.limits = Check.notNull(limits, "limits");
        this.guard = new UrlGuard(policy, resolver);
        this.client = HttpClient.newBuilder()
                .followRedirects(HttpClient.Redirect.NEVER)
                .proxy(HttpClient.Builder.NO_PROXY)
                .connectTimeout(limits.connectTimeout())
                .version(HttpClient.Version.HTTP_1_1)
                .build();
    }

    /** Public addresses only, the system resolver, and the default limits. */
    public static Fetcher standard() {
        return new Fetcher(FetchLimits.defaults(), AddressPolicy.publicOnly(), Resolver.system());
    }

    /** A page (HTML or plain text), decoded by the one charset sniffer. */
    public FetchedPage fetch(String url) throws FetchException {
        Fetched f = exchange(url, PAGE_TYPES, null, null, false);
        List<Problem> ignored = new ArrayList<>();
        Charset charset = Charsets.detect(f.body(), f.contentTypeHeader(), url, ignored);
        return new FetchedPage(f.requested(), f.url(), f.redirects(), f.status(), f.contentType(), charset,
                Charsets.decode(f.body(), charset));
    }

    /**
     * A page, feed or sitemap as bytes, politely: asking for gzip (inflated within the size limit) and, when the
     * validators of an earlier response are given, conditionally: a 304 answer comes back with status 304 and no body.
     * Every URL is checked by the guard as for {@link #fetch}.
     */
    public Fetched fetchResource(String url, String etag, String lastModified) throws FetchException {
        return exchange(url, RESOURCE_TYPES, etag, lastModified, true);
    }

    private Fetched exchange(String url, Set<String> accepted, String etag, String lastModified, boolean gzip)
            throws FetchException {
        long deadline = System.nanoTime() + limits.totalTimeout().toNanos();
        UrlGuard.Target target = guard.check(url);
        URI requested = target.uri();
        List<URI> redirects = new ArrayList<>();
        for (int hop = 0; ; hop++) {
            HttpResponse<byte[]> response = send(target.uri(), deadline, accepted, etag, lastModified, gzip);
            int status = response.statusCode();
            if (REDIRECTS.contains(status)) {
                if (hop >= limits.maxRedirects()) {
                    throw new FetchException(Reason.TOO_MANY_REDIRECTS, "The link redirects more than "
                            + limits.maxRedirects() + " times; last seen at " + target.uri());
                }
                target = guard.check(next(target.uri(), response));
                redirects.add(target.uri());
                continue;
            }
            String header = response.headers().firstValue("content-type").orElse(null);
            if (status == 304 && (etag != null || lastModified != null)) {
                return new Fetched(requested, target.uri(), redirects, status, "not-modified", header, new byte[0], etag, lastModified);
            }
            if (status < 200 || status > 299) {
                throw new FetchException(Reason.HTTP_ERROR, "The site answered with status " + status + " for " + target.uri());
            }
            String encoding = response.headers().firstValue("content-encoding").orElse("identity").strip();
            byte[] body = response.body();
            if (gzip && encoding.equalsIgnoreCase("gzip")) {
                body = inflate(body);
            } else if (!encoding.equalsIgnoreCase("identity")) {
                // Never asked for; decoding it would also let a small body expand past the size limit.
                throw new FetchException(Reason.NOT_A_PAGE, "The site sent the page compressed (" + encoding
                        + ") although Menagerie did not ask for it");
            }
            String type = mediaType(header, body);
            if (!accepted.contains(type)) {
                throw new FetchException(Reason.NOT_A_PAGE, "The link leads to " + type + ", not to a web page or text"
                        + (accepted == PAGE_TYPES ? "" : " or a feed"));
            }
            return new Fetched(requested, target.uri(), redirects, status, type, header, body,
                    response.headers().firstValue("etag").orElse(null),
                    response.headers().firstValue("last-modified").orElse(null));
        }
    }

    /** Gunzips within the size limit, so a small compressed body cannot expand without bound. */
    private byte[] inflate(byte[] gz) throws FetchException {
        try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(gz))) {
            byte[] out = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, limits.maxBytes() + 1));
            if (out.length > limits.maxBytes()) throw tooLarge();
            return out;
        } catch (IOException e) {
            throw new FetchException(Reason.NETWORK, "The site sent broken gzip: " + e.getMessage(), e);
        }
    }

    private HttpResponse<byte[]> send(URI uri, long deadline, Set<String> accepted, String etag, String lastModified,
                                      boolean gzip) throws FetchException {
        long remaining = deadline - System.nanoTime();
        if (remaining <= 0) throw timedOut();
        HttpRequest.Builder builder = HttpRequest.newBuilder(uri).GET().timeout(Duration.ofNanos(remaining))
                .header("User-Agent", limits.userAgent())
                .header("Accept", accepted == PAGE_TYPES ? "text/html,application/xhtml+xml,text/plain;q=0.9,*/*;q=0.1"
                        : "application/rss+xml,application/atom+xml,application/xml;q=0.9,text/xml;q=0.9,text/html;q=0.8,*/*;q=0.1");
        if (gzip) builder.header("Accept-Encoding", "gzip");
        if (etag != null) builder.header("If-None-Match", etag);
        if (lastModified != null) builder.header("If-Modified-Since", lastModified);
        HttpRequest request = builder.build();
        AtomicReference<BoundedBody> body = new AtomicReference<>();
        CompletableFuture<HttpResponse<byte[]>> future = client.sendAsync(request, info -> {
            BoundedBody b = new BoundedBody(wanted(info, accepted) ? limits.maxBytes() : 0);
            body.set(b);
            long declared = info.headers().firstValueAsLong("content-length").orElse(-1);
            if (declared > limits.maxBytes() && wanted(info, accepted)) b.cancel(tooLarge());
            return b;
        });
        try {
            return future.get(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
        } catch (TimeoutException e) {
            future.cancel(true);
            BoundedBody b = body.get();
            if (b != null) b.cancel(timedOut());
            throw timedOut();
        } catch (InterruptedException e) {
            future.cancel(true);
            Thread.currentThread().interrupt();
            throw new FetchException(Reason.NETWORK, "The fetch was interrupted: " + uri, e);
        } catch (ExecutionException e) {
            throw failure(e.getCause(), uri);
        }
    }

    /** The bodies worth reading: successful ones that may be pages (checked again, on the bytes, after). */
    private static boolean wanted(HttpResponse.ResponseInfo info, Set<String> accepted) {
        if (info.statusCode() < 200 || info.statusCode() > 299) return false;
        return info.headers().firstValue("content-type").map(h -> accepted.contains(bare(h))).orElse(true);
    }

    private FetchException failure(Throwable cause, URI uri) {
        if (cause instanceof FetchException f) return f;
        if (cause instanceof HttpTimeoutException) return timedOut();
        if (cause instanceof ConnectException) {
            return new FetchException(Reason.NETWORK, "The site could not be reached: " + uri.getHost(), cause);
        }
        String detail = cause == null || cause.getMessage() == null ? "" : ": " + cause.getMessage();
        return new FetchException(Reason.NETWORK, "The connection to " + uri.getHost() + " failed" + detail, cause);
    }

    private static URI next(URI from, HttpResponse<?> response) throws FetchException {
        String location = response.headers().firstValue("location").orElseThrow(() -> new FetchException(
                Reason.HTTP_ERROR, "The site redirected without saying where: " + from));
        try {
            return from.resolve(location.strip());
        } catch (IllegalArgumentException e) {
            throw new FetchException(Reason.INVALID_URL, "The site redirected to an invalid address: " + location, e);
        }
    }

    /** The media type without parameters; without a header, HTML or XML is recognised by its first bytes. */
    private static String mediaType(String header, byte[] body) {
        if (header != null && !header.isBlank()) return bare(header);
        String start = new String(body, 0, Math.min(body.length, 512), java.nio.charset.StandardCharsets.ISO_8859_1)
                .stripLeading().toLowerCase(Locale.ROOT);
        if (start.startsWith("<!doctype html") || start.startsWith("<html")) return "text/html";
        return start.startsWith("<?xml") || start.startsWith("<rss") || start.startsWith("<feed") ? "application/xml" : "an unknown type";
    }

    private static String bare(String contentType) {
        int semicolon = contentType.indexOf(';');
        return (semicolon < 0 ? contentType : contentType.substring(0, semicolon)).strip().toLowerCase(Locale.ROOT);
    }

    private FetchException timedOut() {
        return new FetchException(Reason.TIMED_OUT, "The site did not answer within " + limits.totalTimeout().toSeconds()
                + " s" + (limits.totalTimeout().toSeconds() == 0 ? " (" + limits.totalTimeout().toMillis() + " ms)" : ""));
    }

    private FetchException tooLarge() {
        return new FetchException(Reason.TOO_LARGE, "The page is larger than " + megabytes(limits.maxBytes())
                + ", the most Menagerie reads");
    }

    static String megabytes(long bytes) {
        return bytes >= 1024 * 1024 ? String.format(Locale.ROOT, "%.0f MB", bytes / 1048576.0)
                : String.format(Locale.ROOT, "%,d bytes", bytes);
    }
}
