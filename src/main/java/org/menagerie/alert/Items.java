package org.menagerie.alert;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.menagerie.catalog.Problem;

/**
 * Reads a stream of items, one JSON object a line: {@code {id, published, outlet, url, title, text, language}}.
 * Lenient: a line that is not such an object becomes a problem with its line number and the rest is read.
 */
public final class Items {
    private static final ObjectMapper JSON = new ObjectMapper();

    /** What a file held: its items in time order (file order among equal times) and its problems. */
    public record Read(List<Item> items, List<Problem> problems) {
        public Read {
            items = List.copyOf(items);
            problems = List.copyOf(problems);
        }
    }

    private Items() {}

    public static Read read(Path file) throws IOException {
        String name = file.getFileName().toString();
        List<Item> items = new ArrayList<>();
        List<Problem> problems = new ArrayList<>();
        try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String line;
            long number = 0;
            while ((line = r.readLine()) != null) {
                number++;
                if (line.isBlank()) continue;
                try {
                    items.add(parse(line));
                } catch (IOException | IllegalArgumentException e) {
                    problems.add(new Problem(name, number, e.getMessage() == null ? e.toString() : e.getMessage()));
                }
            }
        }
        items.sort(Comparator.comparing(Item::published));
        return new Read(items, problems);
    }

    static Item parse(String line) throws IOException {
        JsonNode o = JSON.readTree(line);
        if (o == null || !o.isObject()) throw new IllegalArgumentException("not a JSON object");
        return new Item(text(o, "id"), instant(text(o, "published")), text(o, "outlet"), text(o, "url"),
                text(o, "title"), text(o, "text"), text(o, "language"));
    }

    /** ISO 8601 with an offset ("2024-01-02T10:00:00+03:00", "...Z"); a bare date is read as midnight UTC. */
    static Instant instant(String text) {
        if (text == null) throw new IllegalArgumentException("published must not be missing");
        try {
            return OffsetDateTime.parse(text).toInstant();
        } catch (DateTimeParseException e) {
            try {
                return java.time.LocalDate.parse(text).atStartOfDay(java.time.ZoneOffset.UTC).toInstant();
            } catch (DateTimeParseException e2) {
                throw new IllegalArgumentException("published is not an ISO 8601 time: \"" + text + "\"");
            }
        }
    }

    private static String text(JsonNode o, String field) {
        JsonNode v = o.get(field);
        return v == null || v.isNull() ? null : v.asText();
    }
}
