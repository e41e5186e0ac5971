package org.menagerie.alert;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class SignalsTest {
    @Test
    void coverageComparesContentWordsCutToTheirStems() {
        var claim = Signals.words("Seven women died after inhaling free perfume samples");
        var tweet = Signals.words("URGENT! Seven women have died after inhaling a free perfume sample (cont)");
        assertThat(Signals.cover(claim, tweet)).isEqualTo(1.0);
        assertThat(Signals.cover(Signals.words("the of and"), tweet)).isZero();
    }

    @Test
    void everySignalHasAName() {
        assertThat(Signals.NAMES).doesNotHaveDuplicates();
        assertThat(AlertModel.shipped().features()).isEqualTo(Signals.NAMES);
    }

    @Test
    void aNumberOfTheClaimMissingFromTheItemIsSeen() {
        assertThat(Signals.numbersMissing("Obama paid Iran $400 million and 1,700 more", "Iran paid $80 million")).isEqualTo(1.0);
        assertThat(Signals.numbersMissing("Iran offers an $80 million bounty", "Iran's $80 million bounty")).isZero();
        assertThat(Signals.numbersMissing("No numbers here", "1 2 3")).isZero();
    }

    @Test
    void theItemsBestProposalIsMarked() {
        Proposal p = new Proposal("Iran offers an $80 million bounty for Trump's head", "c", "Iran $80 million bounty Trump",
                0.9, 0.1, 0.9, List.of("Iran"), List.of("80"), List.of(), 0.5, true, 0);
        int best = Signals.NAMES.indexOf("itemBest");
        assertThat(Signals.of(p, Signals.words(p.sentence()), 1, true, false, false, 0.9)[best]).isEqualTo(1);
        assertThat(Signals.of(p, Signals.words(p.sentence()), 1, true, false, false, 0.95)[best]).isZero();
        assertThat(Signals.of(p, Signals.words(p.sentence()), 1, true, false, false, 0.9)[Signals.NAMES.indexOf("claimNumbersMissing")]).isZero();
    }
}
