package org.menagerie.ner;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Names the project already knows, for the gazetteer: the word lists the rule-based reader uses (places,
 * organisations, people, given names) and the demo catalog's countries, claimants and outlets.
 */
public final class KnownNames {
    private KnownNames() {}

    /** Names by gazetteer kind (PERSON, ORG, PLACE, FIRST). */
    public static Map<String, List<String>> read() throws IOException {
        Map<String, Set<String>> out = new TreeMap<>();
        add(out, "PLACE", lines("/org/menagerie/text/places.txt"));
        add(out, "ORG", lines("/org/menagerie/text/organisations.txt"));
        add(out, "PERSON", words("/org/menagerie/text/people.txt"));
        add(out, Gazetteer.FIRST_NAME, words("/org/menagerie/text/first-names.txt"));
        ObjectMapper json = new ObjectMapper();
        for (String line : lines("/org/menagerie/demo/cases.jsonl")) {
            JsonNode c = json.readTree(line);
            for (JsonNode country : c.path("countries")) add(out, "PLACE", List.of(country.asText()));
            if (c.hasNonNull("claimant")) add(out, "PERSON", List.of(c.get("claimant").asText()));
            for (JsonNode a : c.path("appearances")) if (a.hasNonNull("outlet")) add(out, "ORG", List.of(a.get("outlet").asText()));
        }
        Map<String, List<String>> lists = new TreeMap<>();
        out.forEach((k, v) -> lists.put(k, List.copyOf(v)));
        return lists;
    }

    private static void add(Map<String, Set<String>> out, String kind, List<String> names) {
        Set<String> set = out.computeIfAbsent(kind, k -> new LinkedHashSet<>());
        for (String n : names) if (!n.isBlank()) set.add(n.strip());
    }

    private static List<String> words(String resource) throws IOException {
        List<String> out = new ArrayList<>();
        for (String line : lines(resource)) out.addAll(List.of(line.split("\\s+")));
        return out;
    }

    private static List<String> lines(String resource) throws IOException {
        try (InputStream in = KnownNames.class.getResourceAsStream(resource)) {
            if (in == null) throw new IOException("missing resource " + resource);
            return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines()
                    .map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#")).toList();
        }
    }
}
