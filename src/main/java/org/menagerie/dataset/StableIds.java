package org.menagerie.dataset;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;
import org.menagerie.catalog.Ids;

/**
 * Case ids that stay the same every time a file is imported, so that re-importing updates cases instead of
 * duplicating them. A source key that is already a clean slug is used as it is; anything else (a URL, a title, text
 * that a slug would shorten or strip) keeps a readable slug and gains 8 hex digits of its SHA-256, so that two keys
 * never meet in one id by losing characters.
 */
final class StableIds {
    private static final int MAX_SLUG = 100;

    private StableIds() {}

    /** "liar-2635" for ("liar", "2635"); "euvsdisinfo-some-title-1a2b3c4d" for a key the slug would change. */
    static String of(String prefix, String key) {
        String slug = Ids.slug(key, MAX_SLUG);
        if (slug.equals(key)) return Ids.of(prefix, slug);
        return Ids.of(prefix, slug + "-" + hash(key));
    }

    /** A readable slug of {@code label} plus the hash of {@code key}: for sources without any key of their own. */
    static String hashed(String prefix, String label, String key) {
        return Ids.of(prefix, Ids.slug(label, 60) + "-" + hash(key));
    }

    static String hash(String key) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 4).toLowerCase(Locale.ROOT);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
