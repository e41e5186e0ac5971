package org.menagerie.text;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds dates and normalises them. A day and month without a year ("December 7th", "1 decembrie") takes the year that
 * puts it nearest the article's date, and a weekday written beside it ("Tuesday, December 7th") must agree. Without
 * an article date, such a weekday dates the text: the latest day and month falling on that weekday, not after today,
 * stands in for the article's date. With neither, the dates are left out rather than guessed (and still not read as
 * numbers: see {@link #dayMonthSpans}).
 */
final class Dates {
    private static final Map<String, Integer> MONTHS = months();
    private static final String MONTH = "(January|February|March|April|May|June|July|August|September|October|"
            + "November|December|Jan\\.|Feb\\.|Mar\\.|Apr\\.|Jun\\.|Jul\\.|Aug\\.|Sept?\\.|Oct\\.|Nov\\.|Dec\\.|"
            + "ianuarie|februarie|martie|aprilie|mai|iunie|iulie|august|septembrie|octombrie|noiembrie|decembrie)";
    private static final String WEEKDAY = "(?:(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|luni|marți|"
            + "miercuri|joi|vineri|sâmbătă|duminică),?\\s+)?";
    private static final String YEAR = "(?:,?\\s+(\\d{4}))?";
    private static final Pattern MONTH_DAY = Pattern.compile("(?iu)\\b" + WEEKDAY + MONTH
            + "\\s+(\\d{1,2})(?:st|nd|rd|th)?\\b" + YEAR);
    private static final Pattern DAY_MONTH = Pattern.compile("(?iu)\\b" + WEEKDAY
            + "(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?" + MONTH + "\\b" + YEAR);
    private static final Pattern MONTH_YEAR = Pattern.compile("(?iu)\\b" + MONTH + "\\s+(\\d{4})\\b");
    private static final Pattern NUMERIC = Pattern.compile("\\b(?:(\\d{4})-(\\d{2})-(\\d{2})|(\\d{1,2})\\.(\\d{1,2})\\.(\\d{4}))\\b");
    private static final Pattern YEAR_ALONE = Pattern.compile("(?<![\\d.,])\\b(1[89]\\d\\d|20\\d\\d)\\b(?![.,]?\\d)");

    private Dates() {}

    /** How many years back a weekday may pin a text's date. */
    private static final int PINNED_YEARS = 30;

    static List<DateMention> find(String text, LocalDate context, LocalDate today) {
        return find(text, context != null ? context : pinned(text, today));
    }

    /**
     * The date a weekday beside a day and month pins ("Tuesday, December 7th" read on 2026-11-30: 2021-12-07), or
     * null when the text has none.
     */
    static LocalDate pinned(String text, LocalDate today) {
        LocalDate best = null;
        for (Pattern p : new Pattern[] {MONTH_DAY, DAY_MONTH}) {
            Matcher m = p.matcher(text);
            while (m.find()) {
                boolean monthFirst = p == MONTH_DAY;
                String weekday = m.group(1);
                if (weekday == null || m.group(4) != null) continue;
                int month = month(m.group(monthFirst ? 2 : 3));
                int day = Integer.parseInt(m.group(monthFirst ? 3 : 2));
                for (int y = today.getYear(); y > today.getYear() - PINNED_YEARS; y--) {
                    LocalDate d;
                    try {
                        d = LocalDate.of(y, month, day);
                    } catch (DateTimeException e) {
                        continue;
                    }
                    if (d.isAfter(today) || d.getDayOfWeek() != weekday(weekday)) continue;
                    if (best == null || d.isAfter(best)) best = d;
                    break;
                }
            }
        }
        return best;
    }

    /** Where a day and month are written ("November 30th", "1 decembrie"), dated or not: never amounts. */
    static List<int[]> dayMonthSpans(String text) {
        List<int[]> out = new ArrayList<>();
        for (Pattern p : new Pattern[] {MONTH_DAY, DAY_MONTH}) {
            Matcher m = p.matcher(text);
            while (m.find()) {
                String monthName = m.group(p == MONTH_DAY ? 2 : 3);
                if (monthName.equalsIgnoreCase("mai") && m.group(4) == null && m.group(1) == null) continue;
                out.add(new int[] {m.start(), m.end()});
            }
        }
        return out;
    }

    static List<DateMention> find(String text, LocalDate context) {
        List<DateMention> out = new ArrayList<>();
        Matcher m = MONTH_DAY.matcher(text);
        while (m.find()) day(out, m, m.group(1), m.group(2), m.group(3), m.group(4), context);
        m = DAY_MONTH.matcher(text);
        while (m.find()) if (free(out, m.start())) day(out, m, m.group(1), m.group(3), m.group(2), m.group(4), context);
        m = MONTH_YEAR.matcher(text);
        while (m.find()) {
            if (!free(out, m.start())) continue;
            add(out, m, LocalDate.of(Integer.parseInt(m.group(2)), month(m.group(1)), 1), DateMention.Precision.MONTH, false);
        }
        m = NUMERIC.matcher(text);
        while (m.find()) {
            if (!free(out, m.start())) continue;
            try {
                LocalDate d = m.group(1) != null
                        ? LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)))
                        : LocalDate.of(Integer.parseInt(m.group(6)), Integer.parseInt(m.group(5)), Integer.parseInt(m.group(4)));
                add(out, m, d, DateMention.Precision.DAY, false);
            } catch (DateTimeException ignored) {
                // not a date after all, such as 31.02.2021
            }
        }
        m = YEAR_ALONE.matcher(text);
        while (m.find()) {
            if (free(out, m.start())) add(out, m, LocalDate.of(Integer.parseInt(m.group(1)), 1, 1), DateMention.Precision.YEAR, false);
        }
        out.sort(java.util.Comparator.comparingInt(DateMention::start));
        return out;
    }

    private static void day(List<DateMention> out, Matcher m, String weekday, String monthName, String dayText,
                            String yearText, LocalDate context) {
        int month = month(monthName);
        int day = Integer.parseInt(dayText);
        if (day < 1 || day > 31) return;
        if (monthName.equalsIgnoreCase("mai") && yearText == null && weekday == null) return; // "mai" is also "more"
        try {
            if (yearText != null) {
                add(out, m, LocalDate.of(Integer.parseInt(yearText), month, day), DateMention.Precision.DAY, false);
                return;
            }
            if (context == null) return;
            LocalDate best = null;
            for (int y = context.getYear() - 1; y <= context.getYear() + 1; y++) {
                LocalDate d;
                try {
                    d = LocalDate.of(y, month, day);
                } catch (DateTimeException e) {
                    continue;
                }
                if (weekday != null && d.getDayOfWeek() != weekday(weekday)) continue;
                if (best == null || Math.abs(d.toEpochDay() - context.toEpochDay())
                        < Math.abs(best.toEpochDay() - context.toEpochDay())) best = d;
            }
            if (best != null) add(out, m, best, DateMention.Precision.DAY, true);
        } catch (DateTimeException ignored) {
            // a day the month does not have
        }
    }

    private static boolean free(List<DateMention> out, int pos) {
        return out.stream().noneMatch(d -> d.start() <= pos && pos < d.end());
    }

    private static void add(List<DateMention> out, Matcher m, LocalDate d, DateMention.Precision p, boolean inferred) {
        out.add(new DateMention(m.group(), m.start(), m.end(), d, p, inferred));
    }

    private static int month(String name) {
        String key = name.toLowerCase(Locale.ROOT).replace(".", "");
        Integer n = MONTHS.get(key.length() > 3 && !MONTHS.containsKey(key) ? key.substring(0, 3) : key);
        if (n == null) throw new IllegalArgumentException("not a month: " + name);
        return n;
    }

    private static DayOfWeek weekday(String name) {
        String[] en = {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"};
        String[] ro = {"luni", "marți", "miercuri", "joi", "vineri", "sâmbătă", "duminică"};
        String n = name.toLowerCase(new Locale("ro"));
        for (int i = 0; i < 7; i++) if (en[i].equals(n) || ro[i].equals(n)) return DayOfWeek.of(i + 1);
        throw new IllegalArgumentException("not a weekday: " + name);
    }

    private static Map<String, Integer> months() {
        String[] en = {"jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"};
        String[] ro = {"ianuarie", "februarie", "martie", "aprilie", "mai", "iunie", "iulie", "august", "septembrie",
                "octombrie", "noiembrie", "decembrie"};
        Map<String, Integer> m = new java.util.HashMap<>();
        for (int i = 0; i < 12; i++) {
            m.put(en[i], i + 1);
            m.put(ro[i], i + 1);
        }
        m.put("sept", 9);
        return Map.copyOf(m);
    }
}
