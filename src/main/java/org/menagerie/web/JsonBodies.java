package org.menagerie.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import io.javalin.http.Context;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;
import org.menagerie.catalog.CaseJson;

/**
 * Reads the JSON bodies of API requests, refusing in the API's own words what is not JSON (415), not well-formed (400)
 * or of the wrong shape (400, naming the field), so that no parser's message reaches a client.
 */
final class JsonBodies {
    private JsonBodies() {}

    /** The body as a {@code type}; an empty body is an empty object. */
    static <T> T read(Context ctx, Class<T> type) {
        String body = text(ctx);
        try {
            return CaseJson.MAPPER.readValue(body.isBlank() ? "{}" : body, type);
        } catch (JsonProcessingException e) {
            throw new ApiError(400, "error.api.body", describe(e));
        }
    }

    /** The body as a JSON object; an empty body is an empty object. */
    static JsonNode object(Context ctx) {
        JsonNode node = read(ctx, JsonNode.class);
        if (node == null || !node.isObject()) throw new ApiError(400, "error.api.object");
        return node;
    }

    /** A string field of a JSON object, or null when absent or null; any other type is refused. */
    static String string(JsonNode object, String field) {
        JsonNode v = object.get(field);
        if (v == null || v.isNull()) return null;
        if (!v.isTextual()) throw new ApiError(400, "error.api.string", field);
        return v.asText();
    }

    private static String text(Context ctx) {
        String type = ctx.contentType();
        String media = type == null ? "" : type.split(";")[0].strip().toLowerCase(Locale.ROOT);
        if (!media.equals("application/json") && !(media.isEmpty() && ctx.body().isBlank())) {
            throw new ApiError(415, "error.status.415");
        }
        return ctx.body();
    }

    /** What is wrong with the body, in the API's words: where, and what was expected. */
    static String describe(JsonProcessingException e) {
        if (e instanceof ValueInstantiationException v && v.getCause() instanceof IllegalArgumentException a) return a.getMessage();
        if (!(e instanceof JsonMappingException m)) {
            var at = e.getLocation();
            return "the body is not valid JSON" + (at == null || at.getLineNr() < 1 ? ""
                    : " (line " + at.getLineNr() + ", column " + at.getColumnNr() + ")");
        }
        if (m.getPath().isEmpty()) return "the body must be a JSON object";
        String field = m.getPath().stream().map(r -> r.getFieldName() != null ? r.getFieldName() : "[" + r.getIndex() + "]")
                .collect(Collectors.joining(".")).replace(".[", "[");
        if (e instanceof UnrecognizedPropertyException) return "unknown field " + field;
        if (e instanceof InvalidFormatException f && f.getTargetType() != null && f.getTargetType().isEnum()) {
            return field + " must be one of " + Arrays.stream(f.getTargetType().getEnumConstants()).map(Object::toString)
                    .collect(Collectors.joining(", ")) + ": " + f.getValue();
        }
        if (e instanceof InvalidFormatException f) return field + " has an invalid value: " + f.getValue();
        return field + " has the wrong type";
    }
}
