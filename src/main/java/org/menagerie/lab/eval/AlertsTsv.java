package org.menagerie.lab.eval;

import org.menagerie.alert.Relation;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.menagerie.alert.Alert;
import org.menagerie.alert.Level;

/**
 * The alerts file of a replay: {@code item_id<TAB>case_id<TAB>confidence<TAB>level<TAB>relation}, one alert a line,
 * no header (a file of four columns, written before the relation existed, reads as restating). The same shape lists
 * every proposal of a replay, with level {@code none} below the suggestion threshold.
 */
public final class AlertsTsv {
    private AlertsTsv() {}

    public static void write(Alert a, Writer out) throws IOException {
        write(new AlertScores.Row(a.itemId(), a.caseId(), a.confidence(), a.level(), a.relation()), out);
    }

    public static void write(AlertScores.Row r, Writer out) throws IOException {
        out.write(r.itemId() + "\t" + r.caseId() + "\t" + String.format(Locale.ROOT, "%.4f", r.confidence()) + "\t"
                + r.level().label() + "\t" + r.relation().label() + "\n");
    }

    /** Reads an alerts file; a malformed line fails with its number, since the file is a program's output. */
    public static List<AlertScores.Row> read(Path file) throws IOException {
        List<AlertScores.Row> rows = new ArrayList<>();
        int n = 0;
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            n++;
            if (line.isBlank()) continue;
            String[] f = line.split("\t");
            try {
                if (f.length != 4 && f.length != 5) throw new IllegalArgumentException("4 or 5 tab-separated fields expected, found " + f.length);
                Relation relation = f.length == 5 ? Relation.valueOf(f[4].toUpperCase(Locale.ROOT)) : Relation.RESTATES;
                rows.add(new AlertScores.Row(f[0], f[1], Double.parseDouble(f[2]), Level.valueOf(f[3].toUpperCase(Locale.ROOT)), relation));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(file.getFileName() + ":" + n + ": " + e.getMessage(), e);
            }
        }
        return rows;
    }
}
