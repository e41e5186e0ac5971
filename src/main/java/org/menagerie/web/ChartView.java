package org.menagerie.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.menagerie.trend.Weekly;

/**
 * One weekly chart as a page shows it: the SVG, the same numbers as a table (one row per group, one column per week)
 * and the address of their CSV.
 */
public record ChartView(String id, String caption, String svg, List<LocalDate> weeks, List<Row> rows, String csvUrl) {
    /** A table row: the group's name (and the language it is written in, null for the page's) and its weekly counts. */
    public record Row(String label, String lang, List<Long> values) {
        public long total() {
            return values.stream().mapToLong(Long::longValue).sum();
        }
    }

    /** The chart of one measure (sightings or alerts) of {@code weekly}; the first groups are drawn, all are tabled. */
    static ChartView of(String id, String caption, String desc, Weekly weekly, boolean sightings, Labels labels, String csvUrl) {
        List<Row> rows = new ArrayList<>();
        List<SvgChart.Series> series = new ArrayList<>();
        for (Weekly.Group g : weekly.groups()) {
            Labels.Label l = labels.of(weekly.dimension(), g.key());
            List<Long> values = sightings ? g.sightings() : g.alerts();
            rows.add(new Row(l.text(), l.lang(), values));
            if (series.size() < SvgChart.COLOURS.size()) series.add(new SvgChart.Series(l.text(), l.lang(), values));
        }
        return new ChartView(id, caption, SvgChart.lines(id, caption, desc, weekly.weeks(), series), weekly.weeks(), rows, csvUrl);
    }
}
