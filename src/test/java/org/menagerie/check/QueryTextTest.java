package org.menagerie.check;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class QueryTextTest {
    @Test
    void dropsLinksAndSplitsHashtagsAndHandles() {
        assertThat(QueryText.clean("How are butterflies surviving the #AustralianFires? pic.twitter.com/0eJtwJyS1J — (@CenterForBioDiv) https://t.co/x"))
                .isEqualTo("How are butterflies surviving the Australian Fires? — (Center For Bio Div)");
    }

    @Test
    void toleratesNullAndBlank() {
        assertThat(QueryText.clean(null)).isEmpty();
        assertThat(QueryText.clean("  \n ")).isEmpty();
    }
}
