package org.menagerie.lab.eval;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import org.menagerie.catalog.Check;

/**
 * Relevance judgements in the TREC format ({@code qid iter docid relevance}, tab or space separated); only
 * judgements above zero count as relevant.
 *
 * @param relevant for each query id, in file order, the ids of its relevant documents
 */
public record Qrels(Map<String, Set<String>> relevant) {
    public Qrels {
        Check.notNull(relevant, "relevant");
        Map<String, Set<String>> copy = new LinkedHashMap<>();
        relevant.forEach((q, docs) -> copy.put(q, Collections.unmodifiableSet(new LinkedHashSet<>(docs))));
        relevant = Collections.unmodifiableMap(copy);
    }

    public static Qrels read(Path file) {
        Map<String, Set<String>> relevant = new LinkedHashMap<>();
        try {
            int lineNo = 0;
            for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                lineNo++;
                if (line.isBlank()) continue;
                String[] f = line.strip().split("\\s+");
                if (f.length < 4) throw new IllegalArgumentException(file + ":" + lineNo + ": a qrels line needs 4 fields: " + line);
                Set<String> docs = relevant.computeIfAbsent(f[0], q -> new LinkedHashSet<>());
                if (Integer.parseInt(f[3]) > 0) docs.add(f[2]);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new Qrels(relevant);
    }

    public Set<String> queries() {
        return relevant.keySet();
    }

    public Set<String> relevant(String query) {
        return relevant.getOrDefault(query, Set.of());
    }
}
