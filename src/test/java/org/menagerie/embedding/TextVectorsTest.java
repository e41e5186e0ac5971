package org.menagerie.embedding;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TextVectorsTest {
    private static Embedder e5;
    @TempDir Path dir;

    @BeforeAll
    static void load() {
        e5 = Embedder.e5Small();
    }

    @Test
    void embedsOnlyTheTextsItHasNotSeen() {
        TextVectors vectors = new TextVectors(dir);
        TextVectors.Result first = vectors.passages(e5, List.of("NATO is near the border.", "Vaccines contain chips."), null);
        assertThat(first.embedded()).isEqualTo(2);
        TextVectors.Result second = new TextVectors(dir).passages(e5,
                List.of("Vaccines contain chips.", "Sanctions hurt Europe.", "NATO is near the border."), null);
        assertThat(second.reused()).isEqualTo(2);
        assertThat(second.embedded()).isEqualTo(1);
        assertThat(second.vectors()[0]).containsExactly(first.vectors()[1]);
        assertThat(second.vectors()[2]).containsExactly(first.vectors()[0]);
    }

    @Test
    void aRecordCutShortByACrashIsEmbeddedAgainAndTheFileStaysReadable() throws Exception {
        new TextVectors(dir).passages(e5, List.of("One claim.", "Another claim."), null);
        Path file = dir.resolve("e5-small-v2-q-passages.vec");
        byte[] bytes = Files.readAllBytes(file);
        Files.write(file, java.util.Arrays.copyOf(bytes, bytes.length - 100));
        TextVectors.Result repaired = new TextVectors(dir).passages(e5, List.of("One claim.", "Another claim.", "Third."), null);
        assertThat(repaired.reused()).isEqualTo(1);
        assertThat(repaired.embedded()).isEqualTo(2);
        TextVectors.Result again = new TextVectors(dir).passages(e5, List.of("Third.", "Another claim.", "One claim."), null);
        assertThat(again.embedded()).isZero();
        assertThat(again.vectors()[1]).containsExactly(repaired.vectors()[1]);
        assertThat(Files.size(file)).isEqualTo(4 + 3 * (16 + 384 * 4));
    }
}
