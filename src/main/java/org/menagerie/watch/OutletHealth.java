package org.menagerie.watch;

import java.time.LocalDate;
import java.util.Map;
import org.menagerie.catalog.Check;

/**
 * How an outlet's flow of articles looks: its usual daily count over the last four weeks (mean and standard
 * deviation, days without articles counted as zero) and whether yesterday fell outside mean +- 2 sigma, the band
 * Media Cloud alerts on. Yesterday, not today: today is not over.
 *
 * @param days      days looked at
 * @param mean      articles per day, on average
 * @param sigma     standard deviation of the daily count
 * @param yesterday articles read yesterday
 * @param state     "quiet" (below the band), "busy" (above it), "usual", or "new" (no articles, or less than a week)
 */
public record OutletHealth(int days, double mean, double sigma, long yesterday, String state) {
    public static final int WINDOW_DAYS = 28;

    public OutletHealth {
        Check.notBlank(state, "state");
    }

    /** An outlet's health from the articles read of it (by its name), as of {@code today}. */
    public static OutletHealth of(ArticleStore articles, String outlet, LocalDate today) {
        Map<LocalDate, Long> counts = articles.dailyCounts(outlet, today.minusDays(WINDOW_DAYS + 1));
        LocalDate first = counts.keySet().stream().min(LocalDate::compareTo).orElse(null);
        return of(counts, today, first);
    }

    public static OutletHealth of(Map<LocalDate, Long> counts, LocalDate today, LocalDate firstSeen) {
        LocalDate from = today.minusDays(WINDOW_DAYS);
        if (firstSeen != null && firstSeen.isAfter(from)) from = firstSeen;
        int days = (int) java.time.temporal.ChronoUnit.DAYS.between(from, today.minusDays(1));
        long yesterday = counts.getOrDefault(today.minusDays(1), 0L);
        if (firstSeen == null || days < 7) return new OutletHealth(Math.max(days, 0), 0, 0, yesterday, "new");
        double sum = 0, squares = 0;
        for (LocalDate d = from; d.isBefore(today.minusDays(1)); d = d.plusDays(1)) {
            long c = counts.getOrDefault(d, 0L);
            sum += c;
            squares += (double) c * c;
        }
        double mean = sum / days;
        double sigma = Math.sqrt(Math.max(0, squares / days - mean * mean));
        String state = yesterday < mean - 2 * sigma ? "quiet" : yesterday > mean + 2 * sigma ? "busy" : "usual";
        return new OutletHealth(days, mean, sigma, yesterday, state);
    }
}
