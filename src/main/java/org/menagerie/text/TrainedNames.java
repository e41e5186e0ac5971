package org.menagerie.text;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.menagerie.ner.EntityRecogniser;
import org.menagerie.ner.EntityTag;

/**
 * Romanian names from the trained recogniser instead of the word-list rules, which it beats on RONEC for every
 * class (docs/text-analysis.md). A person's span holds the title written before the name ("președintele Klaus
 * Iohannis"), which is split off as the rules split it; the rules' names of other things, and the lone words they
 * leave undecided, are kept where the recogniser found nothing.
 */
final class TrainedNames {
    private static final Map<String, EntityType> TYPES = Map.of("PERSON", EntityType.PERSON,
            "ORG", EntityType.ORGANISATION, "PLACE", EntityType.PLACE);

    private TrainedNames() {}

    static List<NameSpan> find(String text, List<Sentence> sentences, List<Token> tokens, List<NameSpan> rules,
                               boolean nominal) {
        List<NameSpan> out = new ArrayList<>();
        int from = 0;
        for (Sentence s : sentences) {
            while (from < tokens.size() && tokens.get(from).start() < s.start()) from++;
            int to = from;
            while (to < tokens.size() && tokens.get(to).end() <= s.end()) to++;
            List<Token> st = tokens.subList(from, to);
            if (!st.isEmpty()) {
                for (EntityTag t : EntityRecogniser.romanian(st.stream().map(Token::text).toList())) {
                    NameSpan n = name(text, st, t);
                    if (n != null && (nominal || !n.nominal())) out.add(n);
                }
            }
            from = to;
        }
        for (NameSpan r : rules) {
            boolean undecided = r.type() == null || r.type() == EntityType.OTHER;
            if (undecided && !r.nominal() && out.stream().noneMatch(n -> overlaps(n, r))) out.add(r);
        }
        out.sort(Comparator.comparingInt(NameSpan::titleStart));
        return out;
    }

    private static boolean overlaps(NameSpan a, NameSpan b) {
        return a.titleStart() < b.end() && b.titleStart() < a.end();
    }

    /** "președintele", "Președintele", "dl", "." before the name: a title or a noun of persons, not the name. */
    private static boolean titleWord(Token t) {
        if (!t.word()) return true;
        if (!t.capitalised()) return true;
        return !Lexicon.INSTANCE.firstName(t.text()) && (Lexicon.INSTANCE.title(t.text()) || NameTypes.person(t));
    }

    private static NameSpan name(String text, List<Token> st, EntityTag t) {
        EntityType type = TYPES.get(t.type());
        if (type == null) return null;
        int start = st.get(t.first()).start();
        int end = st.get(t.last()).end();
        if (type != EntityType.PERSON) return new NameSpan(type, start, end, text.substring(start, end), null, start, false);
        int k = t.first();
        while (k <= t.last() && titleWord(st.get(k))) k++;
        if (k > t.last()) return new NameSpan(type, start, end, text.substring(start, end), null, start, true);
        int nameStart = st.get(k).start();
        String title = k == t.first() ? null : text.substring(start, nameStart).strip();
        return new NameSpan(type, nameStart, end, text.substring(nameStart, end), title, start, false);
    }
}
