package org.menagerie.text;

import java.time.LocalDate;
import org.menagerie.catalog.Check;

/**
 * A date written in the text, normalised.
 *
 * @param date the day meant; for a month or a year, its first day
 * @param inferred true when part of the date (usually the year) came from the article's date, not the text
 */
public record DateMention(String text, int start, int end, LocalDate date, Precision precision, boolean inferred) {
    public enum Precision { DAY, MONTH, YEAR }

    public DateMention {
        Check.notBlank(text, "text");
        Offsets.check(start, end);
        Check.notNull(date, "date");
        Check.notNull(precision, "precision");
    }
}
