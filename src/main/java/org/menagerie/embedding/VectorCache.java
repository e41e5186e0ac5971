package org.menagerie.embedding;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

/**
 * Embeds a list of texts once and keeps the vectors in a file named by the model and a hash of the texts, because
 * embedding a 14k-claim collection takes minutes on a small machine and experiments repeat it.
 */
public final class VectorCache {
    private static final int BATCH = 64;
    private final Path dir;

    public VectorCache(Path dir) {
        this.dir = java.util.Objects.requireNonNull(dir, "dir");
    }

    public float[][] passages(Embedder embedder, List<String> texts) {
        return cached(embedder, texts, "passage");
    }

    public float[][] queries(Embedder embedder, List<String> texts) {
        return cached(embedder, texts, "query");
    }

    private float[][] cached(Embedder embedder, List<String> texts, String kind) {
        Path file = dir.resolve(embedder.name() + "-" + kind + "-" + hash(texts) + ".f32");
        if (Files.isRegularFile(file)) return read(file);
        float[][] vectors = new float[texts.size()][];
        long start = System.nanoTime();
        for (int from = 0; from < texts.size(); from += BATCH) {
            List<String> batch = texts.subList(from, Math.min(texts.size(), from + BATCH));
            List<float[]> out = kind.equals("query") ? embedder.queries(batch) : embedder.passages(batch);
            for (int i = 0; i < out.size(); i++) vectors[from + i] = out.get(i);
            if ((from / BATCH) % 20 == 0) {
                System.err.printf("embedded %d/%d %ss with %s (%.0fs)%n", from + batch.size(), texts.size(), kind,
                        embedder.name(), (System.nanoTime() - start) / 1e9);
            }
        }
        write(file, vectors);
        return vectors;
    }

    static String hash(List<String> texts) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            for (String t : texts) {
                sha.update(t.getBytes(StandardCharsets.UTF_8));
                sha.update((byte) 0);
            }
            return HexFormat.of().formatHex(sha.digest()).substring(0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static float[][] read(Path file) {
        try (DataInputStream in = new DataInputStream(new BufferedInputStream(Files.newInputStream(file), 1 << 16))) {
            int n = in.readInt(), dim = in.readInt();
            float[][] v = new float[n][dim];
            for (float[] row : v) for (int j = 0; j < dim; j++) row[j] = in.readFloat();
            return v;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void write(Path file, float[][] vectors) {
        try {
            Files.createDirectories(file.getParent());
            Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
            try (DataOutputStream out = new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(tmp), 1 << 16))) {
                out.writeInt(vectors.length);
                out.writeInt(vectors.length == 0 ? 0 : vectors[0].length);
                for (float[] row : vectors) for (float x : row) out.writeFloat(x);
            }
            Files.move(tmp, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

}
