package org.menagerie;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class EmbeddingProgressTest {
    @Test
    void saysPercentAndTimeLeftAtMostEveryFewSeconds() {
        var bytes = new ByteArrayOutputStream();
        long[] now = {0};
        var progress = new EmbeddingProgress(10_000, new PrintStream(bytes, true, StandardCharsets.UTF_8), () -> now[0]);
        progress.accept(100);
        now[0] = 6_000_000_000L;
        progress.accept(1_000);
        now[0] = 7_000_000_000L;
        progress.accept(1_200);
        assertThat(bytes.toString(StandardCharsets.UTF_8))
                .isEqualTo("embedding case texts: 10% (1,000 of 10,000), about 54 s left" + System.lineSeparator());
        assertThat(EmbeddingProgress.line(2_500, 10_000, 60_000_000_000L)).isEqualTo("embedding case texts: 25% (2,500 of 10,000), about 3 min left");
    }
}
