package org.menagerie.text;

import org.menagerie.catalog.Check;

/**
 * A number written in the text, normalised.
 *
 * @param value the value ("70,000" is 70000; "tens of thousands" is 10000, the least it can mean)
 * @param unit what is counted, the noun after the number ("troops"), "%" for percentages, or null
 * @param approximate true for vague amounts such as "tens of thousands" or "around 70,000"
 */
public record Amount(String text, int start, int end, double value, String unit, boolean approximate) {
    public Amount {
        Check.notBlank(text, "text");
        Offsets.check(start, end);
        unit = Check.optional(unit);
    }

    public boolean percent() {
        return "%".equals(unit);
    }
}
