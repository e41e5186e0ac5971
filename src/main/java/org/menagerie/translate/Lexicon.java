package org.menagerie.translate;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;

/**
 * One language's lemmas with their English glosses, best first, as {@code menagerie lexicon build} writes them
 * ({@code lemma TAB gloss:weight ...}). A lemma the file lacks has no glosses.
 */
public final class Lexicon {
    /** An English gloss with its weight (summed votes of the sources that give it). */
    public record Gloss(String english, double weight) {
        public Gloss {
            if (english == null || english.isBlank()) throw new IllegalArgumentException("english must not be blank");
            if (!(weight > 0)) throw new IllegalArgumentException("weight must be positive: " + weight);
        }
    }

    private final Map<String, List<Gloss>> glosses;
    private volatile Stems stems;
    private final String description;

    Lexicon(Map<String, List<Gloss>> glosses, String description) {
        this.glosses = Map.copyOf(glosses);
        this.description = description;
    }

    /** The lexicon shipped for a language ({@code ro}, {@code ru}, {@code uk}), or null when none is. */
    static Lexicon shipped(String language) {
        InputStream in = Lexicon.class.getResourceAsStream(language + "-en.tsv.gz");
        if (in == null) return null;
        try (BufferedReader r = new BufferedReader(new InputStreamReader(new GZIPInputStream(in), StandardCharsets.UTF_8))) {
            return read(r);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Lexicon read(BufferedReader r) throws IOException {
        Map<String, List<Gloss>> out = new HashMap<>();
        String first = null;
        for (String line = r.readLine(); line != null; line = r.readLine()) {
            if (line.startsWith("#")) {
                if (first == null) first = line.substring(1).strip();
                continue;
            }
            String[] f = line.split("\t");
            List<Gloss> gs = new ArrayList<>(f.length - 1);
            for (int i = 1; i < f.length; i++) {
                int colon = f[i].lastIndexOf(':');
                gs.add(new Gloss(f[i].substring(0, colon), Double.parseDouble(f[i].substring(colon + 1))));
            }
            if (!gs.isEmpty()) out.put(f[0], List.copyOf(gs));
        }
        return new Lexicon(out, first == null ? "" : first);
    }

    /** The glosses of a lemma (looked up by {@link Words#key}), best first; empty when unknown. */
    public List<Gloss> glosses(String lemma) {
        return glosses.getOrDefault(Words.key(lemma), List.of());
    }

    /** The glosses of the lexicon's lemma that shares the word's Snowball stem, when the word itself is unknown. */
    List<Gloss> glossesByStem(String word, String language) {
        Stems s = stems;
        if (s == null) stems = s = new Stems(language, glosses.keySet());
        String lemma = s.lemma(word);
        return lemma == null ? List.of() : glosses(lemma);
    }

    public int size() {
        return glosses.size();
    }

    /** The file's first header line: what it is and how it was built. */
    public String description() {
        return description;
    }
}
