package org.menagerie.trend;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Events are counted per ISO week and group, with empty weeks kept and the busiest groups first. */
class WeeklyTest {
    static Event e(Event.Kind k, String caseId, String outlet, String at) {
        return new Event(k, caseId, outlet, null, Instant.parse(at));
    }

    @Test
    void countsPerWeekAndGroupKeepingEmptyWeeks() {
        List<Event> events = List.of(
                e(Event.Kind.ALERT, "a", "X", "2026-11-03T10:00:00Z"),
                e(Event.Kind.SIGHTING, "a", "X", "2026-11-04T10:00:00Z"),
                e(Event.Kind.ALERT, "b", "Y", "2026-11-17T10:00:00Z"),
                e(Event.Kind.SIGHTING, "b", "Y", "2026-11-18T10:00:00Z"),
                e(Event.Kind.SIGHTING, "b", "Y", "2026-11-18T11:00:00Z"),
                e(Event.Kind.ALERT, "c", "Z", "2026-10-01T10:00:00Z"));
        Weekly w = Weekly.count(Dimension.OUTLET, events, x -> List.of(x.outlet()), Instant.parse("2026-11-02T00:00:00Z"),
                Instant.parse("2026-11-20T00:00:00Z"), 10);
        assertThat(w.weeks()).containsExactly(LocalDate.parse("2026-11-02"), LocalDate.parse("2026-11-09"), LocalDate.parse("2026-11-16"));
        assertThat(w.groups()).extracting(Weekly.Group::key).containsExactly("Y", "X");
        assertThat(w.groups().get(0).sightings()).containsExactly(0L, 0L, 2L);
        assertThat(w.groups().get(1).alerts()).containsExactly(1L, 0L, 0L);
        assertThat(w.csv()).startsWith("outlet,week,alerts,sightings\nY,2026-11-02,0,0\n").contains("X,2026-11-02,1,1\n");
    }

    @Test
    void csvCellsCannotBecomeFormulas() {
        Weekly w = Weekly.count(Dimension.OUTLET, List.of(e(Event.Kind.ALERT, "a", "=HYPERLINK(1,2)", "2026-11-03T10:00:00Z")),
                x -> List.of(x.outlet()), Instant.parse("2026-11-02T00:00:00Z"), Instant.parse("2026-11-03T23:00:00Z"), 5);
        assertThat(w.csv()).contains("\"'=HYPERLINK(1,2)\",2026-11-02,1,0");
    }
}
