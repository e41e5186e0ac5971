package org.menagerie.dataset;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.menagerie.catalog.Appearance;
import org.menagerie.catalog.Case;
import org.menagerie.catalog.Problem;
import org.menagerie.catalog.Provenance;
import org.menagerie.catalog.Status;
import org.menagerie.catalog.Verdict;

/** Reads back what {@link CsvWriter} writes, so that a CSV export can be edited in a spreadsheet and imported again. */
final class CsvReader implements CaseReader {

    @Override
    public String format() {
        return "csv";
    }

    @Override
    public void read(Path file, Sink sink) throws IOException {
        var records = new Records(file.getFileName().toString(), sink);
        try (var in = TextFiles.open(file)) {
            var rows = new Delimited(in, ',', true);
            var header = rows.next();
            if (header == null || !header.fields().equals(CsvColumns.HEADER)) {
                throw new IllegalArgumentException(file.getFileName() + " is not a Menagerie CSV export: its header should"
                        + " be " + String.join(",", CsvColumns.HEADER));
            }
            for (Delimited.Row row; (row = rows.next()) != null; ) {
                if (!records.wellFormed(row, CsvColumns.HEADER.size())) continue;
                try {
                    records.emit(toCase(row), row);
                } catch (RuntimeException e) { // a bad date, verdict or id: the row is reported, the rest goes on
                    sink.problem(new Problem(records.file, row.line(), e.getMessage() + "; skipped"));
                }
            }
        }
    }

    private static Case toCase(Delimited.Row row) {
        return Case.builder(row.get(0), row.get(1)).title(row.get(2)).summary(row.get(3)).debunk(row.get(4))
                .verdict(verdict(row.get(5))).originalLabel(row.get(6))
                .languages(CsvColumns.split(row.get(7))).countries(CsvColumns.split(row.get(8)))
                .keywords(CsvColumns.split(row.get(9))).appearances(appearances(row))
                .firstSeen(date(row.get(14))).claimant(row.get(15)).reviewer(row.get(16)).reviewUrl(row.get(17))
                .reviewDate(date(row.get(18))).narratives(CsvColumns.split(row.get(19)))
                .status(row.get(20).isEmpty() ? null : Status.valueOf(row.get(20)))
                .provenance(new Provenance(row.get(21), row.get(22),
                        row.get(23).isEmpty() ? 0 : Long.parseLong(row.get(23)), row.get(24)))
                .build();
    }

    private static List<Appearance> appearances(Delimited.Row row) {
        List<String> outlets = CsvColumns.split(row.get(10)), urls = CsvColumns.split(row.get(11));
        List<String> dates = CsvColumns.split(row.get(12)), archived = CsvColumns.split(row.get(13));
        int n = Math.max(outlets.size(), urls.size());
        List<Appearance> all = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            all.add(new Appearance(at(outlets, i), at(urls, i), date(at(dates, i)), at(archived, i)));
        }
        return all;
    }

    private static String at(List<String> values, int i) {
        return i < values.size() ? values.get(i) : null;
    }

    private static Verdict verdict(String name) {
        Verdict v = Verdict.parse(name);
        if (v == null && !name.isBlank()) throw new IllegalArgumentException("unknown verdict \"" + name + "\"");
        return v;
    }

    private static LocalDate date(String value) {
        return value == null || value.isEmpty() ? null : LocalDate.parse(value);
    }
}
