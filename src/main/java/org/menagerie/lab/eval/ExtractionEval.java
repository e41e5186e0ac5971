package org.menagerie.lab.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Scores predicted article bodies against a ground truth, both as {@code {id: {"articleBody": text}}} JSON files;
 * every id of the truth counts, a missing prediction as empty text.
 */
public final class ExtractionEval {
    private ExtractionEval() {}

    /** The averaged result and each page's score. */
    public record Result(Shingles.Score mean, Map<String, Shingles.Score> pages) {
        public int size() {
            return pages.size();
        }
    }

    public static Result evaluate(Path predictions, Path truth) throws IOException {
        return evaluate(bodies(predictions), bodies(truth));
    }

    public static Result evaluate(Map<String, String> predicted, Map<String, String> truth) {
        if (truth.isEmpty()) throw new IllegalArgumentException("truth must not be empty");
        Map<String, Shingles.Score> pages = new LinkedHashMap<>();
        for (Map.Entry<String, String> e : truth.entrySet()) {
            pages.put(e.getKey(), Shingles.score(predicted.getOrDefault(e.getKey(), ""), e.getValue()));
        }
        List<Shingles.Score> all = new ArrayList<>(pages.values());
        double p = all.stream().mapToDouble(Shingles.Score::precision).average().orElse(0);
        double r = all.stream().mapToDouble(Shingles.Score::recall).average().orElse(0);
        double f = all.stream().mapToDouble(Shingles.Score::f1).average().orElse(0);
        return new Result(new Shingles.Score(p, r, f), pages);
    }

    /** Reads {@code {id: {"articleBody": text, ...}}}; an entry without articleBody counts as empty text. */
    public static Map<String, String> bodies(Path file) throws IOException {
        return field(file, "articleBody");
    }

    /** The "url" of each entry, when the file has them (the ground truth does). */
    public static Map<String, String> urls(Path file) throws IOException {
        return field(file, "url");
    }

    private static Map<String, String> field(Path file, String field) throws IOException {
        JsonNode root = new ObjectMapper().readTree(file.toFile());
        if (root == null || !root.isObject()) {
            throw new IllegalArgumentException(file + " is not a JSON object of {id: {\"articleBody\": text}}");
        }
        Map<String, String> out = new LinkedHashMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = root.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            out.put(e.getKey(), e.getValue().path(field).asText(""));
        }
        return out;
    }
}
