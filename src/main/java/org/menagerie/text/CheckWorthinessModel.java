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
 * Check-worthiness in two passes. The first pass is cheap and reads every sentence: for English a logistic regression
 * over hashed words, character n-grams and cues ({@link CheckWorthinessFeatures}); for every other language one over
 * the language-neutral cues alone. Sentences the first pass rates below its {@link Second#gate} stop there; the rest
 * go to the second pass, a logistic regression over the sentence's e5 vector, its cues and (English) the first
 * pass's log-odds, which generalises to unseen speakers and topics better than words do. Each head carries the
 * threshold chosen for it by cross-validation on the training sentences. See {@code docs/check-worthiness.md}.
 *
 * @param english        first pass for English: weights over all sparse features
 * @param neutral        first pass for other languages: weights over the cues only
 * @param englishSecond  second pass for English, or null for a first-pass-only model
 * @param neutralSecond  second pass for other languages, or null
 * @param about          how the model was trained, in a sentence
 */
public record CheckWorthinessModel(Head english, Head neutral, Second englishSecond, Second neutralSecond,
                                   String about) {
    /** The model shipped with Menagerie, rebuilt by {@code menagerie train checkworthy}. */
    public static final String RESOURCE = "/org/menagerie/text/checkworthiness.bin.gz";
    private static final int MAGIC = 0x4D435732; // "MCW2"

    /** A first-pass-only model. */
    public CheckWorthinessModel(Head english, Head neutral, String about) {
        this(english, neutral, null, null, about);
    }

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

        public double probability(Sparse x) {
            double z = bias;
            for (int k = 0; k < x.index().length; k++) {
                int i = x.index()[k] - offset;
                if (i >= 0 && i < weights.length) z += weights[i] * x.value()[k];
            }
            return 1 / (1 + Math.exp(-z));
        }

        public Head withThreshold(double t) {
            return new Head(weights, bias, offset, (float) t);
        }
    }

    /**
     * A second pass: its head over {@link CheckWorthinessFeatures#dense} and the first-pass probability below which
     * a sentence is not sent to it (chosen so that nearly every check-worthy training sentence passes).
     */
    public record Second(Head head, float gate) {
        public Second {
            Check.notNull(head, "head");
            if (gate < 0 || gate > 1) throw new IllegalArgumentException("gate must be in [0, 1]: " + gate);
        }
    }

    /** The head that scores sentences in this language. */
    Head head(String language) {
        return "en".equals(language) ? english : neutral;
    }

    /** The second pass for this language, or null when the model has none. */
    Second second(String language) {
        return "en".equals(language) ? englishSecond : neutralSecond;
    }

    /** The first pass's probability that a sentence of this language is check-worthy. */
    public double probability(String text, String language) {
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
        Head english = readHead(in);
        Head neutral = readHead(in);
        return new CheckWorthinessModel(english, neutral, readSecond(in), readSecond(in), about);
    }

    /** Writes the model; the same model always gives the same bytes. */
    public void write(OutputStream raw) throws IOException {
        GZIPOutputStream gzip = new GZIPOutputStream(raw);
        DataOutputStream out = new DataOutputStream(gzip);
        out.writeInt(MAGIC);
        out.writeUTF(about);
        writeHead(out, english);
        writeHead(out, neutral);
        writeSecond(out, englishSecond);
        writeSecond(out, neutralSecond);
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

    private static Second readSecond(DataInputStream in) throws IOException {
        if (!in.readBoolean()) return null;
        float gate = in.readFloat();
        return new Second(readHead(in), gate);
    }

    private static void writeSecond(DataOutputStream out, Second second) throws IOException {
        out.writeBoolean(second != null);
        if (second == null) return;
        out.writeFloat(second.gate());
        writeHead(out, second.head());
    }
}
