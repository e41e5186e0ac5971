package org.menagerie.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Under /api every failure is {"error": ...} in the API's own words: too large (413), too long a URI (414) or headers
 * (431), a body that is not JSON (415), JSON that is broken or of the wrong types (400). Never Jetty's HTML page, never a
 * library's message. The site's own 400 page keeps the search box and the query.
 */
class ApiErrorsTest {
    @TempDir static Path dir;
    static TestSite site;

    @BeforeAll
    static void start() {
        site = new TestSite(dir, null, null, 1000, new Limits(4, 100_000, 1_000, false));
    }

    @AfterAll
    static void stop() {
        site.close();
    }

    static String send(String method, String target, String contentType, String body, String... headers) {
        return Http.raw(site.server.port(), Http.request(method, target, contentType,
                body == null ? null : body.getBytes(StandardCharsets.UTF_8), headers));
    }

    static void assertJsonError(String response, int status, String words) {
        assertThat(response).as(response).startsWith("HTTP/1.1 " + status);
        String head = response.substring(0, response.indexOf("\r\n\r\n")).toLowerCase(java.util.Locale.ROOT);
        assertThat(head).as(response).contains("content-type: application/json");
        String body = response.substring(response.indexOf("\r\n\r\n") + 4);
        assertThat(body).startsWith("{\"error\":").contains(words).doesNotContain("<html", "Jetty", "jackson", "Unexpected character",
                "org.menagerie", "java.", "Cannot deserialize", "Unrecognized");
    }

    @Test
    void aBodyOverTheLimitIs413() {
        assertJsonError(send("POST", "/api/v1/check", "application/json", "{\"text\":\"" + "a".repeat(200_000) + "\"}"),
                413, "the request body is larger than 100000 bytes");
    }

    @Test
    void aTooLongUriIs414AndTooLargeHeadersAre431() {
        assertJsonError(send("GET", "/api/v1/cases?q=" + "q".repeat(20_000), null, null), 414, "the address is too long");
        assertJsonError(send("GET", "/api/v1/cases", null, null, "X-Big: " + "h".repeat(20_000)), 431, "the request headers are too large");
    }

    @Test
    void aBodyThatIsNotJsonIs415() {
        assertJsonError(send("POST", "/api/v1/check", "application/xml", "<check><text>x</text></check>"), 415, "application/json");
        assertJsonError(send("PUT", "/api/v1/cases/x", "text/plain", "{}", "Authorization: Bearer " + site.token), 415, "application/json");
    }

    @Test
    void brokenJsonAndWrongTypesAre400InTheApisWords() {
        assertJsonError(send("POST", "/api/v1/check", "application/json", "{not json"), 400, "the body is not valid JSON");
        assertJsonError(send("POST", "/api/v1/check", "application/json", "{\"text\": 42}"), 400, "text must be a string");
        assertJsonError(send("POST", "/api/v1/check", "application/json", "{\"url\": 123}"), 400, "url must be a string");
        assertJsonError(send("POST", "/api/v1/check", "application/json", "{\"text\": {\"a\": 1}}"), 400, "text must be a string");
        assertJsonError(send("POST", "/api/v1/check", "application/json", "[1,2]"), 400, "the body must be a JSON object");
        assertJsonError(send("PUT", "/api/v1/cases/bad-1", "application/json",
                "{\"id\":\"bad-1\",\"claim\":\"c\",\"verdict\":\"MAYBE\",\"provenance\":{\"dataset\":\"api\"}}",
                "Authorization: Bearer " + site.token), 400, "verdict");
        assertJsonError(send("PUT", "/api/v1/cases/bad-1", "application/json",
                "{\"id\":\"bad-1\",\"claim\":\"c\",\"verdict\":\"FALSE\",\"appearances\":\"nope\",\"provenance\":{\"dataset\":\"api\"}}",
                "Authorization: Bearer " + site.token), 400, "appearances");
    }

    @Test
    void unknownEndpointsAndMethodsAreJsonToo() {
        assertJsonError(send("GET", "/api/v1/no-such-endpoint", null, null), 404, "not found");
        assertJsonError(send("DELETE", "/api/v1/cases/nato-bases-1", null, null), 405, "not allowed");
    }

    @Test
    void theSites400PageKeepsTheSearchBoxAndTheQuery() {
        var r = new Http(site.base()).get("/cases?q=nato+riga&page=abc");
        assertThat(r.statusCode()).isEqualTo(400);
        assertThat(r.body()).contains("role=\"search\"").contains("value=\"nato riga\"").contains("trebuie să fie un număr întreg");
    }
}
