package org.menagerie.watch;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.menagerie.outlet.Source;
import org.menagerie.outlet.SourceKind;

class ScheduleTest {
    private static final Instant NOW = Instant.parse("2024-12-05T10:00:00Z");
    private final Schedule schedule = Schedule.standard();
    private final Source fresh = Source.fresh("o/1", "o", SourceKind.FEED, "https://o.example/rss", NOW);

    @Test
    void pollsMoreOftenWhenMostItemsAreNewAndLessWhenMostWereSeen() {
        Source busy = fresh;
        for (int i = 0; i < 10; i++) busy = schedule.succeeded(busy, NOW, 20, 20, null, null);
        assertThat(busy.interval()).isEqualTo(Duration.ofMinutes(10));
        Source slow = fresh;
        for (int i = 0; i < 20; i++) slow = schedule.succeeded(slow, NOW, 20, 1, "\"e\"", null);
        assertThat(slow.interval()).isEqualTo(Duration.ofHours(24));
        assertThat(slow.nextDue()).isEqualTo(NOW.plus(Duration.ofHours(24)));
        assertThat(slow.etag()).isEqualTo("\"e\"");
        assertThat(schedule.succeeded(fresh, NOW, 10, 5, null, null).interval()).isEqualTo(fresh.interval());
    }

    @Test
    void aSuccessForgetsFailures() {
        Source failed = schedule.failed(schedule.failed(fresh, NOW, "status 500"), NOW, "status 500");
        assertThat(failed.failures()).isEqualTo(2);
        Source ok = schedule.succeeded(failed, NOW, 3, 3, null, null);
        assertThat(ok.failures()).isZero();
        assertThat(ok.lastError()).isNull();
        assertThat(ok.lastSuccess()).isEqualTo(NOW);
    }
}
