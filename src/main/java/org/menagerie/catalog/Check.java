package org.menagerie.catalog;

import java.util.List;
import java.util.regex.Pattern;

/** Argument checks for the constructors of values; each names the parameter it rejects. */
public final class Check {
    private static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9._-]{0,159}");
    private static final Pattern LANGUAGE = Pattern.compile("[a-z]{2}");

    private Check() {}

    public static String notBlank(String value, String name) {
        if (value == null || value.isBlank()) throw new IllegalArgumentException(name + " must not be blank");
        return value;
    }

    public static <T> T notNull(T value, String name) {
        if (value == null) throw new IllegalArgumentException(name + " must not be null");
        return value;
    }

    /** A stable, URL-safe identifier: lower-case letters, digits, dot, dash and underscore. */
    public static String id(String value, String name) {
        if (value == null || !ID.matcher(value).matches()) {
            throw new IllegalArgumentException(name + " must be URL-safe ([a-z0-9._-], up to 160 characters): " + value);
        }
        return value;
    }

    /** An ISO 639-1 language code such as "ro" or "en". */
    public static String language(String value, String name) {
        if (value == null || !LANGUAGE.matcher(value).matches()) {
            throw new IllegalArgumentException(name + " must be an ISO 639-1 code such as \"ro\": " + value);
        }
        return value;
    }

    /** An immutable copy without nulls; null becomes empty. */
    public static <T> List<T> list(List<T> values, String name) {
        if (values == null) return List.of();
        for (T v : values) if (v == null) throw new IllegalArgumentException(name + " must not contain null");
        return List.copyOf(values);
    }

    /** Nulls blank strings, so that "" and absent mean the same. */
    public static String optional(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
