package org.menagerie.dataset;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import org.menagerie.catalog.Appearance;
import org.menagerie.catalog.Case;

/** Writes cases as RFC 4180 CSV (UTF-8, CRLF), one row per case, with the columns of {@link CsvColumns}. */
public final class CsvWriter implements CaseWriter {
    private final Writer out;

    public CsvWriter(OutputStream stream) {
        out = new OutputStreamWriter(Objects.requireNonNull(stream, "stream"), StandardCharsets.UTF_8);
        try {
            row(CsvColumns.HEADER);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void write(Case c) throws IOException {
        var p = c.provenance();
        row(List.of(c.id(), c.claim(), c.title(), text(c.summary()), text(c.debunk()), c.verdict().name(),
                text(c.originalLabel()), CsvColumns.join(c.languages()), CsvColumns.join(c.countries()),
                CsvColumns.join(c.keywords()), parts(c, Appearance::outlet), parts(c, Appearance::url),
                parts(c, a -> a.seen() == null ? null : a.seen().toString()), parts(c, Appearance::archivedUrl),
                text(c.firstSeen()), text(c.claimant()), text(c.reviewer()), text(c.reviewUrl()), text(c.reviewDate()),
                CsvColumns.join(c.narratives()), c.status().name(), p.dataset(), text(p.file()),
                Long.toString(p.line()), text(p.editor())));
    }

    @Override
    public void close() throws IOException {
        out.flush(); // the stream stays open
    }

    private void row(List<String> values) throws IOException {
        for (int i = 0; i < values.size(); i++) {
            if (i > 0) out.write(',');
            out.write(CsvColumns.quote(values.get(i)));
        }
        out.write("\r\n");
    }

    private static String parts(Case c, Function<Appearance, String> part) {
        List<String> values = new ArrayList<>();
        c.appearances().forEach(a -> values.add(part.apply(a)));
        return CsvColumns.join(values);
    }

    private static String text(Object value) {
        return value == null ? "" : value.toString();
    }
}
