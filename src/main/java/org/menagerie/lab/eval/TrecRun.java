package org.menagerie.lab.eval;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.menagerie.catalog.Check;

/**
 * A retrieval run: for each query, its documents in rank order. Reading sorts each query's lines by rank (then by
 * score, descending), so a run written out of order still scores as its ranks say.
 */
public record TrecRun(Map<String, List<RunLine>> byQuery) {
    public TrecRun {
        Check.notNull(byQuery, "byQuery");
        Map<String, List<RunLine>> copy = new LinkedHashMap<>();
        byQuery.forEach((q, lines) -> {
            List<RunLine> sorted = new ArrayList<>(lines);
            sorted.sort(Comparator.comparingInt(RunLine::rank).thenComparing(RunLine::score, Comparator.reverseOrder()));
            copy.put(q, List.copyOf(sorted));
        });
        byQuery = Collections.unmodifiableMap(copy);
    }

    public static TrecRun of(List<RunLine> lines) {
        Map<String, List<RunLine>> byQuery = new LinkedHashMap<>();
        for (RunLine l : lines) byQuery.computeIfAbsent(l.query(), q -> new ArrayList<>()).add(l);
        return new TrecRun(byQuery);
    }

    public static TrecRun read(Path file) {
        List<RunLine> lines = new ArrayList<>();
        try {
            int lineNo = 0;
            for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                lineNo++;
                if (line.isBlank()) continue;
                String[] f = line.strip().split("\\s+");
                if (f.length < 5) throw new IllegalArgumentException(file + ":" + lineNo + ": a run line needs 5 or 6 fields: " + line);
                lines.add(new RunLine(f[0], f[2], Integer.parseInt(f[3]), Double.parseDouble(f[4]), f.length > 5 ? f[5] : null));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return of(lines);
    }

    public void write(Path file) {
        try {
            if (file.toAbsolutePath().getParent() != null) Files.createDirectories(file.toAbsolutePath().getParent());
            try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
                for (List<RunLine> lines : byQuery.values()) {
                    for (RunLine l : lines) w.write(l.format() + "\n");
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The query's documents in rank order; empty when the run has no lines for it. */
    public List<String> ranking(String query) {
        return byQuery.getOrDefault(query, List.of()).stream().map(RunLine::doc).toList();
    }
}
