package org.menagerie.extract;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.zip.GZIPInputStream;
import org.menagerie.catalog.Problem;

/** Bytes to text: gunzip within the size limit, then the one charset sniffer, {@link Charsets}. */
final class Decoding {

    private Decoding() {}

    /** Reads at most {@link PageLimits#MAX_INPUT_BYTES}, gunzipping when the bytes say gzip. */
    static byte[] read(InputStream in, String source) throws IOException {
        byte[] raw = bounded(in, source);
        if (raw.length >= 2 && (raw[0] & 0xff) == 0x1f && (raw[1] & 0xff) == 0x8b) {
            try (InputStream gz = new GZIPInputStream(new java.io.ByteArrayInputStream(raw))) {
                return bounded(gz, source + " (decompressed)");
            } catch (IOException e) {
                throw new ExtractException(source + " is not valid gzip: " + e.getMessage(), e);
            }
        }
        return raw;
    }

    private static byte[] bounded(InputStream in, String source) throws IOException {
        byte[] bytes = in.readNBytes(PageLimits.MAX_INPUT_BYTES + 1);
        if (bytes.length > PageLimits.MAX_INPUT_BYTES) {
            throw new ExtractException(source + " is larger than " + PageLimits.MAX_INPUT_BYTES + " bytes");
        }
        return bytes;
    }

    /** Decodes HTML bytes with the one charset sniffer; {@code contentType} is the HTTP header, or null. */
    static String html(byte[] bytes, String contentType, String source, List<Problem> problems) {
        return Charsets.decode(bytes, Charsets.detect(bytes, contentType, source, problems));
    }
}
