package org.menagerie.text;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Splits text into words (hyphenated words and dotted acronyms kept whole), numbers and punctuation marks. */
final class Tokens {
    private static final Pattern TOKEN = Pattern.compile(
            "(?:\\p{Lu}\\.){2,}"                                   // S.U.A., U.E.
            + "|\\p{L}[\\p{L}\\p{M}]*(?:[-‑][\\p{L}\\p{N}][\\p{L}\\p{M}\\p{N}]*)*" // words, Caraș-Severin, combat-ready
            + "|\\p{N}+(?:[.,]\\p{N}+)*"                           // 70,000 and 3,5
            + "|\\S");

    private Tokens() {}

    static List<Token> of(String text) {
        List<Token> out = new ArrayList<>();
        Matcher m = TOKEN.matcher(text);
        while (m.find()) out.add(new Token(m.group(), m.start(), m.end()));
        return out;
    }
}
