package org.menagerie.check;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Cleans a tweet or a sentence before matching: drops links, turns {@code @handles} and {@code #HashTags} into
 * words ("Hash Tags"), and squeezes whitespace. The author's name in a quoted tweet stays: it often names who the
 * claim is about.
 */
public final class QueryText {
    private static final Pattern URL = Pattern.compile("(https?://\\S+|pic\\.twitter\\.com/\\S+|\\bt\\.co/\\S+|www\\.\\S+)");
    private static final Pattern TAG = Pattern.compile("[#@]([\\p{L}\\p{N}_]+)");
    private static final Pattern CAMEL = Pattern.compile("(?<=\\p{Ll})(?=\\p{Lu})|(?<=\\p{L})(?=\\p{N})|(?<=\\p{N})(?=\\p{L})|_");

    private QueryText() {}

    public static String clean(String text) {
        if (text == null) return "";
        String s = URL.matcher(text).replaceAll(" ");
        Matcher m = TAG.matcher(s);
        StringBuilder out = new StringBuilder();
        while (m.find()) m.appendReplacement(out, Matcher.quoteReplacement(CAMEL.matcher(m.group(1)).replaceAll(" ")));
        m.appendTail(out);
        return out.toString().replaceAll("\\s+", " ").strip();
    }
}
