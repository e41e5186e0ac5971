package org.menagerie.dataset;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.menagerie.catalog.Case;
import org.menagerie.catalog.Problem;
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
        // The file lists some statements twice, under a second domain: those become one case with both domains.
        Map<String, Case> cases = new LinkedHashMap<>();
        try (var in = TextFiles.open(file)) {
            var rows = new Delimited(in, '\t', true);
            rows.next(); // header
            for (Delimited.Row row; (row = rows.next()) != null; ) {
                if (!records.wellFormed(row, HEADER.size())) continue;
                Case c = toCase(row, records);
                if (c == null) continue;
                Case earlier = cases.get(c.id());
                if (earlier == null) {
                    cases.put(c.id(), c);
                    records.checkEncoding(row);
                } else {
                    cases.put(c.id(), merged(earlier, c, row, records));
                }
            }
        }
        cases.values().forEach(sink::accept);
        records.finish();
    }

    private static Case merged(Case first, Case repeat, Delimited.Row row, Records records) {
        String where = "repeats the statement of line " + first.provenance().line();
        if (first.verdict() != repeat.verdict()) {
            records.skip(row, where + " with another verdict");
            return first;
        }
        List<String> added = repeat.keywords().stream().filter(k -> !first.keywords().contains(k)).toList();
        if (added.isEmpty()) {
            records.skip(row, where);
            return first;
        }
        records.sink.problem(new Problem(records.file, row.line(), where + "; its domain \"" + String.join(", ", added)
                + "\" was added to that case"));
        List<String> keywords = new ArrayList<>(first.keywords());
        keywords.addAll(added);
        return first.toBuilder().keywords(keywords).build();
    }

    private static Case toCase(Delimited.Row row, Records records) {
        String statement = Fields.oneLine(row.get(0));
        String quote = Fields.text(row.get(1));
        if (quote == null) quote = "";
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
