package org.menagerie.feed;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.menagerie.catalog.Problem;

/**
 * Channel exports as files: a Telegram channel's JSON array of posts, and generic JSON lines
 * {@code {id, published, outlet, url, title, text, language}} (the one reader of ingest and of replay streams). Both are streamed, so a file of any size reads in
 * constant memory; a bad record is reported with its position and the rest go on.
 */
final class Exports {
    private static final ObjectMapper JSON = new ObjectMapper();

    private Exports() {}

    /** A Telegram export: {message_id, sender_id, text, date, channel}; posts without text are skipped, not reported. */
    static void telegram(Path file, Consumer<Item> items, List<Problem> problems) throws IOException {
        String name = file.getFileName().toString();
        try (InputStream in = Files.newInputStream(file); JsonParser p = JSON.createParser(in)) {
            if (p.nextToken() != JsonToken.START_ARRAY) {
                problems.add(new Problem(name, 1, "a Telegram export is a JSON array of posts"));
                return;
            }
            long n = 0;
            while (p.nextToken() == JsonToken.START_OBJECT) {
                n++;
                JsonNode post = JSON.readTree(p);
                try {
                    Item item = telegramPost(post);
                    if (item != null) items.accept(item);
                } catch (IllegalArgumentException e) {
                    problems.add(new Problem(name, n, "post " + n + ": " + e.getMessage()));
                }
            }
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            problems.add(new Problem(name, e.getLocation() == null ? 0 : e.getLocation().getLineNr(),
                    "not valid JSON: " + e.getOriginalMessage()));
        }
    }

    private static Item telegramPost(JsonNode post) {
        String text = text(post.get("text"));
        if (text == null || text.isBlank()) return null;
        String id = required(post, "message_id");
        String channel = post.hasNonNull("sender_id") ? post.get("sender_id").asText() : post.path("channel").asText("");
        return new Item("telegram:" + channel + ":" + id, str(post, "channel"), null, null, text,
                instant(str(post, "date")), null, false);
    }

    /** Telegram's text is a string, or an array of strings and {type, text} entities. */
    private static String text(JsonNode node) {
        if (node == null || node.isNull()) return null;
        if (node.isTextual()) return node.asText();
        if (!node.isArray()) return null;
        StringBuilder b = new StringBuilder();
        for (JsonNode part : node) b.append(part.isTextual() ? part.asText() : part.path("text").asText(""));
        return b.toString();
    }

    /** JSON lines: one item a line; blank lines are skipped. */
    static void jsonl(Path file, Consumer<Item> items, List<Problem> problems) throws IOException {
        String name = file.getFileName().toString();
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String line;
            long n = 0;
            while ((line = in.readLine()) != null) {
                n++;
                if (line.isBlank()) continue;
                try {
                    JsonNode o = JSON.readTree(line);
                    if (!o.isObject()) throw new IllegalArgumentException("not a JSON object");
                    items.accept(new Item(required(o, "id"), str(o, "outlet"), str(o, "url"), str(o, "title"),
                            str(o, "text"), instant(str(o, "published")), str(o, "language"), false));
                } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
                    problems.add(new Problem(name, n, "not valid JSON: " + e.getOriginalMessage()));
                } catch (IllegalArgumentException e) {
                    problems.add(new Problem(name, n, e.getMessage()));
                }
            }
        }
    }

    private static String required(JsonNode o, String field) {
        String v = str(o, field);
        if (v == null || v.isBlank()) throw new IllegalArgumentException(field + " is missing");
        return v;
    }

    private static String str(JsonNode o, String field) {
        JsonNode v = o.get(field);
        return v == null || v.isNull() ? null : v.asText();
    }

    /** ISO 8601 with an offset or a Z, or a bare date (midnight UTC); null when absent. */
    static Instant instant(String value) {
        if (value == null || value.isBlank()) return null;
        String v = value.strip();
        try {
            return OffsetDateTime.parse(v).toInstant();
        } catch (DateTimeParseException e) {
            try {
                return Instant.parse(v);
            } catch (DateTimeParseException again) {
                try {
                    return LocalDate.parse(v).atStartOfDay(ZoneOffset.UTC).toInstant();
                } catch (DateTimeParseException last) {
                    throw new IllegalArgumentException("published is not an ISO 8601 date-time: " + value);
                }
            }
        }
    }
}
