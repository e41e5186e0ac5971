package org.menagerie.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every route in the OpenAPI document exists: called with its example parameters, none answers "no such route". */
class OpenApiTest {
    @TempDir static Path dir;
    static TestSite site;

    @BeforeAll
    static void start() {
        site = new TestSite(dir, null, null, 100);
    }

    @AfterAll
    static void stop() {
        site.close();
    }

    @Test
    void everyDocumentedOperationIsServedWithADocumentedStatus() {
        Http http = new Http(site.base());
        JsonNode doc = ApiTest.json(http.get("/api/v1/openapi.json").body());
        assertThat(doc.get("openapi").asText()).startsWith("3.");
        List<String> called = new ArrayList<>();
        doc.get("paths").fields().forEachRemaining(path -> path.getValue().fields().forEachRemaining(op -> {
            String url = path.getKey();
            for (JsonNode p : op.getValue().path("parameters")) {
                if (p.get("in").asText().equals("path")) url = url.replace("{" + p.get("name").asText() + "}", p.get("example").asText());
            }
            String method = op.getKey().toUpperCase(java.util.Locale.ROOT);
            var r = method.equals("GET") ? http.get(url) : http.json(method, url, "{}", null);
            called.add(method + " " + url + " -> " + r.statusCode());
            assertThat(op.getValue().get("responses").has(String.valueOf(r.statusCode())))
                    .as(method + " " + url + " answered " + r.statusCode() + ": " + r.body()).isTrue();
            if (r.statusCode() == 404) assertThat(ApiTest.json(r.body()).get("error").asText()).isNotEqualTo("not found");
        }));
        assertThat(called).hasSize(14);
    }
}
