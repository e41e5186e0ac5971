package org.menagerie.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.menagerie.SharedData;
import org.menagerie.catalog.Appearance;
import org.menagerie.catalog.Case;
import org.menagerie.catalog.Provenance;
import org.menagerie.catalog.Verdict;

/**
 * Real cases for the search tests, read straight from the shared data with the least parsing that works (the
 * dataset package has the real readers): RoFact in Romanian, the 2015-2017 EUvsDisinfo cases in English; or, in the
 * same shapes, the synthetic search samples under src/test/resources/datasets.
 */
final class RealCases {
    private RealCases() {}

    static List<Case> rofact() {
        return rofact(SharedData.data("catalog/rofact/train_data.tsv"), SharedData.data("catalog/rofact/val_data.tsv"));
    }

    /** The cases of RoFact-shaped files, such as the search sample {@code Fixtures.dataset("search-rofact.tsv")}. */
    static List<Case> rofact(Path... files) {
        List<Case> out = new ArrayList<>();
        for (Path path : files) {
            String file = path.getFileName().toString();
            List<String> lines = lines(path);
            for (int i = 1; i < lines.size(); i++) {
                String[] f = lines.get(i).split("\t", -1);
                if (f.length < 5 || f[1].isBlank()) continue;
                out.add(Case.builder("rofact-" + file.charAt(0) + (i + 1), f[1]).title(f[0]).verdict(verdict(f[2]))
                        .originalLabel(f[2]).languages(List.of("ro")).countries(List.of("RO"))
                        .keywords(f[4].isBlank() ? List.of() : List.of(f[4].strip())).reviewer("factual.ro")
                        .provenance(Provenance.ofFile("rofact", file, i + 1)).build());
            }
        }
        return out;
    }

    static Verdict verdict(String label) {
        return switch (label.strip()) {
            case "FALS" -> Verdict.FALSE;
            case "ADEVĂRAT" -> Verdict.TRUE;
            case "TRUNCHIAT" -> Verdict.MISLEADING;
            case "PARȚIAL ADEVĂRAT", "PARȚIAL FALS" -> Verdict.MIXED;
            default -> Verdict.UNRATED;
        };
    }

    static List<Case> euvsdisinfo() {
        return euvsdisinfo(SharedData.data("catalog/euvsdisinfo-2015-2017.csv"));
    }

    /** The cases of an EUvsDisinfo-scrape-shaped file, such as {@code Fixtures.dataset("search-euvsdisinfo.csv")}. */
    static List<Case> euvsdisinfo(Path file) {
        List<List<String>> rows = semicolonCsv(String.join("\n", lines(file)));
        DateTimeFormatter ddmmyyyy = DateTimeFormatter.ofPattern("dd.MM.yyyy");
        List<Case> out = new ArrayList<>();
        for (int i = 1; i < rows.size(); i++) {
            List<String> r = rows.get(i);
            if (r.size() < 11 || r.get(8).isBlank()) continue;
            LocalDate date;
            try {
                date = LocalDate.parse(r.get(1).strip(), ddmmyyyy);
            } catch (RuntimeException e) {
                date = null;
            }
            String outlet = r.get(2).strip();
            String url = r.get(7).strip();
            out.add(Case.builder("euvsdisinfo-" + i, r.get(8)).summary(r.get(9)).debunk(r.get(10))
                    .verdict(Verdict.DISINFORMATION).languages(List.of("en")).countries(split(r.get(4)))
                    .keywords(split(r.get(6))).firstSeen(date)
                    .appearances(outlet.isEmpty() && url.isEmpty() ? List.of()
                            : List.of(new Appearance(outlet.isEmpty() ? null : outlet, url.isEmpty() ? null : url, date, null)))
                    .reviewer(r.get(5).isBlank() ? null : r.get(5))
                    .provenance(Provenance.ofFile("euvsdisinfo", file.getFileName().toString(), i)).build());
        }
        return out;
    }

    private static List<String> split(String s) {
        return Arrays.stream(s.split(",")).map(String::strip).filter(v -> !v.isEmpty()).toList();
    }

    /** Quoted fields with "" for a quote, separated by ';', records by newlines outside quotes. */
    static List<List<String>> semicolonCsv(String text) {
        List<List<String>> rows = new ArrayList<>();
        List<String> row = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    field.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ';') {
                row.add(field.toString());
                field.setLength(0);
            } else if (c == '\n') {
                row.add(field.toString());
                field.setLength(0);
                rows.add(row);
                row = new ArrayList<>();
            } else if (c != '\r') {
                field.append(c);
            }
        }
        if (field.length() > 0 || !row.isEmpty()) {
            row.add(field.toString());
            rows.add(row);
        }
        return rows;
    }

    private static List<String> lines(Path file) {
        try {
            return Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
