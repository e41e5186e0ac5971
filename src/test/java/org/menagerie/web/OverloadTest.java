package org.menagerie.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.menagerie.Menagerie;
import org.menagerie.check.Checker;
import org.junit.jupiter.api.io.TempDir;

/** Beyond the bound on concurrent checks the server answers 503 at once; bodies are bounded; a stop is graceful. */
class OverloadTest {
    @TempDir static Path shared;
    static Menagerie demo;
    @TempDir Path dir;
    static final String CLAIM = "NATO is deploying a significant amount of military hardware near Russia's borders.";

    /** One real checker over the demo catalog for the class; the tests hold it back to make checks slow. */
    @BeforeAll
    static void demo() {
        demo = TestSite.demo(shared.resolve("demo"));
        demo.checker();
    }

    @AfterAll
    static void close() {
        demo.close();
    }
    final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @Test
    void checksBeyondTheBoundGet503WithRetryAfterAndTheServerRecovers() throws Exception {
        CountDownLatch entered = new CountDownLatch(2), release = new CountDownLatch(1);
        Supplier<Checker> slow = () -> {
            entered.countDown();
            try {
                release.await(30, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return demo.checker();
        };
        try (TestSite site = new TestSite(dir, slow, null, 10_000, Limits.defaults().withConcurrentChecks(2))) {
            var first = post(site, "/api/v1/check", "{\"text\":\"" + CLAIM + "\"}");
            var second = post(site, "/api/v1/check", "{\"text\":\"" + CLAIM + "\"}");
            assertThat(entered.await(20, TimeUnit.SECONDS)).as("two checks running").isTrue();
            for (int i = 0; i < 5; i++) {
                var busy = post(site, "/api/v1/check", "{\"text\":\"" + CLAIM + "\"}").get(20, TimeUnit.SECONDS);
                assertThat(busy.statusCode()).isEqualTo(503);
                assertThat(busy.headers().firstValue("Retry-After")).hasValue("2");
                assertThat(busy.body()).contains("\"error\"");
            }
            // The rest of the site is not held up by the running checks.
            assertThat(new Http(site.base()).get("/api/v1/cases?q=nato").statusCode()).isEqualTo(200);
            release.countDown();
            assertThat(first.get(20, TimeUnit.SECONDS).statusCode()).isEqualTo(200);
            assertThat(second.get(20, TimeUnit.SECONDS).statusCode()).isEqualTo(200);
            assertThat(post(site, "/api/v1/check", "{\"text\":\"" + CLAIM + "\"}").get(20, TimeUnit.SECONDS).statusCode()).isEqualTo(200);
        }
    }

    @Test
    void requestBodiesOverTheLimitGet413() throws Exception {
        try (TestSite site = new TestSite(dir, demo::checker, null, 10_000)) {
            String huge = "{\"text\":\"" + "a".repeat(1_200_000) + "\"}";
            var res = post(site, "/api/v1/check", huge).get(30, TimeUnit.SECONDS);
            assertThat(res.statusCode()).isEqualTo(413);
            var put = new Http(site.base()).json("PUT", "/api/v1/cases/big", huge, site.token);
            assertThat(put.statusCode()).isEqualTo(413);
            assertThat(site.cases.get("big")).isEmpty();
        }
    }

    @Test
    void aGracefulStopLetsTheRequestInFlightFinish() throws Exception {
        CountDownLatch entered = new CountDownLatch(1);
        Supplier<Checker> slow = () -> {
            entered.countDown();
            try {
                Thread.sleep(1500);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return demo.checker();
        };
        TestSite site = new TestSite(dir, slow, null, 10_000);
        var inFlight = post(site, "/api/v1/check", "{\"text\":\"" + CLAIM + "\"}");
        assertThat(entered.await(20, TimeUnit.SECONDS)).isTrue();
        site.close(); // Jetty stops accepting, waits for the check, then the stores close
        HttpResponse<String> res = inFlight.get(20, TimeUnit.SECONDS);
        assertThat(res.statusCode()).isEqualTo(200);
        assertThat(res.body()).contains("demo-nato-hardware-near-russian-borders");
    }

    private CompletableFuture<HttpResponse<String>> post(TestSite site, String path, String json) {
        return client.sendAsync(HttpRequest.newBuilder(URI.create(site.base() + path)).header("Content-Type", "application/json")
                .timeout(Duration.ofSeconds(30)).POST(HttpRequest.BodyPublishers.ofString(json)).build(), HttpResponse.BodyHandlers.ofString());
    }
}
