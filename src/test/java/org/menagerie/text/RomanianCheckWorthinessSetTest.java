package org.menagerie.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.menagerie.lab.eval.CheckWorthinessExample;
import org.menagerie.NeedsSharedData;

@NeedsSharedData
class RomanianCheckWorthinessSetTest {
    @Test
    void resolvesEveryRoFactReferenceToTheSentenceItWasLabelledOn() throws IOException {
        List<CheckWorthinessExample> set = RomanianCheckWorthinessSet.read();
        assertThat(set).hasSize(104);
        assertThat(set).filteredOn(CheckWorthinessExample::label).hasSize(57);
        assertThat(set).extracting(CheckWorthinessExample::id).doesNotHaveDuplicates();
        assertThat(set).filteredOn(e -> e.id().equals("rofact-val-14-0")).singleElement()
                .satisfies(e -> assertThat(e.text()).contains("70%"));
    }
}
