package org.menagerie.dataset;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.menagerie.catalog.Case;
import org.menagerie.catalog.CaseLines;
import org.menagerie.catalog.Ids;
import org.menagerie.catalog.Problem;
import org.menagerie.catalog.Provenance;
import org.menagerie.catalog.Verdict;

/**
 * Reads the Snopes verified claims of CLEF CheckThat! 2022 task 2A: one JSON object a line with vclaim_id, vclaim,
 * title, subtitle, author, date ("26 May 2015") and sometimes page_url. The set carries no ratings, so every case is
 * UNRATED; a date that is not a date is dropped with a problem, and the case is kept.
 */
final class SnopesReader implements CaseReader {
    private static final String PREFIX = "vclaim-sno-";
    private static final Pattern GLUED = Pattern.compile("(\\d)(\\p{Alpha})"), SPACES = Pattern.compile("\\s+");
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM uuuu", Locale.ENGLISH);

    @Override
    public String format() {
        return "snopes";
    }

    @Override
    public void read(Path file, Sink sink) throws IOException {
        String name = file.getFileName().toString();
        JsonLines.read(file, "a Snopes vclaims file (CheckThat! 2022 JSONL with vclaim_id and vclaim)",
                o -> o.has("vclaim_id") && o.has("vclaim"), (line, number) -> {
                    ObjectNode o = CaseLines.object(line);
                    String key = text(o, "vclaim_id");
                    if (key == null) throw new IllegalArgumentException("no vclaim_id");
                    if (text(o, "vclaim") == null) throw new IllegalArgumentException("no vclaim");
                    String date = text(o, "date");
                    LocalDate reviewDate = date(date);
                    if (date != null && reviewDate == null) {
                        sink.problem(new Problem(name, number, "date is not a date: \"" + shorten(date)
                                + "\"; kept without a review date"));
                    }
                    sink.accept(toCase(o, key, reviewDate, Provenance.ofFile("snopes", name, number)));
                }, sink);
    }

    private static Case toCase(ObjectNode o, String key, LocalDate reviewDate, Provenance provenance) {
        String id = Ids.of("snopes", key.startsWith(PREFIX) ? key.substring(PREFIX.length()) : key);
        return Case.builder(id, text(o, "vclaim")).title(text(o, "title")).summary(text(o, "subtitle"))
                .verdict(Verdict.UNRATED).languages(List.of("en")).reviewer("Snopes").reviewUrl(text(o, "page_url"))
                .reviewDate(reviewDate).provenance(provenance).build();
    }

    /** Parses "26 May 2015", forgiving doubled spaces and a missing one ("21February 2009"). */
    static LocalDate date(String text) {
        if (text == null) return null;
        String tidy = SPACES.matcher(GLUED.matcher(text).replaceAll("$1 $2")).replaceAll(" ").strip();
        try {
            return LocalDate.parse(tidy, DATE);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static String text(ObjectNode o, String field) {
        JsonNode v = o.get(field);
        return v == null || v.isNull() || v.asText().isBlank() ? null : v.asText();
    }

    private static String shorten(String s) {
        return s.length() <= 40 ? s : s.substring(0, 40) + "…";
    }
}
