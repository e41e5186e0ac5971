package org.menagerie.catalog;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** Reads the native line format: one CaseJson object a line, as the JSONL export and the demo catalog write it. */
public final class CaseLines {
    private CaseLines() {}

    /**
     * Parses one line into a case, giving it {@code fallback} as provenance when the line names none.
     *
     * @throws IllegalArgumentException with a one-line reason when the line is not a valid case
     */
    public static Case parse(String line, Provenance fallback) {
        ObjectNode node = object(line);
        if (!node.hasNonNull("provenance")) node.set("provenance", CaseJson.MAPPER.valueToTree(fallback));
        return convert(node, Case.class);
    }

    /** Parses one line into a narrative. */
    public static Narrative narrative(String line) {
        return convert(object(line), Narrative.class);
    }

    /** The line as a JSON object. */
    public static ObjectNode object(String line) {
        JsonNode node;
        try {
            node = CaseJson.MAPPER.readTree(line);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("not JSON: " + e.getOriginalMessage());
        }
        if (!(node instanceof ObjectNode object)) throw new IllegalArgumentException("not a JSON object");
        return object;
    }

    private static <T> T convert(ObjectNode node, Class<T> type) {
        try {
            return CaseJson.MAPPER.treeToValue(node, type);
        } catch (ValueInstantiationException e) {
            // The record's own argument check, such as "claim must not be blank".
            Throwable cause = e.getCause() != null ? e.getCause() : e;
            throw new IllegalArgumentException("not a valid " + type.getSimpleName().toLowerCase() + ": " + cause.getMessage());
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("not a valid " + type.getSimpleName().toLowerCase() + ": " + e.getOriginalMessage());
        }
    }
}
