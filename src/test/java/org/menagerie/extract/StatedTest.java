package org.menagerie.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class StatedTest {
    private static final String BODY = "The council approved the new budget on Monday after a long debate. "
            + "Spending on schools rises by four percent, and the bus network gets two new lines next year.";

    @Test
    void dropsParagraphsTheStatedBodyDoesNotHold() {
        List<String> paragraphs = List.of("The council approved the new budget on Monday after a long debate.",
                "Spending on schools rises by four percent, and the bus network gets two new lines next year.",
                "Subscribe to our weekly newsletter for the best local stories.");
        assertThat(Stated.filter(paragraphs, BODY, 0.5)).containsExactly(paragraphs.get(0), paragraphs.get(1));
    }

    @Test
    void keepsEverythingWhenTheStatedBodyIsOffTruncatedOrMissing() {
        List<String> paragraphs = List.of("The council approved the new budget on Monday after a long debate.",
                "Spending on schools rises by four percent, and the bus network gets two new lines next year.",
                "Critics said the plan leaves the harbour district without any new money at all this time.");
        assertThat(Stated.filter(paragraphs, BODY, 0)).isEqualTo(paragraphs);
        assertThat(Stated.filter(paragraphs, null, 0.5)).isEqualTo(paragraphs);
        assertThat(Stated.filter(paragraphs, "The council approved the new budget.", 0.5)).isEqualTo(paragraphs);
    }
}
