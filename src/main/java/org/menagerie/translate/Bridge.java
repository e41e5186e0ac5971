package org.menagerie.translate;

import java.util.List;

/**
 * A word of the input with the English it was rendered as: its glosses, or a name's Latin spellings.
 *
 * @param source the word as the input writes it ("Крыма")
 * @param english its English words, likeliest first ("crimea")
 */
public record Bridge(String source, List<String> english) {
    public Bridge {
        if (source == null || source.isBlank()) throw new IllegalArgumentException("source must not be blank");
        english = List.copyOf(english);
        if (english.isEmpty()) throw new IllegalArgumentException("english must not be empty");
    }
}
