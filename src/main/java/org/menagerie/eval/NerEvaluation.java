package org.menagerie.eval;

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
        EntityScores scores = new EntityScores();
        for (Ronec.Sentence s : Ronec.read(file)) scores.add(s.gold(), predicted(s));
        return scores;
    }

    /** The spans the recogniser finds in one RONEC sentence, over token indexes. */
    public static Set<Ronec.Span> predicted(Ronec.Sentence s) {
        Set<Ronec.Span> out = new HashSet<>();
        List<EntitySpan> spans = Reading.entitySpans(s.text(), "ro");
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
