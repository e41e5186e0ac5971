package org.menagerie.alert;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ItemMatcherTest {
    @Test
    void everyItemIsReadInALanguageTheIndexAnalysesEvenWhenTheDetectorCannotTell() {
        assertThat(ItemMatcher.language("Лукашенко заявил, что на фоне демонстрации Россией ракеты \"Орешник\" шутя рассказал Путину", null))
                .isEqualTo("ru");
        assertThat(ItemMatcher.language("#BOYCOTTMK Michael Kors CEO stated “I’m tired of pretending”", null)).isEqualTo("en");
        assertThat(ItemMatcher.language("Michael Kors CEO stated", "ro")).isEqualTo("ro");
        assertThat(ItemMatcher.language("Пост", null)).isEqualTo("ru");
        assertThat(ItemMatcher.language("12 345 !!", null)).isEqualTo("en");
        assertThat(ItemMatcher.language("Das ist ein deutscher Satz über die Regierung und ihre Pläne für das nächste Jahr", "de"))
                .isEqualTo("en");
    }
}
