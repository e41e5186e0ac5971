package org.menagerie.dataset;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.menagerie.catalog.Case;
import org.menagerie.catalog.Provenance;

/**
 * RoFact: Romanian political statements rated by Factual.ro, TSV with a header (Claim Title, Claim, Verdict, Author,
 * Domain) and CSV-style quoting where a field holds quotes. The claim title is the rated statement and becomes the
 * claim; the longer quote around it, when it differs, becomes the summary. The author is the claimant and the domain
 * ("Politica", "Finante") a keyword. The file has no ids: a case's id is a slug of the statement plus a hash of the
 * statement and its author.
 */
final class RofactReader implements CaseReader {
    private static final List<String> HEADER = List.of("Claim Title", "Claim", "Verdict", "Author", "Domain");

    @Override
    public String format() {
        return "rofact";
    }

    @Override
    public void read(Path file, Sink sink) throws IOException {
        String first = Fields.firstLine(file);
        if (!List.of(first.split("\t", -1)).stream().map(String::strip).toList().equals(HEADER)) {
            throw new IllegalArgumentException(file.getFileName() + " is not a RoFact TSV: its header is \""
                    + Fields.preview(first) + "\"; expected " + String.join("<TAB>", HEADER));
        }
        var records = new Records(file.getFileName().toString(), sink);
        try (var in = TextFiles.open(file)) {
            var rows = new Delimited(in, '\t', true);
            rows.next(); // header
            for (Delimited.Row row; (row = rows.next()) != null; ) {
                if (!records.wellFormed(row, HEADER.size())) continue;
                Case c = toCase(row, records);
                if (c != null) records.emit(c, row);
            }
        }
        records.finish();
    }

    private static Case toCase(Delimited.Row row, Records records) {
        String statement = Fields.oneLine(row.get(0));
        String quote = row.get(1).strip();
        if (statement.isEmpty()) statement = Fields.oneLine(quote);
        if (statement.isEmpty()) return records.skip(row, "no claim");
        String label = row.get(2).strip();
        String author = row.get(3).strip();
        return Case.builder(StableIds.hashed("rofact", statement, statement + "\n" + author), statement)
                .summary(quote.equals(statement) ? null : quote)
                .verdict(records.verdict("rofact", label)).originalLabel(label)
                .languages(List.of("ro"))
                .keywords(Fields.split(row.get(4), ","))
                .claimant(author)
                .reviewer("Factual.ro")
                .provenance(Provenance.ofFile("rofact", records.file, row.line()))
                .build();
    }
}
