package org.menagerie.ingest;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the character set of a page the way browsers do, in order: a byte-order mark, the Content-Type header,
 * a {@code <meta>} in the first bytes of HTML, then UTF-8 if the bytes are valid UTF-8, else windows-1252. Like
 * browsers, "iso-8859-1" and "us-ascii" are read as windows-1252, which they are in practice.
 */
final class PageCharset {
    private static final Pattern PARAMETER = Pattern.compile("(?i)charset\\s*=\\s*[\"']?([\\w.:-]+)");
    private static final Pattern META = Pattern.compile("(?i)<meta[^>]+charset\\s*=\\s*[\"']?([\\w.:-]+)");
    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    private PageCharset() {}

    static Charset detect(byte[] body, String contentType) {
        if (starts(body, 0xEF, 0xBB, 0xBF)) return StandardCharsets.UTF_8;
        if (starts(body, 0xFE, 0xFF)) return StandardCharsets.UTF_16BE;
        if (starts(body, 0xFF, 0xFE)) return StandardCharsets.UTF_16LE;
        Optional<Charset> declared = named(contentType);
        if (declared.isPresent()) return declared.get();
        String head = new String(body, 0, Math.min(body.length, 4096), StandardCharsets.ISO_8859_1);
        declared = named(META.matcher(head).results().findFirst().map(m -> "charset=" + m.group(1)).orElse(null));
        // A page cannot really be UTF-16 when its <meta> could be read as ASCII.
        if (declared.isPresent() && !declared.get().name().startsWith("UTF-16")) return declared.get();
        return validUtf8(body) ? StandardCharsets.UTF_8 : WINDOWS_1252;
    }

    static String decode(byte[] body, Charset charset) {
        String text = new String(body, charset);
        return text.startsWith("\uFEFF") ? text.substring(1) : text;
    }

    private static Optional<Charset> named(String contentType) {
        if (contentType == null) return Optional.empty();
        Matcher m = PARAMETER.matcher(contentType);
        if (!m.find()) return Optional.empty();
        String name = m.group(1).toLowerCase(Locale.ROOT);
        if (name.equals("iso-8859-1") || name.equals("latin1") || name.equals("us-ascii") || name.equals("ascii")) {
            return Optional.of(WINDOWS_1252);
        }
        try {
            return Optional.of(Charset.forName(name));
        } catch (IllegalArgumentException unknown) {
            return Optional.empty();
        }
    }

    private static boolean validUtf8(byte[] body) {
        try {
            StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(body));
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }

    private static boolean starts(byte[] body, int... prefix) {
        if (body.length < prefix.length) return false;
        for (int i = 0; i < prefix.length; i++) if ((body[i] & 0xFF) != prefix[i]) return false;
        return true;
    }
}
