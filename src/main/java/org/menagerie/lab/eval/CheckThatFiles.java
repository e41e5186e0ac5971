package org.menagerie.lab.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.menagerie.catalog.Case;
import org.menagerie.catalog.Provenance;

/**
 * The CLEF CheckThat! claim-retrieval files: verified claims ({@code vclaims.tsv}: id, vclaim, title; or
 * {@code vclaims.jsonl}: vclaim_id, vclaim, title, subtitle, ...) as Cases, and tweets ({@code queries.tsv}: id, text).
 * A header line (one whose id column is empty or "id") is skipped.
 */
public final class CheckThatFiles {
    private CheckThatFiles() {}

    public static List<Case> vclaims(Path file) {
        String name = file.getFileName().toString();
        return name.endsWith(".jsonl") || name.endsWith(".json") ? jsonl(file) : tsv(file);
    }

    /** Query id to tweet text, in file order. */
    public static Map<String, String> queries(Path file) {
        Map<String, String> queries = new LinkedHashMap<>();
        for (List<String> row : Tsv.parse(read(file))) {
            if (row.size() < 2 || isHeader(row.get(0))) continue;
            queries.put(row.get(0).strip(), row.get(1));
        }
        return queries;
    }

    private static List<Case> tsv(Path file) {
        List<Case> cases = new ArrayList<>();
        String name = file.getFileName().toString();
        int record = 0;
        for (List<String> row : Tsv.parse(read(file))) {
            record++;
            if (row.size() < 2 || isHeader(row.get(0)) || row.get(1).isBlank()) continue;
            cases.add(Case.builder(row.get(0).strip(), row.get(1))
                    .title(row.size() > 2 ? row.get(2) : null)
                    .provenance(Provenance.ofFile("checkthat", name, record)).build());
        }
        return cases;
    }

    private static List<Case> jsonl(Path file) {
        ObjectMapper json = new ObjectMapper();
        List<Case> cases = new ArrayList<>();
        String name = file.getFileName().toString();
        int line = 0;
        for (String text : read(file).split("\n")) {
            line++;
            if (text.isBlank()) continue;
            try {
                JsonNode n = json.readTree(text);
                cases.add(Case.builder(n.path("vclaim_id").asText(), n.path("vclaim").asText())
                        .title(n.path("title").asText(null)).summary(n.path("subtitle").asText(null))
                        .reviewer(n.path("author").asText(null)).reviewDate(date(n.path("date").asText("")))
                        .provenance(Provenance.ofFile("checkthat", name, line)).build());
            } catch (IOException e) {
                throw new IllegalArgumentException(file + ":" + line + ": not a JSON object: " + e.getMessage(), e);
            }
        }
        return cases;
    }

    /** Dates as the Snopes pages print them ("26 May 2015"); anything else is left out. */
    private static java.time.LocalDate date(String text) {
        try {
            return java.time.LocalDate.parse(text.strip(), java.time.format.DateTimeFormatter.ofPattern("d MMMM yyyy", java.util.Locale.ENGLISH));
        } catch (java.time.format.DateTimeParseException e) {
            return null;
        }
    }

    private static boolean isHeader(String id) {
        return id.isBlank() || id.equalsIgnoreCase("id");
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
