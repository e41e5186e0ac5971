package org.menagerie.lab.lexicon;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The English glosses of a Wiktionary definition as the StarDict export writes it
 * ({@code <i>noun</i><br><ol><li>(figuratively) safety (condition ...), security</li></ol>}): each sense's
 * comma- or semicolon-separated glosses, labels and explanations in brackets dropped, "to " of verbs dropped. Senses
 * that only point at another entry ("plural of ...", "inflection of ...") give none.
 */
final class Definitions {
    private static final Pattern SENSE = Pattern.compile("<li>(.*?)</li>", Pattern.DOTALL);
    private static final Pattern TAG = Pattern.compile("<[^>]+>");
    private static final Pattern BRACKETS = Pattern.compile("\\([^()]*\\)|\\[[^\\[\\]]*\\]");
    private static final Pattern POINTER = Pattern.compile(
            "(?i)\\b(inflection|plural|singular|form|participle|genitive|dative|accusative|vocative|instrumental|locative"
                    + "|nominative|diminutive|augmentative|alternative|misspelling|abbreviation|synonym|feminine|masculine"
                    + "|comparative|superlative|person|tense|imperative|gerund|spelling|obsolete|archaic|initialism)\\b.*\\bof\\b");

    /** A sense, 0 for the first, with its glosses in the order written. */
    record Sense(int index, List<String> glosses) {}

    private Definitions() {}

    static List<Sense> senses(String html) {
        List<Sense> out = new ArrayList<>();
        Matcher m = SENSE.matcher(html);
        int i = 0;
        while (m.find()) {
            String text = TAG.matcher(m.group(1)).replaceAll(" ");
            if (POINTER.matcher(text).find() || text.contains("letter of the")) continue;
            String bare = text;
            for (String prev = null; !bare.equals(prev); ) {
                prev = bare;
                bare = BRACKETS.matcher(bare).replaceAll(" ");
            }
            List<String> glosses = new ArrayList<>();
            for (String g : bare.split("[,;:]")) {
                String s = g.replace("&amp;", "&").replaceAll("\\s+", " ").strip();
                if (s.startsWith("to ")) s = s.substring(3);
                if (s.startsWith("a ") || s.startsWith("an ")) s = s.substring(s.indexOf(' ') + 1);
                if (!s.isEmpty() && s.split(" ").length <= 3 && !s.startsWith("called ")) glosses.add(s);
            }
            if (!glosses.isEmpty()) out.add(new Sense(i++, glosses));
        }
        return out;
    }
}
