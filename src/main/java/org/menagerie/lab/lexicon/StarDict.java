package org.menagerie.lab.lexicon;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPInputStream;

/**
 * A StarDict 3.0.0 dictionary read straight from its .tar.gz: the {@code .idx} (word NUL, u32 offset, u32 size,
 * big-endian) into the {@code .dict.dz} (dictzip, which gzip reads whole). The {@code .syn} inflected forms are not
 * needed: LanguageTool's taggers lemmatise at runtime.
 */
final class StarDict {
    record Entry(String headword, String definition) {}

    private StarDict() {}

    static List<Entry> read(Path tarGz) {
        byte[] idx = null, dict = null;
        try (InputStream in = new GZIPInputStream(Files.newInputStream(tarGz))) {
            byte[] tar = in.readAllBytes();
            // ustar: a 512-byte header (name at 0, octal size at 124), the data padded to 512 bytes
            for (int at = 0; at + 512 <= tar.length && tar[at] != 0; ) {
                String name = new String(tar, at, 100, StandardCharsets.UTF_8).replace("\0", "");
                int size = Integer.parseInt(new String(tar, at + 124, 12, StandardCharsets.US_ASCII).replace("\0", "").strip(), 8);
                byte[] data = java.util.Arrays.copyOfRange(tar, at + 512, at + 512 + size);
                if (name.endsWith(".idx")) idx = data;
                else if (name.endsWith(".dict.dz")) dict = gunzip(data);
                at += 512 + (size + 511) / 512 * 512;
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (idx == null || dict == null) throw new IllegalArgumentException("not a StarDict archive (no .idx or .dict.dz): " + tarGz);
        List<Entry> out = new ArrayList<>();
        ByteBuffer b = ByteBuffer.wrap(idx);
        int start = 0;
        while (start < idx.length) {
            int nul = start;
            while (idx[nul] != 0) nul++;
            String word = new String(idx, start, nul - start, StandardCharsets.UTF_8);
            int offset = b.getInt(nul + 1), size = b.getInt(nul + 5);
            out.add(new Entry(word, new String(dict, offset, size, StandardCharsets.UTF_8)));
            start = nul + 9;
        }
        return out;
    }

    private static byte[] gunzip(byte[] gz) throws IOException {
        try (InputStream in = new GZIPInputStream(new java.io.ByteArrayInputStream(gz))) {
            return in.readAllBytes();
        }
    }
}
