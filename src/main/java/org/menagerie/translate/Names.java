package org.menagerie.translate;

import com.ibm.icu.text.Transliterator;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * A Cyrillic name in the Latin spellings English news may give it: ICU's BGN/PCGN romanisations of Russian and of
 * Ukrainian (Зеленский: Zelenskiy; Зеленський: Zelens'kyy), the endings newsrooms simplify (Zelensky, Zelenskyy,
 * Zelenskyi), and for the places and people whose English name is neither, the press spellings of
 * {@code press-names.tsv} (Київ and Киев: Kyiv, Kiev). Variants are lower case and ASCII; matching them against a
 * case's words stays fuzzy ({@link Spellings#near}).
 */
final class Names {
    private static final Transliterator RUSSIAN = Transliterator.getInstance("Russian-Latin/BGN; Any-Latin; Latin-ASCII");
    private static final Transliterator UKRAINIAN = Transliterator.getInstance("Ukrainian-Latin/BGN; Any-Latin; Latin-ASCII");
    private static final Transliterator LATIN = Transliterator.getInstance("Any-Latin; Latin-ASCII");
    private static final Map<String, List<String>> PRESS = press();

    private Names() {}

    /** The variants of a name given as its lemma, the likeliest English spelling first. */
    static Set<String> variants(String lemma, String language) {
        String key = Words.key(lemma);
        Set<String> out = new LinkedHashSet<>(PRESS.getOrDefault(key, List.of()));
        if (!key.chars().anyMatch(c -> Character.UnicodeBlock.of(c) == Character.UnicodeBlock.CYRILLIC)) {
            out.add(ascii(LATIN.transliterate(key)));
            return out;
        }
        Transliterator first = language.equals("uk") ? UKRAINIAN : RUSSIAN, second = first == UKRAINIAN ? RUSSIAN : UKRAINIAN;
        for (Transliterator t : List.of(first, second)) {
            String base = ascii(t.transliterate(key));
            out.add(base);
            out.addAll(simplified(base));
        }
        out.remove("");
        return out;
    }

    /** What newsrooms make of BGN's spellings: -iy/-yy endings, a doubled y, "ye" after a vowel. */
    private static Set<String> simplified(String s) {
        Set<String> out = new LinkedHashSet<>();
        if (s.matches(".*(iy|yy|yi|ij)$")) {
            String stem = s.substring(0, s.length() - 2);
            for (String end : List.of("y", "yy", "iy", "yi", "i")) out.add(stem + end);
        }
        if (s.contains("yy")) out.add(s.replace("yy", "y"));
        out.add(s.replaceAll("(?<=[aeiou])ye", "e"));
        out.add(s.replace("kh", "h"));
        out.add(s.replaceAll("(?<=[aeou])y(?![aeiou])", "i")); // Maydan: Maidan, Zaporizhzhya
        return out;
    }

    private static String ascii(String s) {
        return s.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9-]", "");
    }

    private static Map<String, List<String>> press() {
        Map<String, List<String>> out = new HashMap<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(
                Names.class.getResourceAsStream("press-names.tsv"), StandardCharsets.UTF_8))) {
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                if (line.isBlank() || line.startsWith("#")) continue;
                String[] f = line.split("\t");
                out.put(Words.key(f[0]), List.of(f[1].split(" ")));
            }
        } catch (IOException | NullPointerException e) {
            throw new IllegalStateException("press-names.tsv is missing from the classpath", e);
        }
        return Map.copyOf(out);
    }
}
