package org.menagerie.watch;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Pattern;
import org.menagerie.ingest.AddressPolicy;
import org.menagerie.ingest.FetchLimits;
import org.menagerie.ingest.Fetcher;

/**
 * A feed server on 127.0.0.1 and a free port: feeds (with ETags, answering 304 to a matching If-None-Match), pages
 * for any other path, a robots.txt, failing paths; it logs every request with its arrival time. Feeds taken from the
 * real fixtures have their links rewritten to this server, so nothing ever points outside this machine.
 */
final class FeedServer implements AutoCloseable {
    /** One request as the server saw it. */
    record Hit(long nanos, String path, String ifNoneMatch, String userAgent, int status) {}

    /** Hosts of links, not of XML namespaces (which name vocabularies and must stay as they are). */
    private static final Pattern ABSOLUTE = Pattern.compile("(?<!xmlns(?::[\\w.-]{1,30})?=[\"'])https?://"
            + "(?!(?:www\\.w3\\.org|purl\\.org|backend\\.userland\\.com|my\\.netscape\\.com|web\\.resource\\.org|"
            + "www\\.google\\.com/schemas|search\\.yahoo\\.com|www\\.itunes\\.com|madskills\\.com|webns\\.net|"
            + "www\\.georss\\.org|www\\.opengis\\.net|schemas\\.)[^\"'<\\s]*)[A-Za-z0-9.-]+(:\\d+)?");

    private final HttpServer server;
    final List<Hit> log = new CopyOnWriteArrayList<>();
    private final Map<String, byte[]> feeds = new ConcurrentHashMap<>();
    private final Map<String, String> etags = new ConcurrentHashMap<>();
    final Map<String, Integer> failing = new ConcurrentHashMap<>();
    volatile String robots = "User-agent: *\nDisallow: /private/\n";
    private final AtomicInteger version = new AtomicInteger();

    FeedServer() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.setExecutor(Executors.newFixedThreadPool(4, r -> {
            Thread t = new Thread(r, "feed-server");
            t.setDaemon(true);
            return t;
        }));
        server.createContext("/", this::handle);
        server.start();
    }

    String base() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    /** Serves a feed at a path, its links pointing here; a new ETag each time it is (re)placed. */
    String feed(String path, byte[] xml) {
        String text = new String(xml, StandardCharsets.ISO_8859_1);
        feeds.put(path, ABSOLUTE.matcher(text).replaceAll(base()).getBytes(StandardCharsets.ISO_8859_1));
        etags.put(path, "\"v" + version.incrementAndGet() + "\"");
        return base() + path;
    }

    /** A loopback-only fetcher that resolves no names. */
    static Fetcher fetcher() {
        return new Fetcher(FetchLimits.defaults(), AddressPolicy.loopbackOnly(), host -> {
            throw new UnknownHostException(host + " (the tests resolve no names)");
        });
    }

    long count(String path, int status) {
        return log.stream().filter(h -> h.path.equals(path) && h.status == status).count();
    }

    private void handle(HttpExchange x) throws IOException {
        try (x) {
            String path = x.getRequestURI().getPath();
            String match = x.getRequestHeaders().getFirst("If-None-Match");
            int status;
            byte[] body;
            String type;
            if (path.equals("/robots.txt")) {
                status = 200;
                body = robots.getBytes(StandardCharsets.UTF_8);
                type = "text/plain";
            } else if (failing.containsKey(path)) {
                status = failing.get(path);
                body = "broken".getBytes(StandardCharsets.UTF_8);
                type = "text/plain";
            } else if (feeds.containsKey(path)) {
                String etag = etags.get(path);
                x.getResponseHeaders().add("ETag", etag);
                status = etag.equals(match) ? 304 : 200;
                body = status == 304 ? new byte[0] : feeds.get(path);
                type = "application/rss+xml";
            } else {
                status = 200;
                String name = path.replaceAll("[^A-Za-z0-9]+", " ").strip();
                body = ("<!DOCTYPE html><html lang=\"en\"><head><title>Page " + name + "</title></head><body><article><h1>Page "
                        + name + "</h1><p>The full text of the page " + name + " as the outlet published it, long enough "
                        + "to be the main text of an article that extraction finds and keeps, with a second sentence "
                        + "about " + name + " for good measure.</p></article></body></html>").getBytes(StandardCharsets.UTF_8);
                type = "text/html; charset=utf-8";
            }
            log.add(new Hit(System.nanoTime(), path, match, x.getRequestHeaders().getFirst("User-Agent"), status));
            x.getResponseHeaders().add("Content-Type", type);
            x.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
            if (body.length > 0) x.getResponseBody().write(body);
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
