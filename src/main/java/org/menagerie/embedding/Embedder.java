package org.menagerie.embedding;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Turns sentences into unit-length vectors, in-process and offline. Asymmetric models (e5) want a "query: " or
 * "passage: " prefix; {@link #query} and {@link #passage} add the model's own.
 *
 * <p>The built-in models ship with their ONNX files on the class path; each is loaded once per process and shared.
 * Texts are cut at 512 tokens (the models' limit) and embedded each alone, on all cores at once.
 */
public final class Embedder {
    private static final Map<String, OnnxEncoder> LOADED = new ConcurrentHashMap<>();
    private final String name;
    private final OnnxEncoder model;
    private final String queryPrefix;
    private final String passagePrefix;
    private volatile int dimension;

    private Embedder(String name, OnnxEncoder model, String queryPrefix, String passagePrefix) {
        this.name = name;
        this.model = model;
        this.queryPrefix = queryPrefix;
        this.passagePrefix = passagePrefix;
    }

    /** The default: e5-small-v2, quantised; the strongest single model measured on claim retrieval here. */
    public static Embedder e5Small() {
        return new Embedder("e5-small-v2-q", builtIn("e5-small-v2-q", false), "query: ", "passage: ");
    }

    public static Embedder bgeSmall() {
        return new Embedder("bge-small-en-v1.5-q", builtIn("bge-small-en-v1.5-q", true),
                "Represent this sentence for searching relevant passages: ", "");
    }

    /**
     * How the model is run, for measuring: tokens per text at most, texts per ONNX call, ONNX threads per call,
     * calls at once (0: one per core). The default is {@code (512, 1, 1, 0)}: each text alone.
     */
    public record Tuning(int maxTokens, int batch, int threads, int workers) {
        public static Tuning defaults() {
            return new Tuning(512, OnnxEncoder.DEFAULT_BATCH, 1, 0);
        }
    }

    /** e5-small-v2 run as {@code tuning} says, in a session of its own (for benchmarks). */
    public static Embedder e5Small(Tuning tuning) {
        OnnxEncoder encoder = new OnnxEncoder(resource("e5-small-v2-q.onnx"),
                new java.io.ByteArrayInputStream(resource("e5-small-v2-q-tokenizer.json")), false,
                new OnnxEncoder.Settings(tuning.maxTokens(), tuning.batch(), tuning.threads(), tuning.workers()));
        return new Embedder("e5-small-v2-q", encoder, "query: ", "passage: ");
    }

    /** The number of tokens of each passage, prefix and special tokens included, after the cut at the tuning's limit. */
    public int[] passageTokens(List<String> texts) {
        long[][] ids = model.tokenize(texts.stream().map(t -> passagePrefix + t).toList());
        int[] out = new int[ids.length];
        for (int i = 0; i < ids.length; i++) out[i] = ids[i].length;
        return out;
    }

    private static OnnxEncoder builtIn(String file, boolean cls) {
        return LOADED.computeIfAbsent(file, f -> new OnnxEncoder(resource(f + ".onnx"),
                new java.io.ByteArrayInputStream(resource(f + "-tokenizer.json")), cls, OnnxEncoder.Settings.defaults()));
    }

    private static byte[] resource(String name) {
        try (InputStream in = Embedder.class.getClassLoader().getResourceAsStream(name)) {
            if (in == null) throw new IllegalStateException("the embedding model file is missing from the class path: " + name);
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Any BERT-style ONNX model with its tokenizer.json, a multilingual one say.
     *
     * @param pooling "mean" or "cls"
     */
    public static Embedder fromFiles(String name, Path onnx, Path tokenizer, String pooling,
                                     String queryPrefix, String passagePrefix) {
        Objects.requireNonNull(name, "name");
        if (!Files.isRegularFile(onnx)) throw new IllegalArgumentException("onnx model not found: " + onnx);
        if (!Files.isRegularFile(tokenizer)) throw new IllegalArgumentException("tokenizer not found: " + tokenizer);
        boolean cls = switch (pooling == null ? "mean" : pooling.toLowerCase(java.util.Locale.ROOT)) {
            case "mean" -> false;
            case "cls" -> true;
            default -> throw new IllegalArgumentException("pooling must be mean or cls: " + pooling);
        };
        OnnxEncoder model = LOADED.computeIfAbsent(onnx.toAbsolutePath() + "|" + tokenizer.toAbsolutePath() + "|" + cls, k -> {
            try (InputStream json = Files.newInputStream(tokenizer)) {
                return new OnnxEncoder(Files.readAllBytes(onnx), json, cls, OnnxEncoder.Settings.defaults());
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + onnx + ": " + e.getMessage(), e);
            }
        });
        return new Embedder(name, model, Objects.toString(queryPrefix, ""), Objects.toString(passagePrefix, ""));
    }

    /** Picks a built-in model by name: "e5-small-v2-q" (default) or "bge-small-en-v1.5-q". */
    public static Embedder named(String name) {
        return switch (name == null ? "e5-small-v2-q" : name) {
            case "e5-small-v2-q", "e5" -> e5Small();
            case "bge-small-en-v1.5-q", "bge" -> bgeSmall();
            default -> throw new IllegalArgumentException("unknown embedding model: " + name
                    + " (built in: e5-small-v2-q, bge-small-en-v1.5-q; or configure an ONNX file)");
        };
    }

    public String name() {
        return name;
    }

    public int dimension() {
        if (dimension == 0) dimension = model.dimension();
        return dimension;
    }

    public float[] query(String text) {
        return embed(List.of(queryPrefix + text)).get(0);
    }

    public float[] passage(String text) {
        return embed(List.of(passagePrefix + text)).get(0);
    }

    public List<float[]> passages(List<String> texts) {
        return embed(texts.stream().map(t -> passagePrefix + t).toList());
    }

    /**
     * Queries are embedded each alone (on all cores at once) whatever the tuning: a query's vector must not depend on
     * what it was embedded with.
     */
    public List<float[]> queries(List<String> texts) {
        return embed(texts.stream().map(t -> queryPrefix + t).toList(), 1);
    }

    private List<float[]> embed(List<String> texts) {
        return embed(texts, 0);
    }

    /** {@code batch} texts per call at most; 0: the model's setting. */
    private List<float[]> embed(List<String> texts, int batch) {
        List<float[]> out = model.embed(texts.stream().map(t -> t.isBlank() ? "." : t).toList(), batch);
        List<float[]> vectors = new ArrayList<>(out.size());
        for (float[] v : out) vectors.add(unit(v));
        return vectors;
    }

    /** Scales to length one, so that the dot product is the cosine. */
    static float[] unit(float[] v) {
        double sum = 0;
        for (float x : v) sum += x * x;
        double norm = Math.sqrt(sum);
        if (norm == 0) return v;
        float[] u = new float[v.length];
        for (int i = 0; i < v.length; i++) u[i] = (float) (v[i] / norm);
        return u;
    }

    public static float dot(float[] a, float[] b) {
        if (a.length != b.length) throw new IllegalArgumentException("vectors differ in length: " + a.length + " and " + b.length);
        float s = 0;
        for (int i = 0; i < a.length; i++) s += a[i] * b[i];
        return s;
    }
}
