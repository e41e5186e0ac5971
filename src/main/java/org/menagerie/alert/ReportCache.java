package org.menagerie.alert;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.HashMap;
import java.util.Map;
import org.menagerie.check.Report;

/**
 * Check reports kept by item id in a JSONL file, so that a replay re-run with another alert model (or other
 * thresholds) decides again without checking again. Only valid for the catalog and checker it was made with; a line
 * cut short by a crash is ignored.
 */
public final class ReportCache implements AutoCloseable {
    private static final ObjectMapper JSON = new ObjectMapper().configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);
    private final Map<String, Report> reports = new HashMap<>();
    private final BufferedWriter out;

    public ReportCache(Path file) throws IOException {
        if (Files.exists(file)) {
            try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                String line;
                while ((line = r.readLine()) != null) {
                    try {
                        JsonNode o = JSON.readTree(line);
                        // a report's notes are written as their English text alone, which does not read back into a
                        // note; alerting does not read them, so they are dropped
                        if (o.get("report") instanceof ObjectNode report) report.putArray("notes");
                        reports.put(o.get("id").asText(), JSON.treeToValue(o.get("report"), Report.class));
                    } catch (IOException | RuntimeException e) {
                        // a line cut short: that item is checked again
                    }
                }
            }
        }
        out = Files.newBufferedWriter(file, StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
    }

    public Report get(String itemId) {
        return reports.get(itemId);
    }

    public synchronized void put(String itemId, Report report) {
        reports.put(itemId, report);
        ObjectNode o = JSON.createObjectNode();
        o.put("id", itemId);
        o.set("report", JSON.valueToTree(report));
        try {
            out.write(JSON.writeValueAsString(o));
            out.write('\n');
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public int size() {
        return reports.size();
    }

    @Override
    public void close() throws IOException {
        out.close();
    }
}
