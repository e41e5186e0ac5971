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

/**
 * Every route in the OpenAPI document exists: called with its example parameters, none answers "no such route"; and a
 * real check's report has the shape the document gives it.
 */
class OpenApiTest {
    @TempDir static Path dir;
    static TestSite site;

    @BeforeAll
    static void start() throws Exception {
        site = TestSite.withDemoChecker(dir, 100);
    }

    @AfterAll
    static void stop() {
        if (site != null) site.close();
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
        assertThat(called).hasSize(19);
    }

    @Test
    void theCheckReportHasTheDocumentedShape() {
        Http http = new Http(site.base());
        JsonNode doc = ApiTest.json(http.get("/api/v1/openapi.json").body());
        var r = http.json("POST", "/api/v1/check", "{\"text\":\"" + PageServer.NATO_SENTENCE
                + " Romania's unemployment rate rose to 5.6 percent in March.\"}", null);
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        JsonNode report = ApiTest.json(r.body());
        JsonNode schema = doc.at("/paths/~1api~1v1~1check/post/responses/200/content/application~1json/schema");
        List<String> problems = new ArrayList<>();
        conforms(doc, schema, report, "report", problems);
        assertThat(problems).isEmpty();
        assertThat(report.at("/claims/0/matches/0/why/terms")).isNotEmpty(); // the walk reached the deepest level
    }

    /** A small validator for what the document uses: $ref, allOf, nullable, type, required, properties, items, enum. */
    private static void conforms(JsonNode doc, JsonNode given, JsonNode value, String at, List<String> problems) {
        JsonNode schema = given.has("$ref") ? doc.at(given.get("$ref").asText().substring(1)) : given;
        if (value.isNull()) {
            if (!schema.path("nullable").asBoolean()) problems.add(at + " is null but not nullable");
            return;
        }
        if (schema.has("allOf")) {
            for (JsonNode part : schema.get("allOf")) conforms(doc, part, value, at, problems);
            return;
        }
        String type = schema.path("type").asText();
        boolean ok = switch (type) {
            case "object" -> value.isObject();
            case "array" -> value.isArray();
            case "string" -> value.isTextual();
            case "integer" -> value.isIntegralNumber();
            case "number" -> value.isNumber();
            case "boolean" -> value.isBoolean();
            default -> false;
        };
        if (!ok) problems.add(at + " is not " + (type.isEmpty() ? "typed in the document" : type) + ": " + value);
        if (schema.has("enum") && !schema.get("enum").toString().contains(value.toString())) problems.add(at + " is not in " + schema.get("enum"));
        for (JsonNode name : schema.path("required")) {
            if (!value.has(name.asText())) problems.add(at + " lacks " + name.asText());
        }
        schema.path("properties").fields().forEachRemaining(p -> {
            if (value.has(p.getKey())) conforms(doc, p.getValue(), value.get(p.getKey()), at + "." + p.getKey(), problems);
        });
        if (value.isObject() && schema.has("properties")) {
            value.fieldNames().forEachRemaining(f -> {
                if (!schema.get("properties").has(f)) problems.add(at + "." + f + " is not documented");
            });
        }
        if (schema.has("items")) {
            for (int i = 0; i < value.size(); i++) conforms(doc, schema.get("items"), value.get(i), at + "[" + i + "]", problems);
        }
    }
}
