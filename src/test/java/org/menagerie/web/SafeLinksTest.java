package org.menagerie.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.menagerie.ingest.AddressPolicy;
import org.menagerie.ingest.FetchLimits;
import org.menagerie.ingest.Fetcher;
import org.menagerie.ingest.Resolver;

class SafeLinksTest {
    private HttpServer server;
    private String base;

    @BeforeEach
    void serve() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/page", exchange -> {
            byte[] body = ("<html><head><script>var x=1;</script></head><body><nav>Home | About</nav>"
                    + "<article><h1>Title</h1><p>Vaccines carry a microchip, the post says.</p></article>"
                    + "<footer>Copyright</footer></body></html>").getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", "text/html; charset=utf-8");
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        server.start();
        base = "http://127.0.0.1:" + server.getAddress().getPort();
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    @Test
    void theStandardFetcherRefusesThisMachine() {
        LinkReader reader = SafeLinks.using(Fetcher.standard());
        assertThatThrownBy(() -> reader.read(URI.create(base + "/page"))).isInstanceOf(IOException.class)
                .hasMessageContaining("127.0.0.1");
    }

    @Test
    void readsTheArticleTextWithoutPageChrome() throws IOException {
        Fetcher loopback = new Fetcher(FetchLimits.defaults(), AddressPolicy.publicOnly().allowingLoopback(), Resolver.system());
        String text = SafeLinks.using(loopback).read(URI.create(base + "/page"));
        assertThat(text).contains("Title").contains("Vaccines carry a microchip, the post says.")
                .doesNotContain("Home | About").doesNotContain("Copyright").doesNotContain("var x");
    }
}
