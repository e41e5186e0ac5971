package org.menagerie.web;

import io.javalin.http.Context;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.menagerie.archive.ArchiveQuery;

/**
 * The archive's query as the API and the page read it from the address ({@code q, outlet, language, from, to, story,
 * sort, per, page, size}), and the links a results page builds from it: toggling a facet value, another page.
 */
record ArchiveParams(Map<String, String> values) {
    static final String[] NAMES = {"q", "outlet", "language", "from", "to", "story", "sort", "per"};

    ArchiveParams {
        values = Map.copyOf(values);
    }

    static ArchiveParams of(Context ctx) {
        Map<String, String> v = new LinkedHashMap<>();
        for (String n : NAMES) {
            String s = ctx.queryParam(n);
            if (s != null && !s.isBlank()) v.put(n, s.strip());
        }
        return new ArchiveParams(v);
    }

    /** The query; a value that is not a date, a number or a known order is a 400 naming the parameter. */
    ArchiveQuery query(int page, int size) {
        return new ArchiveQuery(get("q"), list("outlet"), list("language"), story(), date("from"), date("to"),
                choice(ArchiveQuery.Sort.class, "sort"), page, size, choice(ArchiveQuery.Per.class, "per"));
    }

    String get(String name) {
        return values.getOrDefault(name, "");
    }

    boolean active(String name, String value) {
        return value.equals(values.get(name));
    }

    /** These parameters with {@code name} set to {@code value}, or cleared when it already is; back to page 1. */
    String toggle(String name, String value) {
        Map<String, String> v = new LinkedHashMap<>(values);
        if (value.equals(v.get(name))) v.remove(name);
        else v.put(name, value);
        return link(v, 1);
    }

    String page(int n) {
        return link(values, n);
    }

    private static String link(Map<String, String> v, int page) {
        StringBuilder b = new StringBuilder();
        v.forEach((k, s) -> b.append(b.length() == 0 ? "?" : "&").append(k).append('=').append(URLEncoder.encode(s, StandardCharsets.UTF_8)));
        if (page > 1) b.append(b.length() == 0 ? "?" : "&").append("page=").append(page);
        return b.length() == 0 ? "?" : b.toString();
    }

    private java.util.List<String> list(String name) {
        return values.containsKey(name) ? java.util.List.of(values.get(name).split(",")) : java.util.List.of();
    }

    private long story() {
        if (!values.containsKey("story")) return 0;
        try {
            return Long.parseLong(values.get("story"));
        } catch (NumberFormatException e) {
            throw new ApiError(400, "error.wholeNumber", "story", values.get("story"));
        }
    }

    private LocalDate date(String name) {
        if (!values.containsKey(name)) return null;
        try {
            return LocalDate.parse(values.get(name));
        } catch (DateTimeParseException e) {
            throw new ApiError(400, "error.date", name, values.get(name));
        }
    }

    private <E extends Enum<E>> E choice(Class<E> type, String name) {
        if (!values.containsKey(name)) return null;
        try {
            return Enum.valueOf(type, values.get(name).toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new ApiError(400, "error.choice", name, values.get(name),
                    String.join(", ", java.util.Arrays.stream(type.getEnumConstants()).map(c -> c.name().toLowerCase(Locale.ROOT)).toList()));
        }
    }
}
