package org.menagerie.text;

import org.menagerie.catalog.Check;

/** Something in the text an analyst should look at, such as a name spelled two ways. */
public record Warning(String kind, String message, int start) {
    public Warning {
        Check.notBlank(kind, "kind");
        Check.notBlank(message, "message");
        if (start < 0) throw new IllegalArgumentException("start must not be negative: " + start);
    }
}
