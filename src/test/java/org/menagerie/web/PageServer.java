package org.menagerie.web;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;

/** Pages on 127.0.0.1 for the checker to fetch: an article about NATO and an image, which is not a page. */
final class PageServer implements AutoCloseable {
    static final String NATO_SENTENCE = "NATO is deploying a significant amount of military hardware near Russia's borders.";
    static final String NATO_CASE = "demo-nato-hardware-near-russian-borders";

    private final HttpServer server;

    PageServer() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        serve("/article.html", "text/html; charset=utf-8", ("<html><head><title>Lavrov in Stockholm</title>"
                + "<script>var tracker = 1;</script></head><body><nav>Home | World | Sport</nav><article>"
                + "<h1>Lavrov accuses NATO at the OSCE meeting</h1>"
                + "<p>The Russian foreign minister spoke in Stockholm on Thursday.</p>"
                + "<p>He said that " + NATO_SENTENCE + "</p>"
                + "<p>Western diplomats rejected the accusation.</p></article><footer>Copyright</footer></body></html>")
                .getBytes(StandardCharsets.UTF_8));
        serve("/photo.png", "image/png", new byte[] {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10, 0, 0, 0, 13});
        server.start();
    }

    private void serve(String path, String type, byte[] body) {
        server.createContext(path, exchange -> {
            exchange.getResponseHeaders().set("Content-Type", type);
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
    }

    String url(String path) {
        return "http://127.0.0.1:" + server.getAddress().getPort() + path;
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
