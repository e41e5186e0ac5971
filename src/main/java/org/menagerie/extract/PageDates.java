package org.menagerie.extract;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoField;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Normalises the date forms pages use to ISO-8601: a date-time with offset, a local date-time, or a date. */
final class PageDates {
    private static final Pattern ISO = Pattern.compile(
            "(\\d{4})-?(\\d{2})-?(\\d{2})(?:[T ](\\d{1,2}):(\\d{2})(?::(\\d{2}))?(?:[.,]\\d+)?\\s*(Z|[+-]\\d{2}:?\\d{2}|[+-]\\d{2})?)?");
    private static final List<DateTimeFormatter> WORDY = List.of(
            DateTimeFormatter.RFC_1123_DATE_TIME,
            formatter("MMMM d, yyyy"), formatter("MMM d, yyyy"), formatter("MMM. d, yyyy"),
            formatter("d MMMM yyyy"), formatter("d MMM yyyy"), formatter("EEEE, MMMM d, yyyy"));

    private PageDates() {}

    private static DateTimeFormatter formatter(String pattern) {
        return new DateTimeFormatterBuilder().parseCaseInsensitive().appendPattern(pattern)
                .parseDefaulting(ChronoField.HOUR_OF_DAY, 0).toFormatter(Locale.ENGLISH);
    }

    /** The ISO form of a date string, or null when it is not a date this understands. */
    static String normalise(String raw) {
        if (raw == null) return null;
        String s = raw.strip();
        if (s.isEmpty() || s.length() > 80) return null;
        Matcher m = ISO.matcher(s);
        if (m.lookingAt()) return iso(m);
        for (DateTimeFormatter f : WORDY) {
            try {
                if (f == DateTimeFormatter.RFC_1123_DATE_TIME) return OffsetDateTime.parse(s, f).toString();
                return LocalDateTime.parse(s, f).toLocalDate().toString();
            } catch (DateTimeParseException e) {
                // try the next form
            }
        }
        return null;
    }

    private static String iso(Matcher m) {
        try {
            LocalDate date = LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
            if (date.getYear() < 1900 || date.getYear() > 2100) return null;
            if (m.group(4) == null) return date.toString();
            LocalDateTime time = date.atTime(Integer.parseInt(m.group(4)), Integer.parseInt(m.group(5)),
                    m.group(6) == null ? 0 : Integer.parseInt(m.group(6)));
            String zone = m.group(7);
            if (zone == null) return time.toString();
            if (zone.equals("Z")) zone = "+00:00";
            else if (zone.length() == 3) zone = zone + ":00";
            else if (zone.length() == 5) zone = zone.substring(0, 3) + ":" + zone.substring(3);
            return OffsetDateTime.of(time, java.time.ZoneOffset.of(zone)).toString();
        } catch (RuntimeException e) {
            return null;
        }
    }
}
