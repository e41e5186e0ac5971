package org.menagerie.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.menagerie.Menagerie;
import org.menagerie.Workspace;

/**
 * Spoofed X-Forwarded-For headers against the check endpoint's per-client rate limit, through a real server on
 * loopback: without trusted proxies a client cannot buy new budgets by inventing addresses; behind a trusted proxy
 * each real client has its own budget whatever it prepends.
 */
class ForwardedForTest {
    static final int LIMIT = 3;
    @TempDir Path dir;
    Menagerie menagerie;
    WebApp.Server server;
    final HttpClient client = HttpClient.newHttpClient();

    /** A site whose checks are refused as unavailable (503) when allowed, so that 429 tells the limit apart. */
    private void start(List<String> trustedProxies) {
        Properties settings = new Properties();
        settings.setProperty(Menagerie.DEMO_SETTING, "false");
        settings.setProperty("search.vectors", "false");
        menagerie = Menagerie.open(new Workspace(dir, settings));
        Site site = Site.of(menagerie, null, "http://menagerie.test", LIMIT).withChecker(null).withTrustedProxies(trustedProxies);
        server = WebApp.start(site, "127.0.0.1", 0);
    }

    @AfterEach
    void close() {
        if (server != null) server.close();
        if (menagerie != null) menagerie.close();
    }

    @Test
    void withoutTrustedProxiesInventedAddressesShareTheSocketsBudget() throws Exception {
        start(List.of());
        for (int i = 0; i < LIMIT; i++) assertThat(check("203.0.113." + i)).isEqualTo(503);
        assertThat(check("203.0.113.99")).as("a new invented address").isEqualTo(429);
        assertThat(check(null)).isEqualTo(429);
    }

    @Test
    void behindATrustedProxyEachClientHasItsOwnBudgetWhateverItPrepends() throws Exception {
        start(List.of("127.0.0.0/8", "::1/128"));
        for (int i = 0; i < LIMIT; i++) assertThat(check("192.0.2." + i + ", 203.0.113.7")).isEqualTo(503);
        assertThat(check("192.0.2.200, 203.0.113.7")).as("same client, new spoofed prefix").isEqualTo(429);
        assertThat(check("203.0.113.7")).isEqualTo(429);
        assertThat(check("203.0.113.8")).as("another client behind the proxy").isEqualTo(503);
    }

    private int check(String forwardedFor) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + "/api/v1/check"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"text\":\"NATO ministers in Riga approved plans to attack Russia.\"}"));
        if (forwardedFor != null) b.header("X-Forwarded-For", forwardedFor);
        return client.send(b.build(), HttpResponse.BodyHandlers.ofString()).statusCode();
    }
}
