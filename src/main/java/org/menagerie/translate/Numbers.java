package org.menagerie.translate;

import java.util.regex.Pattern;

/**
 * Numbers written the English way, as English cases write them: a decimal comma becomes a point ("2,5" is 2.5) and
 * thousands groups separated by spaces or points are joined ("10 000", "10.000" are 10000).
 */
final class Numbers {
    private static final Pattern GROUPS = Pattern.compile("(?<=\\d)[\\s\\u00A0\\u202F.](?=\\d{3}(?!\\d))");
    private static final Pattern DECIMAL_COMMA = Pattern.compile("(?<=\\d),(?=\\d{1,2}(?!\\d))");

    private Numbers() {}

    static String normalise(String text) {
        return DECIMAL_COMMA.matcher(GROUPS.matcher(text).replaceAll("")).replaceAll(".");
    }
}
