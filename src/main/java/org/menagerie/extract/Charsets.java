package org.menagerie.extract;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.menagerie.catalog.Problem;

/**
 * The one place that tells the character set of a fetched or stored page, the way browsers do: a byte-order mark,
 * then the charset of the Content-Type header, then a {@code <meta>} in the first 4 KB, each taken only when the bytes
 * decode cleanly in it; then UTF-8 when they are valid UTF-8; else the declared charset anyway, else windows-1252.
 * "iso-8859-1" and "us-ascii" are read as windows-1252, which they are in practice. Used by the fetcher and by
 * extraction alike.
 */
public final class Charsets {
    private static final Pattern HEADER = Pattern.compile("(?i)charset\\s*=\\s*[\"']?([\\w.:-]{1,40})");
    private static final Pattern META =
            Pattern.compile("<meta[^>]{0,200}?charset\\s*=\\s*[\"']?\\s*([a-zA-Z0-9_.:-]{1,40})", Pattern.CASE_INSENSITIVE);
    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    private Charsets() {}

    /** The charset of the bytes; {@code contentType} is the HTTP header or null; doubts go to {@code problems}. */
    public static Charset detect(byte[] bytes, String contentType, String source, List<Problem> problems) {
        if (startsWith(bytes, 0xEF, 0xBB, 0xBF)) return StandardCharsets.UTF_8;
        if (startsWith(bytes, 0xFE, 0xFF)) return StandardCharsets.UTF_16BE;
        if (startsWith(bytes, 0xFF, 0xFE)) return StandardCharsets.UTF_16LE;
        Charset declared = contentType == null ? null : named(HEADER.matcher(contentType), source, problems);
        if (declared == null) {
            String head = new String(bytes, 0, Math.min(bytes.length, 4096), StandardCharsets.ISO_8859_1);
            declared = named(META.matcher(head), source, problems);
            // A page cannot really be UTF-16 when its <meta> could be read as ASCII.
            if (declared != null && declared.name().startsWith("UTF-16")) declared = null;
        }
        if (declared != null && !declared.equals(StandardCharsets.UTF_8)) {
            if (clean(bytes, declared)) return declared;
            problems.add(new Problem(source, 0, "the bytes are not valid " + declared.name() + " as declared"));
        }
        if (clean(bytes, StandardCharsets.UTF_8)) return StandardCharsets.UTF_8;
        if (declared != null && !declared.equals(StandardCharsets.UTF_8)) return declared;
        problems.add(new Problem(source, 0, declared != null ? "the bytes are not valid UTF-8 as declared"
                : "no charset declared and not UTF-8: read as windows-1252"));
        return WINDOWS_1252;
    }

    /** The text, without a byte-order mark. */
    public static String decode(byte[] bytes, Charset charset) {
        String text = new String(bytes, charset);
        return text.startsWith("\uFEFF") ? text.substring(1) : text;
    }

    private static Charset named(Matcher m, String source, List<Problem> problems) {
        if (!m.find()) return null;
        String n = m.group(1).toLowerCase(Locale.ROOT);
        if (n.equals("iso-8859-1") || n.equals("latin1") || n.equals("us-ascii") || n.equals("ascii")) return WINDOWS_1252;
        try {
            if (Charset.isSupported(n)) return Charset.forName(n);
        } catch (IllegalArgumentException e) {
            // reported below
        }
        problems.add(new Problem(source, 0, "unknown charset declared: " + m.group(1)));
        return null;
    }

    private static boolean clean(byte[] bytes, Charset charset) {
        try {
            charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes));
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }

    private static boolean startsWith(byte[] bytes, int... prefix) {
        if (bytes.length < prefix.length) return false;
        for (int i = 0; i < prefix.length; i++) if ((bytes[i] & 0xff) != prefix[i]) return false;
        return true;
    }
}
