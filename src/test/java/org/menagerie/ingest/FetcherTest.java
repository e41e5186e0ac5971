package org.menagerie.ingest;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.menagerie.ingest.FetchException.Reason;

/** Against a server on 127.0.0.1 only; every other address is refused before a connection is tried. */
class FetcherTest {
    private static final String ROMANIAN = "<html><body><p>Știri și analize: ăâîșț</p></body></html>";
    private final FakeResolver resolver = new FakeResolver(Map.of(
            "internal.example", List.of("192.168.1.10"),
            "rebind.example", List.of("93.184.215.14", "10.0.0.7")));
    private LoopbackServer server;
    private Fetcher fetcher;

    @BeforeEach
    void start() throws IOException {
        server = new LoopbackServer();
        fetcher = fetcher(FetchLimits.defaults());
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private Fetcher fetcher(FetchLimits limits) {
        return new Fetcher(limits, AddressPolicy.publicOnly().allowingLoopback(), resolver);
    }

    private FetchException failure(Fetcher f, String url) {
        FetchException e = catchThrowableOfType(() -> f.fetch(url), FetchException.class);
        assertThat(e).as("a FetchException for " + url).isNotNull();
        return e;
    }

    @Test
    void fetchesAPageAndDecodesItsDeclaredCharset() throws FetchException {
        server.on("/ro", x -> LoopbackServer.send(x, 200, "text/html; charset=windows-1250",
                ROMANIAN.replace('ș', 'ş').replace('ț', 'ţ').replace('Ș', 'Ş').getBytes(Charset.forName("windows-1250"))));
        FetchedPage page = fetcher.fetch(server.url("/ro"));
        assertThat(page.body()).contains("Ştiri şi analize: ăâîşţ");
        assertThat(page.charset().name()).isEqualTo("windows-1250");
        assertThat(page.contentType()).isEqualTo("text/html");
        assertThat(page.status()).isEqualTo(200);
    }

    @Test
    void findsTheCharsetInAMetaTagOrFallsBackToUtf8() throws FetchException {
        String latin = "<html><head><meta charset=\"iso-8859-2\"></head><body>Bucureşti</body></html>";
        server.on("/meta", x -> LoopbackServer.send(x, 200, "text/html", latin.getBytes(Charset.forName("iso-8859-2"))));
        server.on("/utf8", x -> LoopbackServer.send(x, 200, "text/html", ROMANIAN.getBytes(UTF_8)));
        assertThat(fetcher.fetch(server.url("/meta")).body()).contains("Bucureşti");
        assertThat(fetcher.fetch(server.url("/utf8")).body()).contains("ăâîșț");
    }

    @Test
    void followsRedirectsAndRecordsThem() throws FetchException {
        server.on("/a", x -> LoopbackServer.redirect(x, "/b"));
        server.on("/b", x -> LoopbackServer.redirect(x, server.url("/c")));
        server.on("/c", x -> LoopbackServer.send(x, 200, "text/plain; charset=utf-8", "done".getBytes(UTF_8)));
        FetchedPage page = fetcher.fetch(server.url("/a"));
        assertThat(page.body()).isEqualTo("done");
        assertThat(page.url()).hasToString(server.url("/c"));
        assertThat(page.redirects()).hasSize(2);
    }

    @Test
    void refusesARedirectToAPrivateAddressBeforeConnecting() {
        Map<String, Reason> targets = Map.of(
                "http://10.0.0.5/", Reason.BLOCKED_ADDRESS,
                "http://169.254.169.254/latest/meta-data/", Reason.BLOCKED_ADDRESS,
                "http://internal.example/", Reason.BLOCKED_ADDRESS,
                "http://rebind.example/", Reason.BLOCKED_ADDRESS,
                "http://0xc0.0xa8.1.1/", Reason.BLOCKED_ADDRESS,
                "http://[fd00::1]/", Reason.BLOCKED_ADDRESS,
                "file:///etc/passwd", Reason.UNSUPPORTED_SCHEME);
        targets.forEach((target, reason) -> {
            String path = "/to" + Integer.toHexString(target.hashCode());
            server.on(path, x -> LoopbackServer.redirect(x, target));
            assertThat(failure(fetcher, server.url(path)).reason()).as(target).isEqualTo(reason);
        });
        assertThat(failure(fetcher, "http://127.0.0.1:1/").reason()).isEqualTo(Reason.NETWORK);
    }

    @Test
    void theStandardPolicyRefusesThisMachineWithoutSendingARequest() {
        server.on("/", x -> LoopbackServer.send(x, 200, "text/html", ROMANIAN.getBytes(UTF_8)));
        Fetcher strict = new Fetcher(FetchLimits.defaults(), AddressPolicy.publicOnly(), resolver);
        assertThat(failure(strict, server.url("/")).reason()).isEqualTo(Reason.BLOCKED_ADDRESS);
        assertThat(server.requests).hasValue(0);
    }

    @Test
    void stopsAfterFiveRedirects() {
        server.on("/loop", x -> LoopbackServer.redirect(x, "/loop"));
        FetchException e = failure(fetcher, server.url("/loop"));
        assertThat(e.reason()).isEqualTo(Reason.TOO_MANY_REDIRECTS);
        assertThat(server.requests).hasValue(6);
    }

    @Test
    void abortsABodyLargerThanTheLimitWhetherItsLengthIsDeclaredOrNot() {
        byte[] big = new byte[300_000];
        java.util.Arrays.fill(big, (byte) 'a');
        server.on("/declared", x -> LoopbackServer.send(x, 200, "text/plain", big));
        server.on("/chunked", x -> {
            x.getResponseHeaders().add("Content-Type", "text/plain");
            x.sendResponseHeaders(200, 0);
            OutputStream out = x.getResponseBody();
            for (int i = 0; i < 100; i++) out.write(big);
        });
        Fetcher small = fetcher(FetchLimits.defaults().withMaxBytes(100_000));
        for (String path : List.of("/declared", "/chunked")) {
            FetchException e = failure(small, server.url(path));
            assertThat(e.reason()).as(path).isEqualTo(Reason.TOO_LARGE);
            assertThat(e.getMessage()).contains("larger than 100,000 bytes");
        }
    }

    @Test
    void givesUpOnASlowServerAtTheTotalTimeout() {
        server.on("/silent", x -> sleep(3000));
        server.on("/drip", x -> {
            x.getResponseHeaders().add("Content-Type", "text/html");
            x.sendResponseHeaders(200, 0);
            for (int i = 0; i < 30; i++) {
                x.getResponseBody().write("<p>".getBytes(UTF_8));
                x.getResponseBody().flush();
                sleep(100);
            }
        });
        Fetcher hasty = fetcher(FetchLimits.defaults().withTotalTimeout(Duration.ofMillis(500)));
        assertThat(failure(hasty, server.url("/silent")).reason()).isEqualTo(Reason.TIMED_OUT);
        assertThat(failure(hasty, server.url("/drip")).reason()).isEqualTo(Reason.TIMED_OUT);
    }

    @Test
    void refusesWhatIsNotAPage() {
        server.on("/png", x -> LoopbackServer.send(x, 200, "image/png", new byte[] {(byte) 0x89, 'P', 'N', 'G'}));
        server.on("/json", x -> LoopbackServer.send(x, 200, "application/json", "{}".getBytes(UTF_8)));
        server.on("/none", x -> LoopbackServer.send(x, 200, null, new byte[] {0, 1, 2}));
        server.on("/gzip", x -> {
            x.getResponseHeaders().add("Content-Encoding", "gzip");
            LoopbackServer.send(x, 200, "text/html", new byte[] {0x1f, (byte) 0x8b, 8, 0});
        });
        assertThat(failure(fetcher, server.url("/gzip")).getMessage()).contains("compressed (gzip)");
        for (String path : List.of("/png", "/json", "/none")) {
            FetchException e = failure(fetcher, server.url(path));
            assertThat(e.reason()).as(path).isEqualTo(Reason.NOT_A_PAGE);
            assertThat(e.getMessage()).contains("not to a web page or text");
        }
    }

    @Test
    void recognisesHtmlSentWithoutAContentType() throws FetchException {
        server.on("/bare", x -> LoopbackServer.send(x, 200, null, ("<!DOCTYPE html>" + ROMANIAN).getBytes(UTF_8)));
        assertThat(fetcher.fetch(server.url("/bare")).contentType()).isEqualTo("text/html");
    }

    @Test
    void reportsAnErrorStatus() {
        server.on("/gone", x -> LoopbackServer.send(x, 404, "text/html", "<p>no</p>".getBytes(UTF_8)));
        FetchException e = failure(fetcher, server.url("/gone"));
        assertThat(e.reason()).isEqualTo(Reason.HTTP_ERROR);
        assertThat(e.getMessage()).contains("status 404");
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
