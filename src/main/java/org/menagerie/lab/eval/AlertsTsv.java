package org.menagerie.lab.eval;

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

/** The alerts file of a replay: {@code item_id<TAB>case_id<TAB>confidence<TAB>level}, one alert a line, no header. */
public final class AlertsTsv {
    private AlertsTsv() {}

    public static void write(Alert a, Writer out) throws IOException {
        out.write(a.itemId() + "\t" + a.caseId() + "\t" + String.format(Locale.ROOT, "%.4f", a.confidence()) + "\t"
                + a.level().label() + "\n");
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
                if (f.length != 4) throw new IllegalArgumentException("4 tab-separated fields expected, found " + f.length);
                rows.add(new AlertScores.Row(f[0], f[1], Double.parseDouble(f[2]), Level.valueOf(f[3].toUpperCase(Locale.ROOT))));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(file.getFileName() + ":" + n + ": " + e.getMessage(), e);
            }
        }
        return rows;
    }
}
