package org.menagerie.alert;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.menagerie.NeedsSharedData;
import org.menagerie.SharedData;

class ItemsTest {
    @NeedsSharedData
    @Test
    void theReplayStreamReadsWhole() throws IOException {
        Items.Read read = Items.read(SharedData.data("monitoring/replay/dev.jsonl"));
        assertThat(read.problems()).isEmpty();
        assertThat(read.items()).hasSize(1820);
        assertThat(read.items()).isSortedAccordingTo(java.util.Comparator.comparing(Item::published));
        Item tweet = read.items().stream().filter(i -> i.id().equals("tweet-sno-1030")).findFirst().orElseThrow();
        assertThat(tweet.outlet()).isEqualTo("@widjayasherly");
        assertThat(tweet.published()).isEqualTo(Instant.parse("2010-05-13T12:00:00Z"));
        assertThat(tweet.language()).isNull();
    }

    @Test
    void badLinesAreProblemsWithTheirNumbersAndTheRestIsRead(@TempDir Path dir) throws IOException {
        Path f = dir.resolve("s.jsonl");
        Files.write(f, List.of(
                "{\"id\":\"b\",\"published\":\"2024-01-02T10:00:00+03:00\",\"outlet\":\"x\",\"text\":\"second\"}",
                "not json",
                "{\"id\":\"c\",\"published\":\"yesterday\",\"text\":\"t\"}",
                "",
                "{\"id\":\"a\",\"published\":\"2024-01-02\",\"title\":\"Head\",\"text\":\"first\",\"language\":\"en\"}",
                "{\"id\":\"d\",\"published\":\"2024-01-02\",\"text\":\"  \"}"), StandardCharsets.UTF_8);
        Items.Read read = Items.read(f);
        assertThat(read.items()).extracting(Item::id).containsExactly("a", "b");
        assertThat(read.items().get(0).fullText()).isEqualTo("Head\n\nfirst");
        assertThat(read.problems()).extracting(p -> p.line()).containsExactly(2L, 3L, 6L);
        assertThat(read.problems().get(1).reason()).contains("not an ISO 8601 time");
    }
}
