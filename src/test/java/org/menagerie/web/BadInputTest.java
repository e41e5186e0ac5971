package org.menagerie.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Malformed requests get a 4xx, with {"error": ...} under /api; never a 500, never a stack trace. */
class BadInputTest {
    @TempDir static Path dir;
    static TestSite site;

    @BeforeAll
    static void start() throws Exception {
        site = TestSite.withDemoChecker(dir, 100_000);
    }

    @AfterAll
    static void stop() {
        site.close();
    }

    record Bad(String method, String path, String contentType, byte[] body, String extraHeader) {
        static Bad json(String method, String path, String body) {
            return new Bad(method, path, "application/json", body.getBytes(StandardCharsets.UTF_8), null);
        }
    }

    static List<Bad> corpus() {
        List<Bad> c = new ArrayList<>();
        for (String body : List.of("{not json", "[1,2,3]", "\"a string\"", "42", "null", "{\"text\":", "{\"text\": 1e999999}",
                "{\"text\":\"x\",\"text\":\"y\"", "{\"url\":\"not a url at all\"}", "{\"url\":\"http://[::1\"}", "{\"url\":\"ht tp://x\"}",
                "{\"url\":123}", "{\"text\":\"\"}", "{\"text\":{\"a\":1}}", "{}", "[".repeat(5000) + "]".repeat(5000),
                "{\"a\":".repeat(3000) + "1" + "}".repeat(3000), "\u0000\u0001\u0002")) {
            c.add(Bad.json("POST", "/api/v1/check", body));
        }
        c.add(new Bad("POST", "/api/v1/check", "application/json", new byte[] {'{', '"', 't', 'e', 'x', 't', '"', ':', '"', (byte) 0xC3, (byte) 0x28, (byte) 0xFF, '"', '}'}, null));
        c.add(new Bad("POST", "/api/v1/check", "application/xml", "<check><text>x</text></check>".getBytes(StandardCharsets.UTF_8), null));
        c.add(new Bad("POST", "/api/v1/check", "multipart/form-data; boundary=zz", "--zz\r\nbroken".getBytes(StandardCharsets.UTF_8), null));
        for (String body : List.of("{not json", "{\"id\":\"bad-1\",\"claim\":\"c\",\"verdict\":\"MAYBE\",\"provenance\":{\"dataset\":\"api\"}}",
                "{\"id\":\"bad-1\",\"claim\":\"c\",\"verdict\":\"FALSE\",\"status\":\"WHATEVER\",\"provenance\":{\"dataset\":\"api\"}}",
                "{\"id\":\"bad-1\",\"verdict\":\"FALSE\",\"provenance\":{\"dataset\":\"api\"}}",
                "{\"id\":\"bad-1\",\"claim\":\"c\",\"verdict\":\"FALSE\",\"reviewDate\":\"yesterday\",\"provenance\":{\"dataset\":\"api\"}}",
                "{\"id\":\"bad-1\",\"claim\":\"c\",\"verdict\":\"FALSE\",\"appearances\":\"nope\",\"provenance\":{\"dataset\":\"api\"}}",
                "{\"id\":\"other\",\"claim\":\"c\",\"verdict\":\"FALSE\",\"provenance\":{\"dataset\":\"api\"}}", "", "[]")) {
            c.add(new Bad("PUT", "/api/v1/cases/bad-1", "application/json", body.getBytes(StandardCharsets.UTF_8), "Authorization: Bearer " + site.token));
        }
        c.add(new Bad("PUT", "/api/v1/publications/bad-p", "application/json", "{\"slug\":\"bad-p\",\"kind\":\"POEM\"}".getBytes(StandardCharsets.UTF_8), "Authorization: Bearer " + site.token));
        c.add(new Bad("PUT", "/api/v1/publications/bad-p", "application/json", "{\"slug\":\"bad-p\"}".getBytes(StandardCharsets.UTF_8), "Authorization: Bearer " + site.token));
        for (String q : List.of("page=-1", "page=0", "page=99999999999999", "size=-5", "size=1000000000", "page=abc", "size=1e3",
                "verdict=NOPE", "language=%00", "q=%FF%FE", "q=" + "a".repeat(5000), "q=(((((", "q=\"unterminated", "q=*:*~^2",
                "country=" + "x".repeat(2000), "narrative=../../etc")) {
            c.add(new Bad("GET", "/api/v1/cases?" + q, null, null, null));
            c.add(new Bad("GET", "/api/v1/claimreview?" + q, null, null, null));
            c.add(new Bad("GET", "/api/v1/analyses?" + q, null, null, null));
        }
        c.add(new Bad("GET", "/api/v1/analyses?lang=xx", null, null, null));
        c.add(new Bad("GET", "/api/v1/cases/%00", null, null, null));
        c.add(new Bad("GET", "/api/v1/cases/%FF%FE", null, null, null));
        c.add(new Bad("GET", "/api/v1/cases/" + "x".repeat(3000), null, null, null));
        c.add(new Bad("DELETE", "/api/v1/cases/nato-bases-1", null, null, null));
        c.add(new Bad("PATCH", "/api/v1/check", "application/json", "{}".getBytes(StandardCharsets.UTF_8), null));
        c.add(new Bad("GET", "/api/v1/no-such-endpoint", null, null, null));
        c.add(new Bad("GET", "/api/v1/cases", null, null, "X-Big: " + "h".repeat(200_000)));
        c.add(new Bad("GET", "/api/v1/cases?q=" + "q".repeat(300_000), null, null, null));
        c.add(new Bad("GET", "/api/v1/cases", null, null, "Content-Length: -5"));
        return c;
    }

    @Test
    void everyMalformedRequestGetsA4xxWithAJsonError() throws Exception {
        List<String> failures = new ArrayList<>();
        for (Bad b : corpus()) {
            String response = send(b);
            int sp = response.indexOf(' ');
            int status = Integer.parseInt(response.substring(sp + 1, sp + 4));
            String body = response.substring(Math.max(0, response.indexOf("\r\n\r\n")));
            String label = b.method() + " " + abbreviate(b.path()) + " " + (b.body() == null ? "" : abbreviate(new String(b.body(), StandardCharsets.UTF_8)));
            boolean fromJetty = status == 431 || status == 414 || (status == 400 && !body.contains("{"));
            if (status >= 500) failures.add(label + " -> " + status + " " + abbreviate(body));
            else if (b.path().startsWith("/api/") && status >= 400 && !fromJetty && !body.contains("\"error\"")) failures.add(label + " -> " + status + " without a JSON error: " + abbreviate(body));
            if (body.contains("\tat ") || body.contains("at org.") || body.contains("at java.")) failures.add(label + " -> stack trace: " + abbreviate(body));
            if (status < 400 && b.method().equals("PUT")) failures.add(label + " -> accepted with " + status);
        }
        assertThat(failures).isEmpty();
        assertThat(new Http(site.base()).get("/health").statusCode()).isEqualTo(200);
    }

    private static String send(Bad b) throws Exception {
        ByteArrayOutputStream req = new ByteArrayOutputStream();
        StringBuilder head = new StringBuilder(b.method() + " " + b.path() + " HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n");
        if (b.contentType() != null) head.append("Content-Type: ").append(b.contentType()).append("\r\n");
        if (b.extraHeader() != null) head.append(b.extraHeader()).append("\r\n");
        boolean customLength = b.extraHeader() != null && b.extraHeader().startsWith("Content-Length");
        if (!customLength) head.append("Content-Length: ").append(b.body() == null ? 0 : b.body().length).append("\r\n");
        head.append("\r\n");
        req.write(head.toString().getBytes(StandardCharsets.ISO_8859_1));
        if (b.body() != null) req.write(b.body());
        try (java.net.Socket s = new java.net.Socket("127.0.0.1", site.server.port())) {
            s.setSoTimeout(20_000);
            boolean cutOff = false;
            try {
                s.getOutputStream().write(req.toByteArray());
                s.getOutputStream().flush();
            } catch (java.net.SocketException closed) {
                // Jetty may answer an oversized request and close before it is all written; read what it said.
                cutOff = true;
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            try {
                s.getInputStream().transferTo(out);
            } catch (java.net.SocketException reset) {
                // Jetty may reset after answering an oversized request; what was read is the answer.
            }
            if (out.size() == 0 && cutOff && req.size() > 64 * 1024) {
                // The connection was closed before any answer could be read: an oversized request refused outright.
                return "HTTP/1.1 413 closed\r\n\r\n";
            }
            return out.toString(StandardCharsets.UTF_8);
        }
    }

    private static String abbreviate(String s) {
        return s.length() <= 120 ? s : s.substring(0, 120) + "…";
    }
}
