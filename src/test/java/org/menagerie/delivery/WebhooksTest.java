package org.menagerie.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.UnknownHostException;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.menagerie.ingest.AddressPolicy;
import org.menagerie.ingest.Resolver;
import org.menagerie.ingest.UrlGuard;

class WebhooksTest {
    private static final String SECRET = "s3cret-webhook-key";
    private final List<Duration> waits = Collections.synchronizedList(new ArrayList<>());
    private final List<String> verified = Collections.synchronizedList(new ArrayList<>());
    private final AtomicInteger requests = new AtomicInteger();
    private HttpServer server;

    /** A receiver on 127.0.0.1 that fails the first {@code failures} requests with {@code status}, then answers 200. */
    private String receiver(int failures, int status) throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/hook", x -> {
            try (InputStream in = x.getRequestBody()) {
                String body = new String(in.readAllBytes(), StandardCharsets.UTF_8);
                String ts = x.getRequestHeaders().getFirst(Signature.TIMESTAMP);
                if (Signature.verify(SECRET, ts, body, x.getRequestHeaders().getFirst(Signature.HEADER))) {
                    verified.add(x.getRequestHeaders().getFirst(Signature.DELIVERY) + " " + body);
                }
                int n = requests.incrementAndGet();
                x.sendResponseHeaders(n <= failures ? status : 200, -1);
            }
            x.close();
        });
        server.start();
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/hook";
    }

    @AfterEach
    void stop() {
        if (server != null) server.stop(0);
    }

    private Webhooks webhooks(Resolver resolver) {
        Clock clock = Clock.fixed(Instant.parse("2024-03-01T10:00:00Z"), ZoneOffset.UTC);
        return new Webhooks(new UrlGuard(AddressPolicy.loopbackOnly(), resolver), HttpClient.newHttpClient(),
                new Webhooks.Backoff(4, Duration.ofMillis(50), waits::add), clock);
    }

    @Test
    void aSignedDeliveryIsRetriedAfterA500AndArrivesOnce() throws Exception {
        String url = receiver(1, 500);
        Webhooks w = webhooks(Resolver.system());
        assertThat(w.send(new Webhooks.Endpoint("ana", url, SECRET), Fixtures.notice())).isTrue();
        assertThat(requests.get()).isEqualTo(2);
        assertThat(verified).hasSize(2);
        assertThat(verified.get(0)).isEqualTo(verified.get(1)); // the same delivery id and body on the retry
        assertThat(verified.get(0)).contains("\"case\":\"snopes-perfume-sample-robbery\"", "\"level\":\"matched\"");
        assertThat(waits).containsExactly(Duration.ofMillis(50));
        assertThat(w.deadLetters()).isEmpty();
    }

    @Test
    void aDeliveryThatKeepsFailingBacksOffThenGoesToTheDeadLetters() throws Exception {
        String url = receiver(100, 503);
        Webhooks w = webhooks(Resolver.system());
        assertThat(w.send(new Webhooks.Endpoint("ana", url, SECRET), Fixtures.notice())).isFalse();
        assertThat(requests.get()).isEqualTo(4);
        assertThat(waits).containsExactly(Duration.ofMillis(50), Duration.ofMillis(100), Duration.ofMillis(200));
        assertThat(w.deadLetters()).singleElement().satisfies(d -> {
            assertThat(d.status()).isEqualTo(503);
            assertThat(d.attempts()).isEqualTo(4);
            assertThat(d.endpoint().toString()).doesNotContain(SECRET);
        });
    }

    @Test
    void aRefusalIsNotRetried() throws Exception {
        String url = receiver(100, 410);
        Webhooks w = webhooks(Resolver.system());
        assertThat(w.send(new Webhooks.Endpoint("ana", url, SECRET), Fixtures.notice())).isFalse();
        assertThat(requests.get()).isEqualTo(1);
        assertThat(w.deadLetters().get(0).error()).contains("410", "not retried");
    }

    @Test
    void anEndpointOnAPrivateNetworkIsRefusedBeforeConnecting() throws Exception {
        List<String> asked = new ArrayList<>();
        Resolver fake = host -> {
            asked.add(host);
            if (!host.equals("hooks.example.org")) throw new UnknownHostException(host);
            return List.of(InetAddress.getByAddress(host, new byte[] {10, 0, 0, 7}));
        };
        Webhooks w = webhooks(fake);
        assertThat(w.send(new Webhooks.Endpoint("ana", "https://hooks.example.org/x", SECRET), Fixtures.notice())).isFalse();
        assertThat(asked).containsExactly("hooks.example.org");
        assertThat(w.deadLetters().get(0).error()).contains("private");
        assertThat(w.deadLetters().get(0).attempts()).isZero();
    }
}
