package org.menagerie.ner;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class GazetteerTest {
    private final Gazetteer names = Gazetteer.of(List.of("PLACE", "ORG"), Map.of(
            "PLACE", List.of(List.of("Marea", "Neagră"), List.of("Cluj-Napoca")),
            "ORG", List.of(List.of("Marea", "Adunare", "Națională"))));

    @Test
    void marksTheLongestKnownNameAsWrittenWithItsKind() {
        int[] marks = names.marks(List.of("Pe", "Marea", "Neagră", "și", "la", "Cluj-Napoca"));
        assertThat(marks).containsExactly(0, 1, 2, 0, 0, 1);
        int[] org = names.marks(List.of("Marea", "Adunare", "Națională"));
        assertThat(org).containsExactly(1 << 2, 1 << 3, 1 << 3);
    }

    @Test
    void capitalsMatter() {
        assertThat(names.marks(List.of("marea", "neagră"))).containsExactly(0, 0);
    }

    @Test
    void splitsANameIntoTheCorpusTokens() {
        assertThat(Gazetteer.tokenise("S.U.A. și Cluj-Napoca, România")).containsExactly("S.U.A.", "și",
                "Cluj-Napoca", ",", "România");
    }
}
