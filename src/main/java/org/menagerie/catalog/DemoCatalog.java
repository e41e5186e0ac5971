package org.menagerie.catalog;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The small catalog a new workspace starts with, so that search, checks and the site have something to show. It ships
 * as {@value #CASES} and {@value #NARRATIVES} on the classpath, CaseJson lines; absent resources load nothing.
 */
public final class DemoCatalog {
    public static final String CASES = "/org/menagerie/demo/cases.jsonl";
    public static final String NARRATIVES = "/org/menagerie/demo/narratives.jsonl";
    public static final String AUTHOR = "demo";

    /** How much was loaded. */
    public record Loaded(int cases, int narratives) {}

    private DemoCatalog() {}

    /** Loads the demo catalog shipped on the classpath, if there is one. */
    public static Loaded loadBundled(CaseStore store) {
        try (InputStream cases = DemoCatalog.class.getResourceAsStream(CASES);
             InputStream narratives = DemoCatalog.class.getResourceAsStream(NARRATIVES)) {
            return load(store, cases, narratives);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Loads narratives, then all cases in one transaction. Either stream may be null. The demo is our own data, so a bad
     * line is a bug and fails the load, naming the line.
     */
    public static Loaded load(CaseStore store, InputStream cases, InputStream narratives) {
        List<String> narrativeLines = lines(narratives);
        int narrativeCount = 0;
        for (int i = 0; i < narrativeLines.size(); i++) {
            if (narrativeLines.get(i).isBlank()) continue;
            store.putNarrative(parse(narrativeLines.get(i), NARRATIVES, i + 1, null));
            narrativeCount++;
        }
        List<String> caseLines = lines(cases);
        List<Case> parsed = new ArrayList<>();
        for (int i = 0; i < caseLines.size(); i++) {
            if (caseLines.get(i).isBlank()) continue;
            parsed.add(parse(caseLines.get(i), CASES, i + 1, Provenance.ofFile("demo", "cases.jsonl", i + 1)));
        }
        store.putAll(parsed, AUTHOR);
        return new Loaded(parsed.size(), narrativeCount);
    }

    @SuppressWarnings("unchecked")
    private static <T> T parse(String line, String resource, int number, Provenance provenance) {
        try {
            return (T) (provenance == null ? CaseLines.narrative(line) : CaseLines.parse(line, provenance));
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("bad demo line " + resource + ":" + number + ": " + e.getMessage(), e);
        }
    }

    private static List<String> lines(InputStream in) {
        if (in == null) return List.of();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            return r.lines().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
