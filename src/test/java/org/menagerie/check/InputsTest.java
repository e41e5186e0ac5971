package org.menagerie.check;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.sun.net.httpserver.HttpServer;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.UnknownHostException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.menagerie.ingest.AddressPolicy;
import org.menagerie.ingest.FetchLimits;
import org.menagerie.ingest.Fetcher;

/** Files, streams and links as the checker reads them; links only from a server on 127.0.0.1. */
class InputsTest {
    private static final String PAGE = "<html><head><title>Troops</title></head><body><article><h1>Troops at the border</h1>"
            + "<p>There are around 70,000 Russian troops gathered at the border with Ukraine, officials said on Monday.</p>"
            + "<p>Moscow says it may move troops on its own territory as it wishes and threatens no one.</p></article></body></html>";
    @TempDir Path dir;
    private HttpServer server;
    private Fetcher fetcher;
    private final java.util.concurrent.atomic.AtomicInteger pageHits = new java.util.concurrent.atomic.AtomicInteger();

    @BeforeEach
    void start() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/page", x -> {
            pageHits.incrementAndGet();
            send(x, "text/html; charset=utf-8", PAGE.getBytes(UTF_8));
        });
        server.createContext("/pdf", x -> send(x, "application/pdf", "%PDF-1.4 binary".getBytes(UTF_8)));
        server.start();
        fetcher = new Fetcher(FetchLimits.defaults(), AddressPolicy.publicOnly().allowingLoopback(), host -> {
            if (host.equals("127.0.0.1")) return java.util.List.of(InetAddress.getLoopbackAddress());
            throw new UnknownHostException(host);
        });
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    private static void send(com.sun.net.httpserver.HttpExchange x, String type, byte[] body) throws IOException {
        try (x) {
            x.getResponseHeaders().add("Content-Type", type);
            x.sendResponseHeaders(200, body.length);
            x.getResponseBody().write(body);
        }
    }

    private String url(String path) {
        return "http://127.0.0.1:" + server.getAddress().getPort() + path;
    }

    private static CheckException failure(org.assertj.core.api.ThrowableAssert.ThrowingCallable call) {
        CheckException e = catchThrowableOfType(call, CheckException.class);
        assertThat(e).as("a CheckException").isNotNull();
        return e;
    }

    @Test
    void readsAGzippedHtmlFileAsAPage() throws IOException {
        Path file = dir.resolve("page.html.gz");
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(file))) {
            out.write(PAGE.getBytes(UTF_8));
        }
        Inputs.Read read = Inputs.file(file);
        assertThat(read.article().body()).contains("70,000 Russian troops").doesNotContain("<p>");
        assertThat(read.kind()).isEqualTo("file");
    }

    @Test
    void readsHtmlOnStandardInputByItsTags() throws IOException {
        Inputs.Read read = Inputs.stream(new ByteArrayInputStream(PAGE.getBytes(UTF_8)), "stdin", "stdin");
        assertThat(read.article().paragraphs()).anyMatch(p -> p.startsWith("There are around 70,000"));
    }

    @Test
    void refusesEmptyAndBlankInput() {
        assertThat(failure(() -> Inputs.stream(new ByteArrayInputStream(new byte[0]), "stdin", "stdin")).getMessage())
                .isEqualTo("stdin is empty: nothing to check");
        assertThat(failure(() -> Inputs.stream(new ByteArrayInputStream(" \n\t ".getBytes(UTF_8)), "x", "stdin")).kind())
                .isEqualTo(CheckException.Kind.BAD_INPUT);
    }

    @Test
    void refusesBinaryJunk() throws IOException {
        byte[] junk = new byte[4096];
        new java.util.Random(7).nextBytes(junk);
        Path file = Files.write(dir.resolve("junk.bin"), junk);
        CheckException e = failure(() -> Inputs.file(file));
        assertThat(e.kind()).isEqualTo(CheckException.Kind.BAD_INPUT);
        assertThat(e.getMessage()).contains("binary");
    }

    @Test
    void refusesAFileLargerThanTheCapAfterReadingOnlyTheCap() throws IOException {
        Path big = dir.resolve("big.txt");
        byte[] line = "NATO deploys troops near the border. ".repeat(100).getBytes(UTF_8);
        try (OutputStream out = Files.newOutputStream(big)) {
            for (long written = 0; written < 50L << 20; written += line.length) out.write(line);
        }
        CheckException e = failure(() -> Inputs.file(big));
        assertThat(e.kind()).isEqualTo(CheckException.Kind.BAD_INPUT);
        assertThat(e.getMessage()).contains("larger than 8 MB");
    }

    @Test
    void aMissingFileIsNotFound() {
        assertThat(failure(() -> Inputs.file(dir.resolve("nope.html"))).kind()).isEqualTo(CheckException.Kind.NOT_FOUND);
    }

    @Test
    void fetchesAPageThroughTheSafeFetcher() {
        Inputs.Read read = Inputs.url(url("/page"), fetcher);
        assertThat(read.kind()).isEqualTo("url");
        assertThat(read.location()).isEqualTo(url("/page"));
        assertThat(read.article().body()).contains("70,000 Russian troops");
    }

    @Test
    void aLinkToSomethingOtherThanAPageIsBadInput() {
        CheckException e = failure(() -> Inputs.url(url("/pdf"), fetcher));
        assertThat(e.kind()).isEqualTo(CheckException.Kind.BAD_INPUT);
        assertThat(e.getMessage()).startsWith("cannot check " + url("/pdf"));
    }

    @Test
    void anUnreachableLinkIsNotFound() throws IOException {
        int closed;
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            closed = s.getLocalPort();
        }
        int port = closed;
        assertThat(failure(() -> Inputs.url("http://127.0.0.1:" + port + "/", fetcher)).kind()).isEqualTo(CheckException.Kind.NOT_FOUND);
        assertThat(failure(() -> Inputs.url("http://no-such-host.example/", fetcher)).kind()).isEqualTo(CheckException.Kind.NOT_FOUND);
    }

    @Test
    void theStandardFetcherRefusesLocalAddressesWithoutConnecting() {
        CheckException e = failure(() -> Inputs.url(url("/page"), Fetcher.standard()));
        assertThat(e.kind()).isEqualTo(CheckException.Kind.BAD_INPUT);
        assertThat(pageHits).hasValue(0);
        assertThat(failure(() -> Inputs.url("ftp://example.org/x", Fetcher.standard())).kind()).isEqualTo(CheckException.Kind.BAD_INPUT);
    }
}
