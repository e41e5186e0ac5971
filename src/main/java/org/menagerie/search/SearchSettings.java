package org.menagerie.search;

import java.nio.file.Path;
import org.menagerie.embedding.Embedder;

/**
 * How search is set up, from the workspace's settings.
 *
 * <ul>
 *   <li>{@code search.vectors} (true): index sentence vectors; false makes indexing fast and search keyword-only
 *   <li>{@code search.fusion} (weighted): {@code weighted} (min-max normalised scores, summed) or {@code rrf}
 *   <li>{@code search.keywordWeight} (0.4): the keyword share of the weighted sum
 *   <li>{@code embedding.model} (e5-small-v2-q): a built-in model; or {@code embedding.onnx} with
 *       {@code embedding.tokenizer}, {@code embedding.pooling} (mean|cls), {@code embedding.queryPrefix},
 *       {@code embedding.passagePrefix} for any BERT-style ONNX model
 *   <li>{@code search.language} (en): the language a query is read in when the request names none
 *   <li>{@code search.vectorFloor} ({@value #VECTOR_FLOOR}): the cosine a case's vector must reach for vector search
 *       to add it to the results (see docs/search.md for how it was chosen)
 *   <li>{@code search.hnsw.maxConn}, {@code search.hnsw.beamWidth}, {@code search.hnsw.quantization},
 *       {@code search.hnsw.mergeThreads}: how the vector graph is built ({@link HnswSettings})
 * </ul>
 */
public record SearchSettings(boolean vectors, Fusion fusion, float keywordWeight, String model, Path onnx, Path tokenizer,
                             String pooling, String queryPrefix, String passagePrefix, String language, float vectorFloor,
                             HnswSettings hnsw) {
    public static final float VECTOR_FLOOR = 0.84f;

    public enum Fusion { WEIGHTED, RRF }

    public SearchSettings {
        fusion = fusion == null ? Fusion.WEIGHTED : fusion;
        if (!(keywordWeight >= 0 && keywordWeight <= 1)) throw new IllegalArgumentException("keywordWeight must be in [0, 1]: " + keywordWeight);
        if (onnx != null && tokenizer == null) throw new IllegalArgumentException("embedding.tokenizer must be set with embedding.onnx");
        language = language == null || language.isBlank() ? "en" : language.strip().toLowerCase(java.util.Locale.ROOT);
        if (!(vectorFloor >= -1 && vectorFloor <= 1)) throw new IllegalArgumentException("search.vectorFloor must be in [-1, 1]: " + vectorFloor);
        hnsw = hnsw == null ? HnswSettings.defaults() : hnsw;
    }

    public static SearchSettings defaults() {
        return new SearchSettings(true, Fusion.WEIGHTED, 0.4f, "e5-small-v2-q", null, null, null, null, null, "en", VECTOR_FLOOR, null);
    }

    public static SearchSettings keywordOnly() {
        return new SearchSettings(false, Fusion.WEIGHTED, 0.4f, null, null, null, null, null, null, "en", VECTOR_FLOOR, null);
    }

    /**
     * The settings in {@code settings} (a workspace's), file names resolved against {@code root} (its directory).
     */
    public static SearchSettings from(java.util.Properties settings, Path root) {
        Setting ws = (key, fallback) -> settings.getProperty(key, fallback);
        String onnx = ws.setting("embedding.onnx", null);
        String tokenizer = ws.setting("embedding.tokenizer", null);
        return new SearchSettings(
                Boolean.parseBoolean(ws.setting("search.vectors", "true")),
                Fusion.valueOf(ws.setting("search.fusion", "weighted").strip().toUpperCase(java.util.Locale.ROOT)),
                Float.parseFloat(ws.setting("search.keywordWeight", "0.4")),
                ws.setting("embedding.model", "e5-small-v2-q"),
                onnx == null ? null : root.resolve(onnx),
                tokenizer == null ? null : root.resolve(tokenizer),
                ws.setting("embedding.pooling", "mean"),
                ws.setting("embedding.queryPrefix", ""),
                ws.setting("embedding.passagePrefix", ""),
                ws.setting("search.language", "en"),
                Float.parseFloat(ws.setting("search.vectorFloor", Float.toString(VECTOR_FLOOR))),
                HnswSettings.from(settings));
    }

    private interface Setting {
        String setting(String key, String fallback);
    }

    public SearchSettings withVectors(boolean on) {
        return new SearchSettings(on, fusion, keywordWeight, model, onnx, tokenizer, pooling, queryPrefix, passagePrefix, language, vectorFloor, hnsw);
    }

    public SearchSettings withFusion(Fusion f, float weight) {
        return new SearchSettings(vectors, f, weight, model, onnx, tokenizer, pooling, queryPrefix, passagePrefix, language, vectorFloor, hnsw);
    }

    public SearchSettings withVectorFloor(float floor) {
        return new SearchSettings(vectors, fusion, keywordWeight, model, onnx, tokenizer, pooling, queryPrefix, passagePrefix, language, floor, hnsw);
    }

    public SearchSettings withHnsw(HnswSettings h) {
        return new SearchSettings(vectors, fusion, keywordWeight, model, onnx, tokenizer, pooling, queryPrefix, passagePrefix, language, vectorFloor, h);
    }

    /** The embedder these settings name, or null when vectors are off. Loading a model takes a few seconds. */
    Embedder embedder() {
        if (!vectors) return null;
        if (onnx != null) {
            String name = model == null || model.equals("e5-small-v2-q") ? onnx.getFileName().toString() : model;
            return Embedder.fromFiles(name, onnx, tokenizer, pooling, queryPrefix, passagePrefix);
        }
        return Embedder.named(model);
    }
}
