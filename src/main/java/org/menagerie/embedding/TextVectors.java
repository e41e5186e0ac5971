package org.menagerie.embedding;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.IntConsumer;

/**
 * Passage vectors kept per text, in one append-only file per model ({@code <model>-passages.vec}): each record is
 * the text's hash and its vector. Unlike {@link VectorCache}, which keys a whole list, a catalog that gains or edits a
 * few cases embeds only those few; a record cut short by a crash is ignored and embedded again.
 */
public final class TextVectors {
    private static final int BATCH = 32;
    private final Path dir;

    public TextVectors(Path dir) {
        this.dir = Objects.requireNonNull(dir, "dir");
    }

    /** What a call did: how many texts it found in the file and how many it had to embed. */
    public record Result(float[][] vectors, int reused, int embedded) {}

    /**
     * The passage vectors of {@code texts}, in order; texts not in the file are embedded and appended.
     *
     * @param progress told the number of texts embedded so far, after each batch (may be null)
     */
    public Result passages(Embedder embedder, List<String> texts, IntConsumer progress) {
        Path file = dir.resolve(embedder.name() + "-passages.vec");
        Map<Key, float[]> known = new HashMap<>();
        dropCutRecord(file, read(file, embedder.dimension(), known), embedder.dimension());
        float[][] out = new float[texts.size()][];
        List<Integer> missing = new ArrayList<>();
        for (int i = 0; i < texts.size(); i++) {
            out[i] = known.get(Key.of(texts.get(i)));
            if (out[i] == null) missing.add(i);
        }
        for (int from = 0; from < missing.size(); from += BATCH) {
            List<Integer> rows = missing.subList(from, Math.min(missing.size(), from + BATCH));
            List<float[]> vectors = embedder.passages(rows.stream().map(texts::get).toList());
            for (int j = 0; j < rows.size(); j++) out[rows.get(j)] = vectors.get(j);
            append(file, embedder.dimension(), rows.stream().map(texts::get).toList(), vectors);
            if (progress != null) progress.accept(from + rows.size());
        }
        return new Result(out, texts.size() - missing.size(), missing.size());
    }

    /** A text's identity in the file: 128 bits of its SHA-256. */
    record Key(long high, long low) {
        static Key of(String text) {
            try {
                byte[] d = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
                return new Key(java.nio.ByteBuffer.wrap(d).getLong(0), java.nio.ByteBuffer.wrap(d).getLong(8));
            } catch (NoSuchAlgorithmException e) {
                throw new IllegalStateException(e);
            }
        }
    }

    /** Reads the file's whole records into {@code known}; returns how many there were. */
    private static long read(Path file, int dim, Map<Key, float[]> known) {
        if (!Files.isRegularFile(file)) return 0;
        long records = 0;
        try (DataInputStream in = new DataInputStream(new BufferedInputStream(Files.newInputStream(file), 1 << 16))) {
            if (in.readInt() != dim) return 0; // another model under the same name: embed afresh
            while (true) {
                Key key = new Key(in.readLong(), in.readLong());
                float[] v = new float[dim];
                for (int j = 0; j < dim; j++) v[j] = in.readFloat();
                known.put(key, v);
                records++;
            }
        } catch (EOFException endOrCutRecord) {
            return records;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
        }
    }

    /** A record cut short by a crash would misalign the ones appended after it. */
    private static void dropCutRecord(Path file, long records, int dim) {
        try {
            if (!Files.isRegularFile(file) || Files.size(file) < Integer.BYTES || headerDiffers(file, dim)) return;
            long whole = Integer.BYTES + records * (2L * Long.BYTES + (long) dim * Float.BYTES);
            if (Files.size(file) > whole) {
                try (var channel = java.nio.channels.FileChannel.open(file, StandardOpenOption.WRITE)) {
                    channel.truncate(whole);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot repair " + file + ": " + e.getMessage(), e);
        }
    }

    private static void append(Path file, int dim, List<String> texts, List<float[]> vectors) {
        try {
            Files.createDirectories(file.getParent());
            boolean fresh = !Files.isRegularFile(file) || Files.size(file) < Integer.BYTES || headerDiffers(file, dim);
            try (DataOutputStream out = new DataOutputStream(new BufferedOutputStream(fresh
                    ? Files.newOutputStream(file)
                    : Files.newOutputStream(file, StandardOpenOption.APPEND), 1 << 16))) {
                if (fresh) out.writeInt(dim);
                for (int i = 0; i < texts.size(); i++) {
                    Key key = Key.of(texts.get(i));
                    out.writeLong(key.high());
                    out.writeLong(key.low());
                    for (float x : vectors.get(i)) out.writeFloat(x);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file + ": " + e.getMessage(), e);
        }
    }

    private static boolean headerDiffers(Path file, int dim) throws IOException {
        try (DataInputStream in = new DataInputStream(Files.newInputStream(file))) {
            return in.readInt() != dim;
        }
    }
}
