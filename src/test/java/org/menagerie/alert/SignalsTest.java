package org.menagerie.alert;

import static org.assertj.core.api.Assertions.assertThat;

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
}
