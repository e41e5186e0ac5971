package org.menagerie.check;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.menagerie.embedding.Embedder;
import org.menagerie.text.CheckWorthiness;

/**
 * The e5 query vectors of one check's sentences, each embedded once: check-worthiness embeds the sentences past its
 * gate, and matching needs the same vectors of the check-worthy ones (the same model, prefix and text). Kept for the
 * check in hand only (per thread, from {@link #during} to its end), so that a text checked again is embedded again and
 * a repeated check costs what a new one does.
 */
final class ClaimVectors implements CheckWorthiness.Vectors {
    private final Embedder embedder;
    private final ThreadLocal<Map<String, float[]>> check = new ThreadLocal<>();

    ClaimVectors(Embedder embedder) {
        this.embedder = embedder;
    }

    <T> T during(Supplier<T> work) {
        check.set(new HashMap<>());
        try {
            return work.get();
        } finally {
            check.remove();
        }
    }

    /** The query vectors of the texts, in order; those this check embedded already are not embedded again. */
    @Override
    public List<float[]> of(List<String> texts) {
        Map<String, float[]> known = check.get();
        if (known == null) return embedder.queries(texts);
        List<String> missing = new ArrayList<>();
        for (String t : texts) if (!known.containsKey(t) && !missing.contains(t)) missing.add(t);
        if (!missing.isEmpty()) {
            List<float[]> vectors = embedder.queries(missing);
            for (int i = 0; i < missing.size(); i++) known.put(missing.get(i), vectors.get(i));
        }
        List<float[]> out = new ArrayList<>(texts.size());
        for (String t : texts) out.add(known.get(t));
        return out;
    }

    String name() {
        return embedder.name();
    }
}
