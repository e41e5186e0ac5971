package org.menagerie.alert;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ItemMatcherTest {
    @Test
    void onlyEnglishItemsAreMatchedWhole() {
        assertThat(ItemMatcher.english("Лукашенко заявил, что на фоне демонстрации Россией ракеты", null)).isFalse();
        assertThat(ItemMatcher.english("#BOYCOTTMK Michael Kors CEO stated “I’m tired of pretending”", null)).isTrue();
        assertThat(ItemMatcher.english("Michael Kors CEO stated", "ro")).isFalse();
        assertThat(ItemMatcher.english("Michael Kors CEO stated", "en")).isTrue();
        assertThat(ItemMatcher.english("12 345 !!", null)).isFalse();
    }
}
