package org.menagerie.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The last filter, on paragraphs: drops the lines that are chrome in any language by their form, whatever the
 * markup around them: a dateline ("Published November 20th, 2019 - 07:29 GMT"), a pointer to other stories
 * ("Read more: ..."), a call to subscribe or follow, a copyright line.
 */
final class Lines {
    private static final Pattern TIME = Pattern.compile("\\b\\d{1,2}[:.]\\d{2}\\b");
    private static final Pattern YEAR = Pattern.compile("\\b(19|20)\\d{2}\\b");
    private static final Pattern POINTER = Pattern.compile(
            "(?i)^\\(?(read more|read also|also read|related|related post|related article|see also|more:|watch:|"
            + "leggi anche|lire aussi|citește și|vezi și|читайте также|читайте також)\\b");
    private static final Pattern PROMO = Pattern.compile(
            "(?i)\\b(subscribe|sign up|newsletter|click here|clicking here|follow (us|him|her|them)\\b.*\\bon "
            + "(twitter|facebook|instagram)|all rights reserved|copyright ©|copyright @)");
    private static final int SHORT = 14;
    private static final int PROMO_WORDS = 40;

    private Lines() {}

    /** The paragraphs without chrome lines and without repeats of the headline. */
    static List<String> filter(List<String> paragraphs, String title) {
        String headline = title == null ? null : squeeze(title);
        List<String> out = new ArrayList<>();
        for (String p : paragraphs) {
            if (chrome(p) || headline != null && p.length() < 2 * headline.length() + 20 && squeeze(p).equals(headline)) continue;
            out.add(p);
        }
        return out;
    }

    /** Letters and digits only, lower case: "Foo – bar!" and "foo bar" are the same headline. */
    private static String squeeze(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isLetterOrDigit(c)) sb.append(Character.toLowerCase(c));
        }
        return sb.toString();
    }

    static boolean chrome(String p) {
        int words = words(p);
        if (words > PROMO_WORDS) return false;
        if (words <= SHORT && TIME.matcher(p).find() && YEAR.matcher(p).find()) return true;
        return POINTER.matcher(p).lookingAt() || PROMO.matcher(p).find();
    }

    private static int words(String p) {
        int n = 0;
        boolean inWord = false;
        for (int i = 0; i < p.length(); i++) {
            boolean ws = Character.isWhitespace(p.charAt(i));
            if (!ws && !inWord) n++;
            inWord = !ws;
        }
        return n;
    }
}
