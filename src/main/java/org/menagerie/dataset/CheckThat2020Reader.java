package org.menagerie.dataset;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.menagerie.catalog.Case;
import org.menagerie.catalog.Provenance;
import org.menagerie.catalog.Verdict;

/**
 * The verified claims of CLEF CheckThat! 2020 task 2 ({@code vclaims.tsv}): Snopes claims as TSV with the header
 * "(empty), vclaim, title" and CSV-style quoting (some claims were hard-wrapped, so a quoted field may span lines;
 * the breaks become spaces). The file carries no rating, so every case is UNRATED; ids are "checkthat2020-{id}".
 */
final class CheckThat2020Reader implements CaseReader {
    private static final List<String> HEADER = List.of("", "vclaim", "title");

    @Override
    public String format() {
        return "checkthat2020";
    }

    @Override
    public void read(Path file, Sink sink) throws IOException {
        String first = Fields.firstLine(file);
        if (!List.of(first.split("\t", -1)).stream().map(String::strip).toList().equals(HEADER)) {
            throw new IllegalArgumentException(file.getFileName() + " is not a CheckThat! 2020 vclaims TSV: its header is \""
                    + Fields.preview(first) + "\"; expected <TAB>vclaim<TAB>title");
        }
        var records = new Records(file.getFileName().toString(), sink);
        try (var in = TextFiles.open(file)) {
            var rows = new Delimited(in, '\t', true);
            rows.next(); // header
            for (Delimited.Row row; (row = rows.next()) != null; ) {
                if (!records.wellFormed(row, HEADER.size())) continue;
                String key = row.get(0).strip();
                String claim = Fields.oneLine(row.get(1));
                if (!key.matches("\\d+")) {
                    records.skip(row, "the id is not a number: " + Fields.preview(key));
                } else if (claim.isEmpty()) {
                    records.skip(row, "no claim");
                } else {
                    records.emit(Case.builder(StableIds.of("checkthat2020", key), claim)
                            .title(Fields.oneLine(row.get(2)))
                            .verdict(Verdict.UNRATED).languages(List.of("en")).reviewer("Snopes")
                            .provenance(Provenance.ofFile("checkthat2020", records.file, row.line()))
                            .build(), row);
                }
            }
        }
    }
}
