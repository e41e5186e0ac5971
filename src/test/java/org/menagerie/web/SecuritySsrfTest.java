package org.menagerie.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpServer;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.menagerie.catalog.CaseJson;
import org.menagerie.ingest.AddressPolicy;
import org.menagerie.ingest.FetchException;
import org.menagerie.ingest.FetchLimits;
import org.menagerie.ingest.Fetcher;
import org.menagerie.ingest.Resolver;
import org.menagerie.ingest.UrlGuard;

/**
 * Check-a-link through the API with the real safe fetcher: internal addresses in every spelling, names that a fake
 * resolver points at them, and redirects to them from a loopback server, are all refused before any connection. Every
 * URL is first put to the guard alone, so that a guard that let one through fails the test before anything connects.
 */
class SecuritySsrfTest {
    static final Map<String, List<String>> DNS = Map.of(
            "loopback.evil.test", List.of("127.0.0.1"),
            "private.evil.test", List.of("10.0.0.5"),
            "metadata.evil.test", List.of("169.254.169.254"),
            "v6.evil.test", List.of("::1"),
            "mapped.evil.test", List.of("::ffff:127.0.0.1"),
            "mixed.evil.test", List.of("93.184.216.34", "192.168.1.1"),
            "ula.evil.test", List.of("fd00::1"),
            "cgnat.evil.test", List.of("100.64.0.1"));

    /** Answers only from the table above: no real DNS query ever leaves the machine. */
    static final Resolver FAKE_DNS = host -> {
        List<String> ips = DNS.get(host.toLowerCase(java.util.Locale.ROOT));
        if (ips == null) throw new UnknownHostException(host + " (the test resolver knows only *.evil.test)");
        List<InetAddress> out = new java.util.ArrayList<>();
        for (String ip : ips) out.add(InetAddress.getByName(ip)); // literals: no lookup
        return out;
    };

    static final List<String> DIRECT = List.of(
            "http://127.0.0.1/", "http://127.0.0.1:7070/api/v1/cases", "http://localhost/", "http://127.1/", "http://0/",
            "http://0.0.0.0/", "http://2130706433/", "http://017700000001/", "http://0177.0.0.1/", "http://0x7f.0.0.1/",
            "http://0x7f000001/", "http://127.000.000.001/", "http://[::1]/", "http://[0:0:0:0:0:0:0:1]/",
            "http://[::ffff:127.0.0.1]/", "http://[::ffff:7f00:1]/", "http://[::]/", "http://10.0.0.1/", "http://10.255.255.255/",
            "http://172.16.0.1/", "http://172.31.255.254/", "http://192.168.0.1/", "http://192.168.1.1:8080/admin",
            "http://169.254.169.254/latest/meta-data/", "http://[fe80::1]/", "http://[fd00::1]/", "http://100.64.0.1/",
            "http://224.0.0.1/", "http://255.255.255.255/", "http://3232235521/", "http://0xa000001/", "http://012.0.0.1/",
            "http://loopback.evil.test/", "http://private.evil.test/", "http://metadata.evil.test/latest/meta-data/",
            "http://v6.evil.test/", "http://mapped.evil.test/", "http://mixed.evil.test/", "http://ula.evil.test/",
            "http://cgnat.evil.test/", "http://user@127.0.0.1/", "http://127.0.0.1#@example.org/",
            "file:///etc/passwd", "gopher://127.0.0.1:25/", "ftp://127.0.0.1/", "jar:file:///x.jar!/", "dict://127.0.0.1:11211/",
            "http://unknown.invalid/", "//127.0.0.1/", "http:///etc/passwd");

    @TempDir static Path dir;
    static TestSite strict, redirecting;
    static org.menagerie.Menagerie demo;
    static HttpServer server;
    static final AtomicInteger hits = new AtomicInteger();
    static final AtomicInteger redirectHits = new AtomicInteger();
    static AddressPolicy loopbackServerOnly;

    @BeforeAll
    static void start() throws Exception {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getByName("127.0.0.1"), 0), 0);
        server.createContext("/", ex -> {
            hits.incrementAndGet();
            ex.sendResponseHeaders(200, -1);
            ex.close();
        });
        server.createContext("/redirect", ex -> {
            redirectHits.incrementAndGet();
            String to = URLDecoder.decode(ex.getRequestURI().getRawQuery().substring(3), StandardCharsets.UTF_8);
            ex.getResponseHeaders().add("Location", to);
            ex.sendResponseHeaders(302, -1);
            ex.close();
        });
        server.start();
        demo = TestSite.demo(dir.resolve("demo"));
        strict = new TestSite(dir.resolve("strict"), demo::checker,
                new Fetcher(FetchLimits.defaults(), AddressPolicy.publicOnly(), FAKE_DNS), 10_000);
        // Only the redirecting server's own address is allowed, so every target it points to must still be refused.
        loopbackServerOnly = AddressPolicy.publicOnly().allowing("127.0.0.1/32");
        redirecting = new TestSite(dir.resolve("redirecting"), demo::checker,
                new Fetcher(FetchLimits.defaults(), loopbackServerOnly, FAKE_DNS), 10_000);
    }

    @AfterAll
    static void stop() {
        strict.close();
        redirecting.close();
        demo.close();
        server.stop(0);
    }

    @Test
    void internalAddressesInEverySpellingAreRefusedBeforeAnyConnection() {
        UrlGuard guard = new UrlGuard(AddressPolicy.publicOnly(), FAKE_DNS);
        Http http = new Http(strict.base());
        for (String url : DIRECT) {
            refused(guard, url);
            var res = http.json("POST", "/api/v1/check", body(url), null);
            assertThat(res.statusCode()).as("%s: %s", url, res.body()).isBetween(400, 499);
            assertThat(res.body()).as(url).contains("\"error\"").doesNotContain("Exception");
        }
        assertThat(hits.get()).as("nothing reached the loopback server").isZero();
    }

    @Test
    void redirectsToInternalAddressesAreRefusedBeforeFollowingThem() {
        UrlGuard guard = new UrlGuard(loopbackServerOnly, FAKE_DNS);
        Http http = new Http(redirecting.base());
        String self = "http://127.0.0.1:" + server.getAddress().getPort();
        List<String> targets = List.of("http://127.0.0.2/", "http://127.0.0.3:" + server.getAddress().getPort() + "/",
                "http://[::1]:" + server.getAddress().getPort() + "/", "http://2130706434/", "http://0x7f000002/",
                "http://169.254.169.254/latest/meta-data/", "http://metadata.evil.test/", "http://private.evil.test/",
                "http://ula.evil.test/", "http://10.0.0.1/", "file:///etc/passwd", "gopher://127.0.0.1/");
        int before = redirectHits.get();
        for (String target : targets) {
            refused(guard, target);
            String url = self + "/redirect?to=" + java.net.URLEncoder.encode(target, StandardCharsets.UTF_8);
            var res = http.json("POST", "/api/v1/check", body(url), null);
            assertThat(res.statusCode()).as("%s: %s", target, res.body()).isEqualTo(422);
        }
        assertThat(redirectHits.get() - before).as("each redirect was fetched once").isEqualTo(targets.size());
        assertThat(hits.get()).as("no redirect target was followed").isZero();
    }

    private static void refused(UrlGuard guard, String url) {
        try {
            guard.check(url);
        } catch (FetchException expected) {
            return;
        }
        throw new AssertionError("the guard let " + url + " through");
    }

    private static String body(String url) {
        ObjectNode n = CaseJson.MAPPER.createObjectNode();
        n.put("url", url);
        n.put("language", "en");
        return n.toString();
    }
}
