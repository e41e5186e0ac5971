package org.menagerie.trend;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.menagerie.catalog.Check;

/**
 * Alerts and sightings per ISO week (weeks start on Monday, UTC) and per group: the numbers behind a trend chart, its
 * table and its CSV.
 *
 * @param weeks  the Mondays of the weeks counted, oldest first, without gaps
 * @param groups the groups, most sightings first (then most alerts, then by name)
 */
public record Weekly(Dimension dimension, List<LocalDate> weeks, List<Group> groups) {
    /** One group's counts, one number per week. */
    public record Group(String key, List<Long> alerts, List<Long> sightings) {
        public Group {
            Check.notBlank(key, "key");
            alerts = List.copyOf(alerts);
            sightings = List.copyOf(sightings);
            if (alerts.size() != sightings.size()) throw new IllegalArgumentException("one count of each per week");
        }

        public long totalAlerts() {
            return alerts.stream().mapToLong(Long::longValue).sum();
        }

        public long totalSightings() {
            return sightings.stream().mapToLong(Long::longValue).sum();
        }
    }

    public Weekly {
        Check.notNull(dimension, "dimension");
        weeks = List.copyOf(weeks);
        groups = List.copyOf(groups);
        for (Group g : groups) {
            if (g.alerts().size() != weeks.size()) throw new IllegalArgumentException("group " + g.key() + " has a count per week");
        }
    }

    public static LocalDate weekOf(Instant at) {
        return at.atOffset(ZoneOffset.UTC).toLocalDate().with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
    }

    /**
     * Counts {@code events} from the week of {@code from} to the week of {@code to}; {@code groupsOf} names the groups
     * an event counts in (a case in two narratives counts in both; none: it is left out), at most {@code limit} groups.
     */
    public static Weekly count(Dimension dimension, List<Event> events, Function<Event, List<String>> groupsOf,
                               Instant from, Instant to, int limit) {
        if (limit < 1) throw new IllegalArgumentException("limit must be positive: " + limit);
        List<LocalDate> weeks = new ArrayList<>();
        for (LocalDate w = weekOf(from); !w.isAfter(weekOf(to)); w = w.plusWeeks(1)) weeks.add(w);
        Map<String, long[][]> counts = new LinkedHashMap<>();
        for (Event e : events) {
            if (e.at().isBefore(from) || e.at().isAfter(to)) continue;
            int week = weeks.indexOf(weekOf(e.at()));
            for (String g : groupsOf.apply(e)) {
                long[][] c = counts.computeIfAbsent(g, k -> new long[2][weeks.size()]);
                c[e.kind() == Event.Kind.ALERT ? 0 : 1][week]++;
            }
        }
        List<Group> groups = new ArrayList<>();
        counts.forEach((k, c) -> groups.add(new Group(k, boxed(c[0]), boxed(c[1]))));
        groups.sort(Comparator.comparingLong(Group::totalSightings).reversed()
                .thenComparing(Comparator.comparingLong(Group::totalAlerts).reversed()).thenComparing(Group::key));
        return new Weekly(dimension, weeks, groups.subList(0, Math.min(limit, groups.size())));
    }

    private static List<Long> boxed(long[] a) {
        List<Long> out = new ArrayList<>(a.length);
        for (long x : a) out.add(x);
        return out;
    }

    /** The numbers as CSV: one line per group and week, with a header line. */
    public String csv() {
        StringBuilder out = new StringBuilder(dimension.key()).append(",week,alerts,sightings\n");
        for (Group g : groups) {
            for (int i = 0; i < weeks.size(); i++) {
                out.append(cell(g.key())).append(',').append(weeks.get(i)).append(',').append(g.alerts().get(i))
                        .append(',').append(g.sightings().get(i)).append('\n');
            }
        }
        return out.toString();
    }

    private static String cell(String s) {
        boolean quote = s.contains(",") || s.contains("\"") || s.contains("\n");
        // A cell starting with = + - @ is a formula to a spreadsheet; a leading quote keeps it text.
        String safe = s.matches("^[=+\\-@].*") ? "'" + s : s;
        return quote ? "\"" + safe.replace("\"", "\"\"") + "\"" : safe;
    }
}
