package org.menagerie.embedding;

import ai.djl.huggingface.tokenizers.HuggingFaceTokenizer;
import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.LongBuffer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A BERT-style ONNX model run the cheap way: each text tokenised once and cut at {@link Settings#maxTokens}, texts
 * sorted by token length and run in calls of similar length when batched (length buckets: little padding), calls
 * spread over {@link Settings#workers} threads, each ONNX call single-threaded (ONNX's own thread pool spins while
 * waiting, which costs CPU time on a busy machine and gains nothing when every core already runs a call).
 *
 * <p>Texts are embedded each alone by default ({@link #DEFAULT_BATCH} 1). Batching was measured and not taken: on
 * these ~40-token passages the model is compute-bound, so 32 texts a call saved only about a tenth of the CPU, and the
 * shipped models are quantised with dynamic int8 scales computed over the whole input tensor, so a batched text's
 * vector depends slightly on its batch-mates (cosine 0.998 with its vector alone); with the catalog embedded in batches
 * claim retrieval lost a query in two hundred (ct2020 test MAP@5 0.9631 to 0.9569, BENCHMARKS.md).
 */
final class OnnxEncoder implements AutoCloseable {
    /**
     * @param maxTokens tokens per text at most, special tokens included (the models' limit is 512)
     * @param batch texts per ONNX call at most, of similar length, padded and masked (1: each alone, reproducible)
     * @param threads ONNX intra-op threads per call (0: ONNX's default, one per core)
     * @param workers ONNX calls run at once (0: one per core)
     */
    record Settings(int maxTokens, int batch, int threads, int workers) {
        Settings {
            if (maxTokens < 8 || maxTokens > 512) throw new IllegalArgumentException("maxTokens must be between 8 and 512: " + maxTokens);
            if (batch < 1) throw new IllegalArgumentException("batch must be 1 or more: " + batch);
            if (threads < 0) throw new IllegalArgumentException("threads must not be negative: " + threads);
            if (workers < 0) throw new IllegalArgumentException("workers must not be negative: " + workers);
            if (workers == 0) workers = Runtime.getRuntime().availableProcessors();
        }

        static Settings defaults() {
            return new Settings(512, DEFAULT_BATCH, 1, 0);
        }
    }

    /** Texts per call by default: each alone, so that a vector never depends on what it was embedded with. */
    static final int DEFAULT_BATCH = 1;
    /** Tokens per call at most (texts times the longest), so that long texts go in smaller calls. */
    static final int TOKENS_PER_CALL = 4096;

    private final OrtEnvironment env = OrtEnvironment.getEnvironment();
    private final OrtSession session;
    private final HuggingFaceTokenizer tokenizer;
    private final boolean cls;
    private final boolean typeIds;
    private final Settings settings;

    OnnxEncoder(byte[] model, InputStream tokenizerJson, boolean cls, Settings settings) {
        this.settings = settings;
        this.cls = cls;
        try {
            OrtSession.SessionOptions options = new OrtSession.SessionOptions();
            if (settings.threads() > 0) options.setIntraOpNumThreads(settings.threads());
            if (settings.threads() == 1) options.addConfigEntry("session.intra_op.allow_spinning", "0");
            // every graph rewrite ONNX Runtime knows (fused int8 products, layer norms, GELU): 5-10% less CPU than basic
            options.setOptimizationLevel(OrtSession.SessionOptions.OptLevel.ALL_OPT);
            this.session = env.createSession(model, options);
            this.typeIds = session.getInputNames().contains("token_type_ids");
            this.tokenizer = HuggingFaceTokenizer.newInstance(tokenizerJson, Map.of("padding", "false",
                    "truncation", "true", "maxLength", Integer.toString(settings.maxTokens())));
        } catch (OrtException e) {
            throw new IllegalStateException("cannot load the embedding model: " + e.getMessage(), e);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot load the tokenizer: " + e.getMessage(), e);
        }
    }

    /** Each text's token ids, special tokens included, cut at the maximum length. */
    long[][] tokenize(List<String> texts) {
        long[][] out = new long[texts.size()][];
        for (int i = 0; i < out.length; i++) {
            out[i] = tokenizer.encode(texts.get(i)).getIds();
        }
        return out;
    }

    /** One pooled (not yet normalised) vector per text, in order. */
    List<float[]> embed(List<String> texts) {
        return embed(tokenize(texts), settings.batch());
    }

    /** The same, at most {@code batch} texts per call (0: the settings'). */
    List<float[]> embed(List<String> texts, int batch) {
        return embed(tokenize(texts), batch == 0 ? settings.batch() : batch);
    }

    List<float[]> embed(long[][] encodings, int batch) {
        Integer[] order = new Integer[encodings.length];
        for (int i = 0; i < order.length; i++) order[i] = i;
        Arrays.sort(order, Comparator.comparingInt(i -> encodings[i].length));
        List<int[]> calls = buckets(order, encodings, batch);
        float[][] out = new float[encodings.length][];
        Runnable[] tasks = new Runnable[calls.size()];
        for (int c = 0; c < tasks.length; c++) {
            int from = calls.get(c)[0], to = calls.get(c)[1];
            tasks[c] = () -> {
                Integer[] rows = Arrays.copyOfRange(order, from, to);
                float[][] vectors = run(rows, encodings, encodings[rows[rows.length - 1]].length);
                for (int j = 0; j < rows.length; j++) out[rows[j]] = vectors[j];
            };
        }
        Workers.runAll(tasks, settings.workers());
        return Arrays.asList(out);
    }

    /**
     * Consecutive runs of the length-sorted texts, one per ONNX call: at most {@code batch} texts, at most
     * {@link #TOKENS_PER_CALL} tokens with padding, and a new call when a text is more than an eighth (plus two
     * tokens) longer than the call's first, which bounds the padding.
     */
    static List<int[]> buckets(Integer[] order, long[][] encodings, int batch) {
        List<int[]> calls = new ArrayList<>();
        int from = 0;
        for (int i = 1; i <= order.length; i++) {
            if (i == order.length) {
                if (from < i) calls.add(new int[] {from, i});
                break;
            }
            int first = encodings[order[from]].length, len = encodings[order[i]].length;
            boolean full = i - from >= batch || (long) (i - from + 1) * len > TOKENS_PER_CALL || len > first + first / 8 + 2;
            if (full) {
                calls.add(new int[] {from, i});
                from = i;
            }
        }
        return calls;
    }

    private float[][] run(Integer[] rows, long[][] encodings, int length) {
        int n = rows.length;
        long[] ids = new long[n * length], mask = new long[n * length], types = new long[n * length];
        for (int r = 0; r < n; r++) {
            long[] e = encodings[rows[r]];
            System.arraycopy(e, 0, ids, r * length, e.length);
            Arrays.fill(mask, r * length, r * length + e.length, 1L);
        }
        long[] shape = {n, length};
        List<OnnxTensor> inputs = new ArrayList<>();
        try {
            OnnxTensor idT = OnnxTensor.createTensor(env, LongBuffer.wrap(ids), shape);
            inputs.add(idT);
            OnnxTensor maskT = OnnxTensor.createTensor(env, LongBuffer.wrap(mask), shape);
            inputs.add(maskT);
            Map<String, OnnxTensor> feed = new java.util.HashMap<>(Map.of("input_ids", idT, "attention_mask", maskT));
            if (typeIds) {
                OnnxTensor typeT = OnnxTensor.createTensor(env, LongBuffer.wrap(types), shape);
                inputs.add(typeT);
                feed.put("token_type_ids", typeT);
            }
            try (OrtSession.Result result = session.run(feed, Set.of(session.getOutputNames().iterator().next()))) {
                float[][][] hidden = (float[][][]) result.get(0).getValue();
                float[][] pooled = new float[n][];
                for (int r = 0; r < n; r++) pooled[r] = pool(hidden[r], mask, r * length, length);
                return pooled;
            }
        } catch (OrtException e) {
            throw new IllegalStateException("embedding failed: " + e.getMessage(), e);
        } finally {
            inputs.forEach(OnnxTensor::close);
        }
    }

    private float[] pool(float[][] tokens, long[] mask, int offset, int length) {
        if (cls) return tokens[0].clone();
        float[] sum = new float[tokens[0].length];
        int count = 0;
        for (int t = 0; t < length; t++) {
            if (mask[offset + t] == 0) continue;
            count++;
            for (int d = 0; d < sum.length; d++) sum[d] += tokens[t][d];
        }
        for (int d = 0; d < sum.length; d++) sum[d] /= Math.max(1, count);
        return sum;
    }

    int dimension() {
        return embed(List.of("dimension")).get(0).length;
    }

    @Override
    public void close() {
        try {
            session.close();
        } catch (OrtException e) {
            throw new IllegalStateException(e);
        }
        tokenizer.close();
    }
}
