package org.menagerie.lab.eval;

import java.io.IOException;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.menagerie.text.EntitySpan;
import org.menagerie.text.Reading;

/** Runs the Romanian entity recogniser over a RONEC file and scores it strictly. */
public final class NerEvaluation {
    private NerEvaluation() {}

    public static EntityScores ronec(Path file) throws IOException {
        return ronec(file, false);
    }

    /**
     * With {@code namesOnly}, only spans with a capitalised word are compared, on both sides: RONEC's persons named by
     * a common noun or a pronoun ("copii", "el") drop out, titled names ("președintele Ion Iliescu") stay.
     */
    public static EntityScores ronec(Path file, boolean namesOnly) throws IOException {
        return ronec(file, namesOnly, false);
    }

    /** With {@code rulesOnly}, the word-list rules are measured instead of the trained recogniser. */
    public static EntityScores ronec(Path file, boolean namesOnly, boolean rulesOnly) throws IOException {
        EntityScores scores = new EntityScores();
        for (Ronec.Sentence s : Ronec.read(file)) {
            Set<Ronec.Span> gold = s.gold();
            Set<Ronec.Span> predicted = predicted(s, rulesOnly);
            if (namesOnly) {
                gold = named(s, gold);
                predicted = named(s, predicted);
            }
            scores.add(gold, predicted);
        }
        return scores;
    }

    private static Set<Ronec.Span> named(Ronec.Sentence s, Set<Ronec.Span> spans) {
        Set<Ronec.Span> out = new HashSet<>();
        for (Ronec.Span x : spans) {
            for (int i = x.first(); i <= x.last(); i++) {
                if (Character.isUpperCase(s.text().codePointAt(s.starts()[i]))) {
                    out.add(x);
                    break;
                }
            }
        }
        return out;
    }

    /** The spans the recogniser finds in one RONEC sentence, over token indexes. */
    public static Set<Ronec.Span> predicted(Ronec.Sentence s) {
        return predicted(s, false);
    }

    private static Set<Ronec.Span> predicted(Ronec.Sentence s, boolean rulesOnly) {
        Set<Ronec.Span> out = new HashSet<>();
        List<EntitySpan> spans = rulesOnly ? Reading.ruleEntitySpans(s.text(), "ro") : Reading.entitySpans(s.text(), "ro");
        for (EntitySpan e : spans) {
            int first = tokenAt(s.starts(), s.ends(), e.start());
            int last = tokenAt(s.starts(), s.ends(), e.end() - 1);
            if (first >= 0 && last >= first) out.add(new Ronec.Span(e.type().name(), first, last));
        }
        return out;
    }

    /** The token covering a character, or -1 when the character is a space. */
    private static int tokenAt(int[] starts, int[] ends, int pos) {
        for (int i = 0; i < starts.length; i++) if (starts[i] <= pos && pos < ends[i]) return i;
        return -1;
    }
}
