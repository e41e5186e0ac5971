package org.menagerie.web;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * An outlet on this machine for the monitoring tests: a home page linking its RSS feed, whose items link pages that
 * restate claims of the demo catalog, and a robots.txt that allows everything.
 */
final class FeedServer implements AutoCloseable {
    /** One article: its path and its paragraph. */
    record Story(String path, String title, String text) {}

    static final List<Story> STORIES = List.of(
            new Story("/news/biolabs", "Laboratories in Ukraine",
                    "The United States runs secret biological weapons laboratories in Ukraine, the channel's guest said on Monday."),
            new Story("/news/labs-again", "Hidden laboratories",
                    "Pentagon money keeps flowing to Ukrainian laboratories, a guest said, and nobody knows what they study."),
            new Story("/news/weather", "Weather in Bucharest", "Rain is expected in Bucharest on Tuesday, with temperatures near ten degrees."));

    private final HttpServer server;

    FeedServer() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", ex -> {
            String path = ex.getRequestURI().getPath();
            String type = "text/html; charset=utf-8";
            String body = null;
            if (path.equals("/robots.txt")) {
                type = "text/plain";
                body = "User-agent: *\nAllow: /\n";
            } else if (path.equals("/")) {
                body = "<html><head><title>Loopback Herald</title><link rel=\"alternate\" type=\"application/rss+xml\" href=\"/feed.xml\"></head><body>News</body></html>";
            } else if (path.equals("/feed.xml")) {
                type = "application/rss+xml; charset=utf-8";
                body = feed();
            } else {
                for (Story s : STORIES) {
                    if (s.path().equals(path)) {
                        body = "<html lang=\"en\"><head><title>" + s.title() + "</title></head><body><article><h1>" + s.title()
                                + "</h1><p>" + s.text() + "</p></article></body></html>";
                    }
                }
            }
            byte[] bytes = (body == null ? "not found" : body).getBytes(StandardCharsets.UTF_8);
            ex.getResponseHeaders().add("Content-Type", type);
            ex.sendResponseHeaders(body == null ? 404 : 200, bytes.length);
            try (OutputStream out = ex.getResponseBody()) {
                out.write(bytes);
            }
        });
        server.start();
    }

    String base() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    String url(Story s) {
        return base() + s.path();
    }

    private String feed() {
        StringBuilder items = new StringBuilder();
        for (Story s : STORIES) {
            items.append("<item><title>").append(s.title()).append("</title><link>").append(url(s)).append("</link><guid>")
                    .append(url(s)).append("</guid><pubDate>").append(java.time.format.DateTimeFormatter.RFC_1123_DATE_TIME.format(
                            java.time.ZonedDateTime.now(java.time.ZoneOffset.UTC).minusHours(1))).append("</pubDate><description>")
                    .append(s.text()).append("</description></item>");
        }
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?><rss version=\"2.0\"><channel><title>Loopback Herald</title><link>"
                + base() + "/</link><description>News</description><language>en</language>" + items + "</channel></rss>";
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
