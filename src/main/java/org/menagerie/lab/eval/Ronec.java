package org.menagerie.lab.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.menagerie.ner.TaggedSentence;

/**
 * Reads RONEC (Romanian named entities, v2) files: a JSON array of sentences {tokens, ner_tags, space_after}, BIO2.
 * Of the 15 RONEC classes, three are compared: PERSON, ORG as ORGANISATION, and GPE and LOC together as PLACE
 * (countries, cities, regions, rivers, streets); FACILITY, EVENT, NAT_REL_POL and the numeric classes are left out.
 */
public final class Ronec {
    /** The RONEC classes that map to our three; every other class is not compared. */
    public static final Map<String, String> CLASSES = Map.of("PERSON", "PERSON", "ORG", "ORGANISATION",
            "GPE", "PLACE", "LOC", "PLACE");

    /** One sentence: its text rebuilt from the tokens, the tokens' character offsets, and the gold spans. */
    public record Sentence(String text, int[] starts, int[] ends, Set<Span> gold) {}

    /** A typed span over token indexes [first, last]. */
    public record Span(String type, int first, int last) {}

    private Ronec() {}

    public static List<Sentence> read(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            JsonNode root = new ObjectMapper().readTree(in);
            if (!root.isArray()) throw new IllegalArgumentException("not a RONEC file (a JSON array): " + file);
            List<Sentence> out = new ArrayList<>();
            for (JsonNode record : root) out.add(sentence(record));
            return out;
        }
    }

    /** The sentences with every class's BIO2 tags, as a sequence labeller trains on them. */
    public static List<TaggedSentence> readTagged(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            JsonNode root = new ObjectMapper().readTree(in);
            if (!root.isArray()) throw new IllegalArgumentException("not a RONEC file (a JSON array): " + file);
            List<TaggedSentence> out = new ArrayList<>();
            for (JsonNode record : root) {
                List<String> tokens = new ArrayList<>();
                List<String> tags = new ArrayList<>();
                record.path("tokens").forEach(t -> tokens.add(t.asText()));
                record.path("ner_tags").forEach(t -> tags.add(t.asText()));
                if (tokens.isEmpty() || tokens.size() != tags.size()) {
                    throw new IllegalArgumentException("RONEC record without matching tokens and ner_tags: " + record.path("id"));
                }
                out.add(new TaggedSentence(tokens, tags));
            }
            return out;
        }
    }

    static Sentence sentence(JsonNode record) {
        JsonNode tokens = record.path("tokens");
        JsonNode tags = record.path("ner_tags");
        JsonNode space = record.path("space_after");
        if (!tokens.isArray() || tokens.size() != tags.size()) {
            throw new IllegalArgumentException("RONEC record without matching tokens and ner_tags: " + record.path("id"));
        }
        StringBuilder text = new StringBuilder();
        int n = tokens.size();
        int[] starts = new int[n];
        int[] ends = new int[n];
        for (int i = 0; i < n; i++) {
            starts[i] = text.length();
            text.append(tokens.get(i).asText());
            ends[i] = text.length();
            if (i + 1 < n && space.path(i).asBoolean(true)) text.append(' ');
        }
        return new Sentence(text.toString(), starts, ends, spans(tags));
    }

    /** Strict BIO2 spans: an I- tag that does not continue a span of its class starts none. */
    static Set<Span> spans(JsonNode tags) {
        Set<Span> out = new HashSet<>();
        String type = null;
        int first = -1;
        for (int i = 0; i <= tags.size(); i++) {
            String tag = i < tags.size() ? tags.get(i).asText() : "O";
            boolean inside = tag.startsWith("I-") && type != null && tag.substring(2).equals(type);
            if (!inside && type != null) {
                String mapped = CLASSES.get(type);
                if (mapped != null) out.add(new Span(mapped, first, i - 1));
                type = null;
            }
            if (tag.startsWith("B-")) {
                type = tag.substring(2);
                first = i;
            }
        }
        return out;
    }
}
