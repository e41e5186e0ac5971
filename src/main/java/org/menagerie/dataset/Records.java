package org.menagerie.dataset;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.menagerie.catalog.Case;
import org.menagerie.catalog.Problem;
import org.menagerie.catalog.Verdict;
import org.menagerie.dataset.CaseReader.Sink;

/**
 * The bookkeeping of one file read leniently: each problem with its line, repeated ids, and the fields that are
 * parsed leniently (a bad date or language is reported and dropped, the case kept).
 */
final class Records {
    final String file;
    final Sink sink;
    final Map<String, Long> seen = new HashMap<>();
    final Map<String, Integer> unknownLabels = new TreeMap<>();

    Records(String file, Sink sink) {
        this.file = file;
        this.sink = sink;
    }

    boolean wellFormed(Delimited.Row row, int columns) {
        if (row.unterminated()) skip(row, "a quoted field is never closed; the file ends inside it");
        else if (row.size() != columns) skip(row, "expected " + columns + " fields, found " + row.size());
        else return true;
        return false;
    }

    /** Reports a row whose bytes were not UTF-8: the case is kept, with U+FFFD where the bad bytes were. */
    void checkEncoding(Delimited.Row row) {
        if (row.fields().stream().anyMatch(TextFiles::garbled)) {
            sink.problem(new Problem(file, row.line(), "holds bytes that are not UTF-8 (shown as U+FFFD); kept"));
        }
    }

    Case skip(Delimited.Row row, String reason) {
        sink.problem(new Problem(file, row.line(), reason + "; skipped"));
        return null;
    }

    void emit(Case c, Delimited.Row row) {
        Long first = seen.putIfAbsent(c.id(), row.line());
        if (first != null) {
            skip(row, "repeats the case of line " + first);
            return;
        }
        checkEncoding(row);
        sink.accept(c);
    }

    LocalDate date(Delimited.Row row, String value, DateTimeFormatter format) {
        try {
            return Fields.date(value, format);
        } catch (DateTimeParseException e) {
            sink.problem(new Problem(file, row.line(), "unparseable date \"" + value + "\"; kept without it"));
            return null;
        }
    }

    List<String> languages(Delimited.Row row, List<String> names) {
        List<String> codes = new ArrayList<>();
        for (String name : names) {
            String code = LanguageNames.code(name);
            if (code == null) {
                sink.problem(new Problem(file, row.line(), "unknown language \"" + name + "\"; kept without it"));
            } else if (!codes.contains(code)) {
                codes.add(code);
            }
        }
        return codes;
    }

    /**
     * The verdict for a label through the table; an unknown label is not a problem (the case keeps it as its original
     * label, UNRATED) but is counted, so that a run can show which labels the table lacks.
     */
    Verdict verdict(String source, String label) {
        Verdict v = Verdicts.of(source, label);
        if (v == null && !label.isBlank()) unknownLabels.merge(label.strip(), 1, Integer::sum);
        return v == null ? Verdict.UNRATED : v;
    }

    /** Ends the file: one summary problem (line 0) naming the labels the verdict table lacks, when there were any. */
    void finish() {
        if (unknownLabels.isEmpty()) return;
        var counts = new StringBuilder();
        unknownLabels.forEach((label, n) -> counts.append(counts.length() == 0 ? "" : ", ").append('"').append(label)
                .append("\" ×").append(n));
        sink.problem(new Problem(file, 0, "labels not in verdicts.tsv, imported as UNRATED with the label kept: " + counts));
    }
}
