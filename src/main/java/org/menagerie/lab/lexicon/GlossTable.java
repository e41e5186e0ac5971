package org.menagerie.lab.lexicon;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.GZIPOutputStream;
import org.menagerie.translate.Words;

/**
 * Votes for English glosses of source-language lemmas, summed over sources, written as the lexicon file the
 * translation reads: {@code lemma TAB gloss:weight TAB gloss:weight ...}, best first, gzip'd.
 */
final class GlossTable {
    /** Glosses kept per lemma: more only adds senses the matcher must wade through. */
    static final int KEPT = 8;
    private final Map<String, Map<String, Double>> votes = new HashMap<>();
    private final Map<String, Integer> pairsBySource = new LinkedHashMap<>();

    /** One source's vote for a gloss of a lemma; a gloss longer than three words is a definition, not a translation. */
    void vote(String source, String lemma, String gloss, double weight) {
        String key = Words.key(lemma);
        String g = gloss.strip().replace('_', ' ').replaceAll("\\s+", " ");
        if (key.isEmpty() || key.contains("\t") || g.isEmpty() || g.split(" ").length > 3 || g.contains("\t")) return;
        if (!g.chars().anyMatch(Character::isLetter)) return;
        // the same word in another case ("Crimea", "crimea") is one gloss; a capital is kept when a source writes one
        Map<String, Double> glosses = votes.computeIfAbsent(key, k -> new LinkedHashMap<>());
        String existing = glosses.keySet().stream().filter(x -> x.equalsIgnoreCase(g)).findFirst().orElse(g);
        glosses.merge(existing, weight, Double::sum);
        pairsBySource.merge(source, 1, Integer::sum);
    }

    int lemmas() {
        return votes.size();
    }

    Map<String, Integer> pairsBySource() {
        return pairsBySource;
    }

    /** Writes the table, sorted by lemma, with a header of comment lines. */
    void write(Path file, List<String> header) {
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            try (Writer w = new OutputStreamWriter(new GZIPOutputStream(Files.newOutputStream(file)), StandardCharsets.UTF_8)) {
                for (String h : header) w.write("# " + h + "\n");
                for (var e : new TreeMap<>(votes).entrySet()) {
                    List<Map.Entry<String, Double>> best = new ArrayList<>(e.getValue().entrySet());
                    best.sort(Map.Entry.<String, Double>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()));
                    StringBuilder line = new StringBuilder(e.getKey());
                    for (var g : best.subList(0, Math.min(KEPT, best.size()))) {
                        line.append('\t').append(g.getKey()).append(':').append(String.format(Locale.ROOT, "%.2f", g.getValue()));
                    }
                    w.write(line.append('\n').toString());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
