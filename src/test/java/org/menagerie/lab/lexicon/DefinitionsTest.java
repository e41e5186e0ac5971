package org.menagerie.lab.lexicon;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Definitions as the Wiktionary StarDict export writes them (entries of the uk->en dictionary). */
class DefinitionsTest {
    @Test
    void eachSenseGivesItsGlossesWithoutLabelsExplanationsOrTheInfinitiveTo() {
        var senses = Definitions.senses("<i>verb</i><br><ol><li>(transitive, literally, phonology) to accentuate, to accent, "
                + "to stress</li><li>(transitive, figuratively) to emphasize, to stress</li></ol>");
        assertThat(senses).hasSize(2);
        assertThat(senses.get(0).glosses()).containsExactly("accentuate", "accent", "stress");
        assertThat(senses.get(1).index()).isEqualTo(1);
        assertThat(senses.get(1).glosses()).containsExactly("emphasize", "stress");
    }

    @Test
    void aLongExplanationIsNoGlossAndAPointerToAnotherEntryGivesNone() {
        assertThat(Definitions.senses("<i>noun</i><br><ol><li>safety (condition or feeling of being safe)</li><li>security</li></ol>"))
                .flatExtracting(Definitions.Sense::glosses).containsExactly("safety", "security");
        assertThat(Definitions.senses("<i>noun</i><br><ol><li>genitive singular of переворот</li></ol>")).isEmpty();
        assertThat(Definitions.senses("<i>letter</i><br><ol><li>The third letter of the Ukrainian alphabet, called ве</li></ol>")).isEmpty();
    }
}
