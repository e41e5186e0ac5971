package org.menagerie.watch;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class OutletHealthTest {
    private static final LocalDate TODAY = LocalDate.of(2024, 12, 5);

    private static Map<LocalDate, Long> usual(long perDay, long yesterday) {
        Map<LocalDate, Long> counts = new HashMap<>();
        for (int d = 2; d <= 30; d++) counts.put(TODAY.minusDays(d), perDay + (d % 3) - 1);
        counts.put(TODAY.minusDays(1), yesterday);
        return counts;
    }

    @Test
    void anOutletThatFallsSilentIsQuietAndOneThatBurstsIsBusy() {
        LocalDate first = TODAY.minusDays(60);
        assertThat(OutletHealth.of(usual(40, 40), TODAY, first).state()).isEqualTo("usual");
        assertThat(OutletHealth.of(usual(40, 3), TODAY, first).state()).isEqualTo("quiet");
        assertThat(OutletHealth.of(usual(40, 120), TODAY, first).state()).isEqualTo("busy");
        assertThat(OutletHealth.of(usual(40, 40), TODAY, first).mean()).isBetween(39.0, 41.0);
    }

    @Test
    void withoutAWeekOfHistoryNothingIsFlagged() {
        assertThat(OutletHealth.of(Map.of(), TODAY, null).state()).isEqualTo("new");
        assertThat(OutletHealth.of(usual(40, 0), TODAY, TODAY.minusDays(3)).state()).isEqualTo("new");
    }
}
