package org.menagerie.alert;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class StanceTest {
    @Test
    void refutationsAreFoundInEveryLanguageTheProductReads() {
        assertThat(Stance.of("This viral photo is fake and was debunked by Reuters.", "", false).refutation()).contains("fake", "debunked");
        assertThat(Stance.of("Это фейк: никаких чипов в вакцине нет.", "", false).refutation()).contains("фейк");
        assertThat(Stance.of("Ці твердження спростували в МОЗ.", "", false).refutation()).contains("спростували");
        assertThat(Stance.of("Informația este falsă și a fost demontată.", "", false).refutation()).contains("falsă");
        assertThat(Stance.of("No, Bill Gates did not put chips in vaccines.", "", false).refutation()).first().asString().startsWith("No,");
    }

    @Test
    void aClaimHeldAtArmsLengthAndReportedSpeechAreSeen() {
        Stance.Read ru = Stance.of("В сети утверждают, что вакцина якобы содержит чипы, заявил министр.", "", true);
        assertThat(ru.heldApart()).contains("якобы");
        assertThat(ru.reported()).contains("заявил");
        assertThat(ru.score()).isEqualTo(1 + 0.5 + 0.5);
        Stance.Read plain = Stance.of("Seven women have died after inhaling a free perfume sample.", "Seven women have died", false);
        assertThat(plain.score()).isZero();
        assertThat(plain.why(Relation.RESTATES)).contains("the post makes the claim");
    }

    @Test
    void aRefutationElsewhereInTheItemCountsHalf() {
        Stance.Read r = Stance.of("Seven women died after inhaling a perfume sample.", "Hoax alert. Seven women died after inhaling a perfume sample.", false);
        assertThat(r.elsewhere()).containsExactly("hoax");
        assertThat(r.score()).isEqualTo(0.5);
    }
}
