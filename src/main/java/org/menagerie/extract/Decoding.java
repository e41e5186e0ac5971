package org.menagerie.extract;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;
import org.menagerie.catalog.Problem;

/** Bytes to text: gunzip, byte-order marks, the charset the page declares, and a fallback when it lies. */
final class Decoding {
    private static final Pattern META_CHARSET =
            Pattern.compile("<meta[^>]{0,200}?charset\\s*=\\s*[\"']?\\s*([a-zA-Z0-9_.:-]{1,40})", Pattern.CASE_INSENSITIVE);
    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    private Decoding() {}

    /** Reads at most {@link Limits#MAX_INPUT_BYTES}, gunzipping when the bytes say gzip. */
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
        byte[] bytes = in.readNBytes(Limits.MAX_INPUT_BYTES + 1);
        if (bytes.length > Limits.MAX_INPUT_BYTES) {
            throw new ExtractException(source + " is larger than " + Limits.MAX_INPUT_BYTES + " bytes");
        }
        return bytes;
    }

    /** Decodes HTML bytes: BOM first, then a declared charset that decodes cleanly, then UTF-8, then windows-1252. */
    static String html(byte[] bytes, String source, List<Problem> problems) {
        if (startsWith(bytes, 0xEF, 0xBB, 0xBF)) return new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);
        if (startsWith(bytes, 0xFE, 0xFF)) return new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16BE);
        if (startsWith(bytes, 0xFF, 0xFE)) return new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16LE);
        String head = new String(bytes, 0, Math.min(bytes.length, 4096), StandardCharsets.ISO_8859_1);
        Matcher m = META_CHARSET.matcher(head);
        Charset declared = null;
        if (m.find()) {
            declared = charset(m.group(1));
            if (declared == null) problems.add(new Problem(source, 0, "unknown charset declared: " + m.group(1)));
        }
        if (declared != null && !declared.equals(StandardCharsets.UTF_8)) {
            String text = strict(bytes, declared);
            if (text != null) return text;
            problems.add(new Problem(source, 0, "the bytes are not valid " + declared.name() + " as declared"));
        }
        String utf8 = strict(bytes, StandardCharsets.UTF_8);
        if (utf8 != null) return utf8;
        if (declared != null) problems.add(new Problem(source, 0, "the bytes are not valid UTF-8 as declared"));
        else problems.add(new Problem(source, 0, "no charset declared and not UTF-8: read as windows-1252"));
        return new String(bytes, declared != null && !declared.equals(StandardCharsets.UTF_8) ? declared : WINDOWS_1252);
    }

    private static Charset charset(String name) {
        String n = name.toLowerCase(Locale.ROOT);
        // Browsers read these labels as windows-1252, which is a superset.
        if (n.equals("iso-8859-1") || n.equals("latin1") || n.equals("us-ascii") || n.equals("ascii")) return WINDOWS_1252;
        try {
            return Charset.isSupported(n) ? Charset.forName(n) : null;
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static String strict(byte[] bytes, Charset charset) {
        try {
            return charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }

    private static boolean startsWith(byte[] bytes, int... prefix) {
        if (bytes.length < prefix.length) return false;
        for (int i = 0; i < prefix.length; i++) if ((bytes[i] & 0xff) != prefix[i]) return false;
        return true;
    }

}
