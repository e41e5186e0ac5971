package org.menagerie.dataset;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.menagerie.catalog.Appearance;
import org.menagerie.catalog.Case;
import org.menagerie.catalog.Provenance;
import org.menagerie.catalog.Verdict;

/**
 * EUvsDisinfo's database in the two shapes found in the wild, told apart by the header: the 2015-2017 scrape
 * ({@code ;}-separated, with summary and disproof) and the 2015-2021 case list (CSV, the case URL as id, multi-values
 * joined with {@code +}). Every case is DISINFORMATION, reviewed by EUvsDisinfo.
 *
 * <p>Ids: the 2021 list's cases take the slug of their case URL ("euvsdisinfo-german-special-services-helped-navalny");
 * the 2017 scrape has no key of its own, so its cases take a slug of the title plus a hash of date, outlet, source URL
 * and title. The two files share about 540 cases (same title and date) but they are not merged: the 2017 rows have no
 * case URL to join on, and the store replaces a case by id, so a merge would lose one file's fields. Rows repeated
 * within one file (the scrape holds about 300 exact repeats) are reported and skipped.
 */
final class EuvsdisinfoReader implements CaseReader {
    static final String REVIEWER = "EUvsDisinfo";
    private static final List<String> SCRAPE_HEADER = List.of("issue", "date", "outlet", "language", "origin",
            "reported by", "keywords", "source", "title", "summary", "disproof");
    private static final List<String> LIST_HEADER = List.of("date", "id", "title", "countries", "keywords", "languages",
            "outlets");
    private static final String CASE_URL = "https://euvsdisinfo.eu/report/";
    private static final DateTimeFormatter DMY = DateTimeFormatter.ofPattern("dd.MM.uuuu", Locale.ROOT);

    @Override
    public String format() {
        return "euvsdisinfo";
    }

    @Override
    public void read(Path file, Sink sink) throws IOException {
        String first = Fields.firstLine(file);
        boolean scrape = header(first, ';').equals(SCRAPE_HEADER);
        if (!scrape && !header(first, ',').equals(LIST_HEADER)) {
            throw new IllegalArgumentException(file.getFileName() + " is not an EUvsDisinfo CSV: its header is \""
                    + Fields.preview(first) + "\"; expected " + String.join(";", SCRAPE_HEADER) + " or "
                    + String.join(",", LIST_HEADER));
        }
        String name = file.getFileName().toString();
        var rows = new Records(name, sink);
        try (var in = TextFiles.open(file)) {
            var records = new Delimited(in, scrape ? ';' : ',', true);
            records.next(); // header
            for (Delimited.Row row; (row = records.next()) != null; ) {
                if (!rows.wellFormed(row, scrape ? SCRAPE_HEADER.size() : LIST_HEADER.size())) continue;
                Case c = scrape ? scrapeCase(row, rows) : listCase(row, rows);
                if (c != null) rows.emit(c, row);
            }
        }
    }

    private static Case scrapeCase(Delimited.Row row, Records rows) {
        String title = Fields.oneLine(row.get(8));
        if (title.isEmpty()) return rows.skip(row, "no title (the claim)");
        LocalDate date = rows.date(row, row.get(1), DMY);
        // 15 outlets span lines ("aeronet.cz", "cz.sputniknews.com", ... or a name and a note): kept as one line, since
        // the lines are not always separate outlets. The id's key uses one-line values, so line endings cannot change it.
        String outlet = Fields.oneLine(row.get(2)), source = Fields.oneLine(row.get(7));
        List<Appearance> appearances = outlet.isEmpty() && source.isEmpty()
                ? List.of() : List.of(new Appearance(outlet, source, date, null));
        String key = String.join("\n", Fields.oneLine(row.get(1)), outlet, source, title);
        return base(StableIds.hashed("euvsdisinfo", title, key), title, rows, row)
                .summary(Fields.text(row.get(9))).debunk(Fields.text(row.get(10)))
                .languages(rows.languages(row, Fields.split(row.get(3), ",")))
                .countries(Fields.split(row.get(4), ",")).keywords(Fields.split(row.get(6), ","))
                .appearances(appearances).firstSeen(date).build();
    }

    private static Case listCase(Delimited.Row row, Records rows) {
        String url = row.get(1).strip();
        if (!url.startsWith(CASE_URL) || url.length() == CASE_URL.length()) {
            return rows.skip(row, "the id is not an EUvsDisinfo case URL: " + Fields.preview(url));
        }
        String title = Fields.oneLine(row.get(2));
        if (title.isEmpty()) return rows.skip(row, "no title (the claim)");
        LocalDate date = rows.date(row, row.get(0), DateTimeFormatter.ISO_LOCAL_DATE);
        List<Appearance> appearances = new ArrayList<>();
        for (String outlet : Fields.split(row.get(6), "\\+")) appearances.add(new Appearance(outlet, null, date, null));
        String slug = url.substring(CASE_URL.length()).replaceAll("/+$", "");
        return base(StableIds.of("euvsdisinfo", slug), title, rows, row)
                .reviewUrl(url)
                .languages(rows.languages(row, Fields.split(row.get(5), "\\+")))
                .countries(Fields.split(row.get(3), "\\+")).keywords(Fields.split(row.get(4), "\\+"))
                .appearances(appearances).firstSeen(date).build();
    }

    private static Case.Builder base(String id, String title, Records rows, Delimited.Row row) {
        return Case.builder(id, title).verdict(Verdict.DISINFORMATION).reviewer(REVIEWER)
                .provenance(Provenance.ofFile("euvsdisinfo", rows.file, row.line()));
    }

    private static List<String> header(String line, char delimiter) {
        List<String> names = new ArrayList<>();
        for (String n : line.split(String.valueOf(delimiter), -1)) {
            names.add(n.strip().replaceAll("^\"|\"$", "").toLowerCase(Locale.ROOT));
        }
        return names;
    }
}
