package org.menagerie.publish;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.menagerie.catalog.Status;

/**
 * The analyses and bulletins a new workspace starts with, read from Markdown files with a small header
 * ({@code key: value} lines, then {@code ---}).
 */
public final class DemoPublications {
    private static final String DIR = "/org/menagerie/publish/demo/";

    private DemoPublications() {}

    public static List<Publication> all() {
        List<Publication> out = new ArrayList<>();
        for (String line : read("index.txt").split("\n")) {
            String name = line.strip();
            if (!name.isEmpty() && !name.startsWith("#")) out.add(parse(read(name), name));
        }
        return out;
    }

    /** Saves the demo publications into an empty store; returns how many it wrote. */
    public static int loadInto(PublicationStore store) {
        if (store.count(new PublicationStore.Filter(null, null, null, null, false)) > 0) return 0;
        List<Publication> all = all();
        all.forEach(p -> store.put(p, "demo"));
        return all.size();
    }

    static Publication parse(String text, String name) {
        int sep = text.indexOf("\n---\n");
        if (sep < 0) throw new IllegalArgumentException(name + ": no '---' line after the header");
        Map<String, String> h = new HashMap<>();
        for (String line : text.substring(0, sep).split("\n")) {
            int colon = line.indexOf(':');
            if (colon > 0) h.put(line.substring(0, colon).strip(), line.substring(colon + 1).strip());
        }
        return new Publication(h.get("slug"), Publication.Kind.valueOf(h.get("kind")), h.get("language"),
                h.get("title"), h.get("author"), h.get("category"), list(h.get("tags")), text.substring(sep + 5).strip(),
                h.containsKey("photo") ? List.of(h.get("photo")) : List.of(), list(h.get("cases")), Status.PUBLISHED,
                LocalDate.parse(h.get("published")), null);
    }

    private static List<String> list(String csv) {
        if (csv == null || csv.isBlank()) return List.of();
        return Arrays.stream(csv.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    private static String read(String name) {
        try (InputStream in = DemoPublications.class.getResourceAsStream(DIR + name)) {
            if (in == null) throw new IllegalStateException("missing demo resource " + name);
            return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines()
                    .collect(Collectors.joining("\n"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
