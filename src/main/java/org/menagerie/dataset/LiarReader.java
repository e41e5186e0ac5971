package org.menagerie.dataset;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import org.menagerie.catalog.Appearance;
import org.menagerie.catalog.Case;
import org.menagerie.catalog.Provenance;

/**
 * The LIAR dataset (PolitiFact statements): TSV without a header or quoting, 14 columns: id ("2635.json"), label,
 * statement, subjects (comma-separated), speaker, job, state, party, five counts of the speaker's past ratings, and
 * the context the statement was made in. Ids are "liar-2635". The speaker's job, state, party and counts have no
 * place in a case and are left out.
 */
final class LiarReader implements CaseReader {
    private static final int COLUMNS = 14;
    private static final Pattern ID = Pattern.compile("(\\d+)\\.json");

    @Override
    public String format() {
        return "liar";
    }

    @Override
    public void read(Path file, Sink sink) throws IOException {
        String first = Fields.firstLine(file);
        String[] fields = first.split("\t", -1);
        if (fields.length != COLUMNS || !ID.matcher(fields[0]).matches() || Verdicts.of("liar", fields[1]) == null) {
            throw new IllegalArgumentException(file.getFileName() + " is not a LIAR TSV: its first line should be "
                    + COLUMNS + " tab-separated fields starting with an id like 2635.json and a PolitiFact label, but is \""
                    + Fields.preview(first) + "\"");
        }
        var records = new Records(file.getFileName().toString(), sink);
        try (var in = TextFiles.open(file)) {
            var rows = new Delimited(in, '\t', false);
            for (Delimited.Row row; (row = rows.next()) != null; ) {
                if (!records.wellFormed(row, COLUMNS)) continue;
                Case c = toCase(row, records);
                if (c != null) records.emit(c, row);
            }
        }
        records.finish();
    }

    private static Case toCase(Delimited.Row row, Records records) {
        var id = ID.matcher(row.get(0).strip());
        if (!id.matches()) return records.skip(row, "the id is not like 2635.json: " + Fields.preview(row.get(0)));
        String statement = row.get(2).strip();
        if (statement.isEmpty()) return records.skip(row, "no statement");
        String label = row.get(1).strip();
        String context = row.get(13).strip();
        return Case.builder(StableIds.of("liar", id.group(1)), statement)
                .verdict(records.verdict("liar", label)).originalLabel(label)
                .languages(List.of("en"))
                .keywords(Fields.split(row.get(3), ","))
                .claimant(row.get(4))
                .appearances(context.isEmpty() ? List.of() : List.of(new Appearance(context, null, null, null)))
                .reviewer("PolitiFact")
                .provenance(Provenance.ofFile("liar", records.file, row.line()))
                .build();
    }
}
