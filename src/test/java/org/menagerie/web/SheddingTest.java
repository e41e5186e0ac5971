package org.menagerie.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.menagerie.check.Checker;

/**
 * Past its bound a kind of request is answered 503 with Retry-After at once, while other kinds, /health and /metrics
 * go on; the bound is given back however a request ends. A check held open keeps one request of its kind in flight.
 */
class SheddingTest {
    @TempDir Path dir;
    final CountDownLatch entered = new CountDownLatch(1), release = new CountDownLatch(1);
    final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    /** A checker that holds the request until released, then declines (no real checking is needed here). */
    final Supplier<Checker> held = () -> {
        entered.countDown();
        try {
            release.await(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        throw new ApiError(503, "check.unavailable");
    };

    @Test
    void apiRequestsBeyondTheBoundGet503WithRetryAfterAtOnce() throws Exception {
        try (TestSite site = new TestSite(dir, held, null, 10_000, Limits.defaults().withInFlight(1, 1, 1))) {
            CompletableFuture<HttpResponse<String>> check = client.sendAsync(HttpRequest.newBuilder(
                    URI.create(site.base() + "/api/v1/check")).header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString("{\"text\":\"NATO is the aggressor.\"}")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(entered.await(20, TimeUnit.SECONDS)).isTrue();
            Http http = new Http(site.base());
            for (String path : new String[] {"/api/v1/narratives", "/api/v1/cases/nato-bases-1", "/api/v1/openapi.json"}) {
                var busy = http.get(path);
                assertThat(busy.statusCode()).as(path).isEqualTo(503);
                assertThat(busy.headers().firstValue("Retry-After")).as(path).hasValue("1");
                assertThat(busy.body()).contains("\"error\"").contains("capacity");
            }
            assertThat(http.get("/api/v1/cases?q=nato").statusCode()).as("searches have their own bound").isEqualTo(200);
            assertThat(http.get("/cases/nato-bases-1").statusCode()).as("pages too").isEqualTo(200);
            assertThat(http.get("/health").statusCode()).isEqualTo(200);
            String metrics = http.get("/metrics").body();
            assertThat(metrics).contains("menagerie_http_in_flight{kind=\"api\"} 1")
                    .contains("menagerie_http_shed_total{kind=\"api\"} 3").contains("menagerie_http_in_flight_limit{kind=\"api\"} 1");
            release.countDown();
            assertThat(check.get(20, TimeUnit.SECONDS).statusCode()).isEqualTo(503); // declined by the held checker
            for (int i = 0; i < 5; i++) assertThat(http.get("/api/v1/narratives").statusCode()).as("bound given back").isEqualTo(200);
        }
    }

    @Test
    void pagesBeyondTheBoundGet503PagesWithRetryAfter() throws Exception {
        try (TestSite site = new TestSite(dir, held, null, 10_000, Limits.defaults().withInFlight(1, 1, 1))) {
            Http checker = new Http(site.base());
            Map<String, String> form = new LinkedHashMap<>();
            form.put("_csrf", checker.csrf("/check"));
            form.put("text", "NATO is the aggressor.");
            CompletableFuture<HttpResponse<String>> submitted = CompletableFuture.supplyAsync(() -> checker.form("/check", form));
            assertThat(entered.await(20, TimeUnit.SECONDS)).isTrue();
            Http reader = new Http(site.base());
            var busy = reader.get("/en/cases/nato-bases-1");
            assertThat(busy.statusCode()).isEqualTo(503);
            assertThat(busy.headers().firstValue("Retry-After")).hasValue("1");
            assertThat(busy.headers().firstValue("Content-Type").orElse("")).startsWith("text/html");
            assertThat(reader.get("/en/cases?q=nato").statusCode()).as("searches have their own bound").isEqualTo(200);
            assertThat(reader.get("/assets/site.css").statusCode()).as("static files are not shed").isEqualTo(200);
            release.countDown();
            submitted.get(20, TimeUnit.SECONDS);
            assertThat(reader.get("/en/cases/nato-bases-1").statusCode()).isEqualTo(200);
        }
    }

    @Test
    void requestsAreSortedIntoKinds() {
        assertThat(Shedding.kind("/cases")).isEqualTo(Shedding.Kind.SEARCH);
        assertThat(Shedding.kind("/en/cases")).isEqualTo(Shedding.Kind.SEARCH);
        assertThat(Shedding.kind("/api/v1/cases")).isEqualTo(Shedding.Kind.SEARCH);
        assertThat(Shedding.kind("/cases/nato-bases-1")).isEqualTo(Shedding.Kind.PAGE);
        assertThat(Shedding.kind("/en")).isEqualTo(Shedding.Kind.PAGE);
        assertThat(Shedding.kind("/api/v1/check")).isEqualTo(Shedding.Kind.API);
        assertThat(Shedding.kind("/api/v1/cases/nato-bases-1")).isEqualTo(Shedding.Kind.API);
        assertThat(Shedding.kind("/health")).isNull();
        assertThat(Shedding.kind("/metrics")).isNull();
        assertThat(Shedding.kind("/assets/site.css")).isNull();
    }

    @Test
    void theThreadsMustOutnumberTheBounds() {
        Limits l = Limits.defaults();
        assertThat(l.threads()).isGreaterThanOrEqualTo(l.concurrentSearches() + l.concurrentPages() + l.concurrentApi() + Limits.SPARE_THREADS);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> new Limits(4, 1_000_000, 0, false, 100, 100, 100, 250, 30_000))
                .hasMessageContaining("threads");
        assertThat(l.withInFlight(200, 200, 200).threads()).isEqualTo(600 + Limits.SPARE_THREADS);
    }
}
