package org.menagerie.translate;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SpellingsTest {
    @Test
    void longNamesOneEditApartAreTheSame() {
        assertThat(Spellings.near("zelenskyy", "zelensky")).isTrue();
        assertThat(Spellings.near("zelenskyi", "zelenskyy")).isTrue();
        assertThat(Spellings.near("yanukovych", "yanukovich")).isTrue();
    }

    @Test
    void shortNamesMustBeEqual() {
        assertThat(Spellings.near("kyiv", "kiev")).isFalse();
        assertThat(Spellings.near("nato", "nato")).isTrue();
        assertThat(Spellings.near("putin", "puting")).isFalse();
    }
}
