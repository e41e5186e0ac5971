package org.menagerie.lab.replay;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class StreamClockTest {
    @Test
    void theClockFollowsTheStreamAndNeverGoesBack() {
        StreamClock clock = new StreamClock(Instant.parse("2020-01-14T00:00:00Z"));
        clock.advanceTo(Instant.parse("2020-01-15T10:00:00Z"));
        assertThat(clock.instant()).isEqualTo(Instant.parse("2020-01-15T10:00:00Z"));
        clock.advanceTo(Instant.parse("2020-01-15T09:00:00Z"));
        assertThat(clock.instant()).isEqualTo(Instant.parse("2020-01-15T10:00:00Z"));
    }
}
