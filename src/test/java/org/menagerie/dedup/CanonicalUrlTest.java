package org.menagerie.dedup;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class CanonicalUrlTest {
    @Test
    void variantsOfOneArticleShareOneAddress() {
        String canonical = CanonicalUrl.of("https://example.org/news/2024/story");
        for (String variant : List.of(
                "http://example.org/news/2024/story",
                "https://www.example.org/news/2024/story/",
                "https://m.example.org/news/2024/story",
                "https://example.org/news/2024/story/amp",
                "https://amp.example.org/news/2024/story?utm_source=tg&utm_medium=social#comments",
                "https://EXAMPLE.org:443/news/2024/story?fbclid=abc&gclid=x",
                "https://example.org/news//2024/story?amp=1")) {
            assertThat(CanonicalUrl.of(variant)).as(variant).isEqualTo(canonical);
        }
    }

    @Test
    void keepsWhatNamesADifferentPage() {
        assertThat(CanonicalUrl.of("https://example.org/item?id=2&page=1"))
                .isEqualTo(CanonicalUrl.of("https://example.org/item?page=1&id=2"))
                .isNotEqualTo(CanonicalUrl.of("https://example.org/item?id=3&page=1"));
        assertThat(CanonicalUrl.of("https://example.org:8080/a")).isEqualTo("https://example.org:8080/a");
        assertThat(CanonicalUrl.of("https://example.org/ampere")).isEqualTo("https://example.org/ampere");
    }

    @Test
    void leavesWhatIsNotAWebAddressAsItIs() {
        assertThat(CanonicalUrl.of(" mailto:desk@example.org ")).isEqualTo("mailto:desk@example.org");
        assertThat(CanonicalUrl.of("not a url")).isEqualTo("not a url");
        assertThat(CanonicalUrl.of(null)).isNull();
    }
}
