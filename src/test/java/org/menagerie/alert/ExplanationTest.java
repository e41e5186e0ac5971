package org.menagerie.alert;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class ExplanationTest {
    @Test
    void theLineReadsBackIntoItsParts() {
        Explanation e = new Explanation(Relation.DISCUSSES, List.of("Michael Kors"), List.of("7"), List.of("perfume", "sample, free"),
                List.of("refutes it (fake)", "a news article"));
        String line = e.describe();
        assertThat(line).isEqualTo("discusses | names: Michael Kors | numbers: 7 | words: perfume, sample  free | why: refutes it (fake); a news article");
        assertThat(Explanation.parse(line)).isEqualTo(e);
    }

    @Test
    void reasonsWrittenBeforeTheRelationExistedAreKeptWhole() {
        Explanation e = Explanation.parse("terms: perfume; similarity 0.91");
        assertThat(e.relation()).isEqualTo(Relation.RESTATES);
        assertThat(e.why()).containsExactly("terms: perfume, similarity 0.91");
        assertThat(e.names()).isEmpty();
    }
}
