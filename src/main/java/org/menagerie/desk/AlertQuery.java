package org.menagerie.desk;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.menagerie.alert.Level;
import org.menagerie.alert.Stored;

/**
 * Which alerts the inbox lists: every filter null means any. Newest (raised) first; {@code offset} and {@code limit}
 * page through them.
 *
 * @param level suggested or matched
 * @param state the state as of now (an alert whose snooze ran out is open)
 * @param narrative alerts on the narrative's cases
 * @param outlet the outlet, exactly
 * @param country the outlet's country
 * @param language the article's language
 * @param from raised at or after
 * @param to raised before
 * @param caseId the case
 * @param itemId the item ({@code article:ID})
 * @param story the story (its canonical article's id), or 0 for any
 */
public record AlertQuery(Level level, Stored.State state, String narrative, String outlet, String country, String language,
                         Instant from, Instant to, String caseId, String itemId, long story, int offset, int limit) {
    /** The most a page holds. */
    public static final int MAX_LIMIT = 500;
    /** The filters {@link #parse} reads, beside {@code offset} and {@code limit}. */
    public static final List<String> FILTERS = List.of("level", "state", "narrative", "outlet", "country", "language",
            "from", "to", "case", "item", "story");

    public AlertQuery {
        if (level == Level.NONE) throw new IllegalArgumentException("level must be suggested or matched");
        narrative = blankToNull(narrative);
        outlet = blankToNull(outlet);
        country = blankToNull(country);
        language = blankToNull(language);
        caseId = blankToNull(caseId);
        itemId = blankToNull(itemId);
        if (story < 0) throw new IllegalArgumentException("story must not be negative: " + story);
        if (offset < 0) throw new IllegalArgumentException("offset must not be negative: " + offset);
        if (limit < 1 || limit > MAX_LIMIT) throw new IllegalArgumentException("limit must be 1 to " + MAX_LIMIT + ": " + limit);
        if (from != null && to != null && !from.isBefore(to)) throw new IllegalArgumentException("from must be before to");
    }

    /** Every alert, the newest {@code limit}. */
    public static AlertQuery newest(int limit) {
        return new AlertQuery(null, null, null, null, null, null, null, null, null, null, 0, 0, limit);
    }

    /** The open alerts (the inbox proper), the newest {@code limit}. */
    public static AlertQuery open(int limit) {
        return newest(limit).withState(Stored.State.OPEN);
    }

    public AlertQuery withState(Stored.State s) {
        return new AlertQuery(level, s, narrative, outlet, country, language, from, to, caseId, itemId, story, offset, limit);
    }

    public AlertQuery withLevel(Level l) {
        return new AlertQuery(l, state, narrative, outlet, country, language, from, to, caseId, itemId, story, offset, limit);
    }

    public AlertQuery withCase(String id) {
        return new AlertQuery(level, state, narrative, outlet, country, language, from, to, id, itemId, story, offset, limit);
    }

    public AlertQuery withPage(int newOffset, int newLimit) {
        return new AlertQuery(level, state, narrative, outlet, country, language, from, to, caseId, itemId, story, newOffset, newLimit);
    }

    /**
     * From request or command-line parameters: level, state (open, confirmed, dismissed, snoozed), narrative, outlet,
     * country, language, from and to (a date, {@code to} inclusive, or an instant), case, item, story, offset and limit
     * (default 50). Unknown values are refused with the value named.
     */
    public static AlertQuery parse(Map<String, String> p) {
        return new AlertQuery(
                p.get("level") == null || p.get("level").isBlank() ? null : level(p.get("level")),
                p.get("state") == null || p.get("state").isBlank() ? null : state(p.get("state")),
                p.get("narrative"), p.get("outlet"), p.get("country"), p.get("language"),
                instant("from", p.get("from"), false), instant("to", p.get("to"), true), p.get("case"), p.get("item"),
                number("story", p.get("story"), 0), (int) number("offset", p.get("offset"), 0), (int) number("limit", p.get("limit"), 50));
    }

    private static Level level(String s) {
        String v = s.strip().toUpperCase(Locale.ROOT);
        if (!v.equals("SUGGESTED") && !v.equals("MATCHED")) throw new IllegalArgumentException("unknown level '" + s + "': suggested or matched");
        return Level.valueOf(v);
    }

    private static Stored.State state(String s) {
        try {
            return Stored.State.valueOf(s.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("unknown state '" + s + "': open, confirmed, dismissed or snoozed");
        }
    }

    private static Instant instant(String name, String s, boolean endOfDay) {
        if (s == null || s.isBlank()) return null;
        try {
            if (s.strip().length() == 10) {
                LocalDate d = LocalDate.parse(s.strip());
                return (endOfDay ? d.plusDays(1) : d).atStartOfDay(ZoneOffset.UTC).toInstant();
            }
            return Instant.parse(s.strip());
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException(name + " must be a date (2026-03-01) or an instant: " + s);
        }
    }

    private static long number(String name, String s, long dflt) {
        if (s == null || s.isBlank()) return dflt;
        try {
            return Long.parseLong(s.strip());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(name + " must be a number: " + s);
        }
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
