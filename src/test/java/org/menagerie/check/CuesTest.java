package org.menagerie.check;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CuesTest {
    @Test
    void takesTheTweetDateFromTheEndAndKeepsItsNumbersOut() {
        Cues c = Cues.of(Cues.analyzer(), "122 detainees released by Obama returned. — Ilhan Omar (@IlhanMN) January 6, 2020");
        assertThat(c.date()).hasToString("2020-01-06");
        assertThat(c.numbers()).containsExactly("122");
        assertThat(c.names()).contains("obama", "ilhan", "omar").doesNotContain("january");
        assertThat(c.terms()).contains("detaine", "releas");
    }

    @Test
    void normalisesThousandsSeparators() {
        assertThat(Cues.of(Cues.analyzer(), "It cost $1,500 in 2019").numbers()).containsExactly("1500", "2019");
    }
}
