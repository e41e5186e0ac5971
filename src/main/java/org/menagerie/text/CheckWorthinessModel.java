package org.menagerie.text;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import org.menagerie.catalog.Check;
import org.menagerie.text.CheckWorthinessFeatures.Sparse;

/**
 * Two logistic regressions over {@link CheckWorthinessFeatures}: an English one that reads words, character
 * n-grams and cues, and a language-neutral one that reads the cues alone and serves every other language. Each
 * carries the threshold chosen for it on held-out sentences.
 *
 * <p>Measured 2026-11-29 with {@code menagerie train checkworthy --train ct24-en/train.tsv --dev ct24-en/dev.tsv}
 * (CheckThat! 2024 English): F1 of Yes on dev 0.708 for the English head (P 0.694, R 0.722; threshold chosen on
 * 10% of train, so dev is held out), 0.580 for the cue-only head that scores other languages.
 *
 * @param english weights over all features
 * @param neutral weights over the cues only
 * @param about   how the model was trained, in a sentence
 */
public record CheckWorthinessModel(Head english, Head neutral, String about) {
    /** The model shipped with Menagerie, rebuilt by {@code menagerie train checkworthy}. */
    public static final String RESOURCE = "/org/menagerie/text/checkworthiness.bin.gz";
    private static final int MAGIC = 0x4D435731; // "MCW1"

    public CheckWorthinessModel {
        Check.notNull(english, "english");
        Check.notNull(neutral, "neutral");
        about = about == null ? "" : about;
        if (english.weights().length != CheckWorthinessFeatures.DIMENSIONS) {
            throw new IllegalArgumentException("english must have " + CheckWorthinessFeatures.DIMENSIONS + " weights");
        }
        if (neutral.weights().length != CheckWorthinessCues.SIZE) {
            throw new IllegalArgumentException("neutral must have " + CheckWorthinessCues.SIZE + " weights");
        }
    }

    /**
     * One logistic regression.
     *
     * @param offset the first feature index the weights cover; features below it are ignored
     */
    public record Head(float[] weights, float bias, int offset, float threshold) {
        public Head {
            Check.notNull(weights, "weights");
            if (threshold < 0 || threshold > 1) throw new IllegalArgumentException("threshold must be in [0, 1]: " + threshold);
        }

        double probability(Sparse x) {
            double z = bias;
            for (int k = 0; k < x.index().length; k++) {
                int i = x.index()[k] - offset;
                if (i >= 0 && i < weights.length) z += weights[i] * x.value()[k];
            }
            return 1 / (1 + Math.exp(-z));
        }

        Head withThreshold(double t) {
            return new Head(weights, bias, offset, (float) t);
        }
    }

    /** The head that scores sentences in this language. */
    Head head(String language) {
        return "en".equals(language) ? english : neutral;
    }

    double probability(String text, String language) {
        return head(language).probability(CheckWorthinessFeatures.of(text, language));
    }

    public static CheckWorthinessModel fromResource() {
        try (InputStream in = CheckWorthinessModel.class.getResourceAsStream(RESOURCE)) {
            if (in == null) throw new IllegalStateException("the check-worthiness model is missing from the classpath: " + RESOURCE);
            return read(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the check-worthiness model " + RESOURCE, e);
        }
    }

    public static CheckWorthinessModel read(InputStream raw) throws IOException {
        DataInputStream in = new DataInputStream(new GZIPInputStream(raw));
        if (in.readInt() != MAGIC) throw new IOException("not a check-worthiness model (bad magic number)");
        String about = in.readUTF();
        return new CheckWorthinessModel(readHead(in), readHead(in), about);
    }

    /** Writes the model; the same model always gives the same bytes. */
    public void write(OutputStream raw) throws IOException {
        GZIPOutputStream gzip = new GZIPOutputStream(raw);
        DataOutputStream out = new DataOutputStream(gzip);
        out.writeInt(MAGIC);
        out.writeUTF(about);
        writeHead(out, english);
        writeHead(out, neutral);
        out.flush();
        gzip.finish();
    }

    private static Head readHead(DataInputStream in) throws IOException {
        int offset = in.readInt();
        float bias = in.readFloat();
        float threshold = in.readFloat();
        float[] weights = new float[in.readInt()];
        for (int i = 0; i < weights.length; i++) weights[i] = in.readFloat();
        return new Head(weights, bias, offset, threshold);
    }

    private static void writeHead(DataOutputStream out, Head head) throws IOException {
        out.writeInt(head.offset());
        out.writeFloat(head.bias());
        out.writeFloat(head.threshold());
        out.writeInt(head.weights().length);
        for (float w : head.weights()) out.writeFloat(w);
    }
}
