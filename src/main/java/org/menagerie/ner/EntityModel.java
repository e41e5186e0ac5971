package org.menagerie.ner;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/**
 * A trained entity labeller: hashed feature weights per BIO label, label-to-label transition weights, and the
 * gazetteer its features read. Decoding is Viterbi under the BIO constraint (an I- label only continues its class).
 * The file is gzipped; weights are quantised to 16 bits and zeros left out, which keeps it at a few megabytes.
 */
public final class EntityModel {
    private static final int MAGIC = 0x4E455231; // "NER1"

    private final List<String> labels;
    private final int bits;
    private final float[] weights;
    private final float[] transitions;
    private final TokenFeatures features;
    private final boolean[][] allowed;

    public EntityModel(List<String> labels, int bits, float[] weights, float[] transitions, Gazetteer gazetteer) {
        this.labels = List.copyOf(labels);
        this.bits = bits;
        int l = labels.size();
        if (weights.length != (1 << bits) * l) throw new IllegalArgumentException("weights must be buckets x labels");
        if (transitions.length != (l + 1) * l) throw new IllegalArgumentException("transitions must be (labels+1) x labels");
        this.weights = weights;
        this.transitions = transitions;
        this.features = new TokenFeatures(bits, gazetteer);
        this.allowed = allowed(labels);
    }

    List<String> labels() {
        return labels;
    }

    public TokenFeatures features() {
        return features;
    }

    /** The entities of one tokenised sentence. */
    public List<EntityTag> tag(List<String> tokens) {
        if (tokens.isEmpty()) return List.of();
        return spans(decode(features.of(tokens), weights, transitions), labels);
    }

    /** Row {@code labels.size()} of {@code trans} holds the weights of starting a sentence with each label. */
    public int[] decode(int[][] feats, float[] w, float[] trans) {
        int l = labels.size();
        int n = feats.length;
        float[][] score = new float[n][l];
        int[][] back = new int[n][l];
        float[] local = new float[l];
        for (int i = 0; i < n; i++) {
            java.util.Arrays.fill(local, 0);
            for (int f : feats[i]) {
                int base = f * l;
                for (int y = 0; y < l; y++) local[y] += w[base + y];
            }
            for (int y = 0; y < l; y++) {
                if (i == 0) {
                    score[0][y] = allowed[l][y] ? trans[l * l + y] + local[y] : Float.NEGATIVE_INFINITY;
                    continue;
                }
                float best = Float.NEGATIVE_INFINITY;
                int arg = 0;
                for (int p = 0; p < l; p++) {
                    if (!allowed[p][y]) continue;
                    float s = score[i - 1][p] + trans[p * l + y];
                    if (s > best) {
                        best = s;
                        arg = p;
                    }
                }
                score[i][y] = best + local[y];
                back[i][y] = arg;
            }
        }
        int[] out = new int[n];
        int arg = 0;
        for (int y = 1; y < l; y++) if (score[n - 1][y] > score[n - 1][arg]) arg = y;
        for (int i = n - 1; i >= 0; i--) {
            out[i] = arg;
            arg = back[i][arg];
        }
        return out;
    }

    /** allowed[p][y]: may label y follow label p (p == size: the sentence start)? */
    private static boolean[][] allowed(List<String> labels) {
        int l = labels.size();
        boolean[][] a = new boolean[l + 1][l];
        for (int p = 0; p <= l; p++) {
            for (int y = 0; y < l; y++) {
                String to = labels.get(y);
                if (!to.startsWith("I-")) {
                    a[p][y] = true;
                } else if (p < l) {
                    String from = labels.get(p);
                    a[p][y] = from.length() > 2 && from.substring(2).equals(to.substring(2));
                }
            }
        }
        return a;
    }

    /** Spans from BIO labels; a stray I- (which decoding never yields) is read as a start. */
    static List<EntityTag> spans(int[] path, List<String> labels) {
        List<EntityTag> out = new ArrayList<>();
        int i = 0;
        while (i < path.length) {
            String tag = labels.get(path[i]);
            if (tag.equals("O")) {
                i++;
                continue;
            }
            String type = tag.substring(2);
            int j = i + 1;
            while (j < path.length && labels.get(path[j]).equals("I-" + type)) j++;
            out.add(new EntityTag(type, i, j - 1));
            i = j;
        }
        return out;
    }

    public void write(OutputStream stream) throws IOException {
        GZIPOutputStream zip = new GZIPOutputStream(stream, 1 << 16);
        DataOutputStream out = new DataOutputStream(zip);
        out.writeInt(MAGIC);
        out.writeInt(bits);
        out.writeInt(labels.size());
        for (String label : labels) out.writeUTF(label);
        for (float t : transitions) out.writeFloat(t);
        float max = 0;
        for (float w : weights) max = Math.max(max, Math.abs(w));
        float scale = max == 0 ? 1 : max / Short.MAX_VALUE;
        out.writeFloat(scale);
        int last = -1;
        int count = 0;
        for (float w : weights) if (Math.round(w / scale) != 0) count++;
        out.writeInt(count);
        for (int i = 0; i < weights.length; i++) {
            int q = Math.round(weights[i] / scale);
            if (q == 0) continue;
            writeVarInt(out, i - last);
            out.writeShort(q);
            last = i;
        }
        features.gazetteer().write(out);
        out.flush();
        zip.finish();
    }

    public static EntityModel read(InputStream stream) throws IOException {
        DataInputStream in = new DataInputStream(new java.io.BufferedInputStream(new GZIPInputStream(stream), 1 << 16));
        if (in.readInt() != MAGIC) throw new IOException("not an entity model");
        int bits = in.readInt();
        int l = in.readInt();
        List<String> labels = new ArrayList<>();
        for (int i = 0; i < l; i++) labels.add(in.readUTF());
        float[] transitions = new float[(l + 1) * l];
        for (int i = 0; i < transitions.length; i++) transitions[i] = in.readFloat();
        float scale = in.readFloat();
        float[] weights = new float[(1 << bits) * l];
        int count = in.readInt();
        int at = -1;
        for (int k = 0; k < count; k++) {
            at += readVarInt(in);
            weights[at] = in.readShort() * scale;
        }
        return new EntityModel(labels, bits, weights, transitions, Gazetteer.read(in));
    }

    private static void writeVarInt(DataOutputStream out, int v) throws IOException {
        while ((v & ~0x7F) != 0) {
            out.writeByte((v & 0x7F) | 0x80);
            v >>>= 7;
        }
        out.writeByte(v);
    }

    private static int readVarInt(DataInputStream in) throws IOException {
        int v = 0;
        for (int shift = 0; ; shift += 7) {
            int b = in.readUnsignedByte();
            v |= (b & 0x7F) << shift;
            if ((b & 0x80) == 0) return v;
        }
    }
}
