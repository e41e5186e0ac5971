package org.menagerie.search;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.menagerie.catalog.Case;
import org.menagerie.embedding.Embedder;

/**
 * The vectors of cases: reused from the index when the case's text and the model are unchanged, else embedded in one
 * batch, since embedding is by far the slowest part of indexing.
 */
final class Vectors {
    /** A vector with the key of the text and model it was made from. */
    record Keyed(float[] vector, String key) {}

    private final Embedder embedder;
    private long embedded;
    private long reused;

    /** {@code embedder} null turns vectors off: documents are indexed without them. */
    Vectors(Embedder embedder) {
        this.embedder = embedder;
    }

    boolean enabled() {
        return embedder != null;
    }

    /** One entry per case, null entries when vectors are off; the vectors {@code engine} holds are reused. */
    List<Keyed> of(List<Case> cases, SearchEngine engine) {
        Keyed[] out = new Keyed[cases.size()];
        if (embedder == null) return Arrays.asList(out);
        List<Integer> missing = new ArrayList<>();
        List<String> texts = new ArrayList<>();
        Map<String, SearchEngine.StoredVector> previous = engine.vectors(cases.stream().map(Case::id).toList());
        for (int i = 0; i < cases.size(); i++) {
            String passage = CaseDocument.passage(cases.get(i));
            String key = CaseDocument.vectorKey(embedder.name(), passage);
            SearchEngine.StoredVector old = previous.get(cases.get(i).id());
            if (old != null && key.equals(old.key())) {
                out[i] = new Keyed(old.vector(), key);
                reused++;
            } else {
                out[i] = new Keyed(null, key);
                missing.add(i);
                texts.add(passage);
            }
        }
        if (!texts.isEmpty()) {
            List<float[]> vectors = embedder.passages(texts);
            for (int j = 0; j < missing.size(); j++) out[missing.get(j)] = new Keyed(vectors.get(j), out[missing.get(j)].key());
            embedded += texts.size();
        }
        return Arrays.asList(out);
    }

    long embedded() {
        return embedded;
    }

    long reused() {
        return reused;
    }
}
