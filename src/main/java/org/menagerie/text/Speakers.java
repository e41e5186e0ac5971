package org.menagerie.text;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;

/**
 * Tells who said something: a person named next to the verb of saying, a pronoun (the last person named before),
 * or a role ("The US Secretary of State", resolved to the person last written with that title).
 */
final class Speakers {
    /** Something in the text that can stand for a speaker. */
    record Candidate(Kind kind, int start, int end, String text, Entity entity) {
        enum Kind { PERSON, ROLE, PRONOUN, GROUP }
    }

    record Resolved(String speaker, String speakerText) {
        static final Resolved NONE = new Resolved(null, null);
    }

    private static final Set<String> ROLE_NOUNS = Set.of("president", "secretary", "minister", "diplomat",
            "chancellor", "premier", "leader", "spokesman", "spokeswoman", "spokesperson", "mayor", "ambassador",
            "președintele", "ministrul", "premierul", "primarul", "liderul", "șeful", "purtătorul", "ambasadorul");
    private static final Set<String> FILLERS = Set.of("the", "this", "of", "de", "top", "’s", "'s", "s");

    private final String text;
    private final List<Candidate> candidates = new ArrayList<>();
    private final List<QuotationMarks.Span> quotes;

    Speakers(String text, List<NameSpan> names, List<Role> roles, Map<Integer, Entity> byStart,
             List<QuotationMarks.Span> quotes) {
        this.text = text;
        this.quotes = quotes;
        for (NameSpan n : names) {
            Entity e = byStart.get(n.start());
            if (e == null || n.nominal()) continue;
            Candidate.Kind kind = e.type() == EntityType.PERSON ? Candidate.Kind.PERSON : Candidate.Kind.GROUP;
            candidates.add(new Candidate(kind, n.start(), n.end(), n.text(), e));
        }
        for (Role r : roles) candidates.add(new Candidate(Candidate.Kind.ROLE, r.start(), r.end(), r.title(), null));
        Matcher m = Saying.ROLE.matcher(text);
        while (m.find()) addRole(m.start(), m.end());
        m = Saying.PRONOUN.matcher(text);
        while (m.find()) candidates.add(new Candidate(Candidate.Kind.PRONOUN, m.start(), m.end(), m.group(), null));
        candidates.removeIf(c -> inQuote(c.start()));
        candidates.sort(Comparator.comparingInt(Candidate::start));
    }

    private void addRole(int start, int end) {
        boolean overlaps = candidates.stream().anyMatch(c -> c.kind() != Candidate.Kind.GROUP
                && c.start() < end && start < c.end());
        boolean titleOfName = candidates.stream().anyMatch(c -> c.kind() == Candidate.Kind.PERSON
                && c.entity().mentions().stream().anyMatch(mn -> mn.start() == c.start() && mn.title() != null
                && c.start() >= end && c.start() - end <= 1));
        if (!overlaps && !titleOfName) {
            candidates.removeIf(c -> c.kind() == Candidate.Kind.GROUP && start <= c.start() && c.end() <= end);
            candidates.add(new Candidate(Candidate.Kind.ROLE, start, end, text.substring(start, end), null));
        }
    }

    boolean inQuote(int pos) {
        return quotes.stream().anyMatch(q -> q.open() <= pos && pos <= q.close());
    }

    /** The nearest candidate before {@code pos} and at or after {@code from}, persons, roles and pronouns first. */
    Candidate nearestBefore(int from, int pos, boolean groups) {
        Candidate best = null;
        for (Candidate c : candidates) {
            if (c.start() < from || c.end() > pos) continue;
            if (c.kind() == Candidate.Kind.GROUP) continue;
            best = c;
        }
        if (best == null && groups) best = firstIn(from, pos, true);
        return best;
    }

    /** The first candidate in [from, to): the subject of a sentence, usually. */
    Candidate firstIn(int from, int to, boolean groups) {
        for (Candidate c : candidates) {
            if (c.start() >= from && c.end() <= to && (groups || c.kind() != Candidate.Kind.GROUP)) return c;
        }
        return null;
    }

    Resolved resolve(Candidate c) {
        if (c == null) return Resolved.NONE;
        return switch (c.kind()) {
            case PERSON, GROUP -> new Resolved(c.entity().name(), c.text());
            case PRONOUN -> new Resolved(lastPersonBefore(c.start()), c.text());
            case ROLE -> new Resolved(role(c.text(), c.start()), c.text());
        };
    }

    String lastPersonBefore(int pos) {
        String found = null;
        for (Candidate c : candidates) {
            if (c.start() >= pos) break;
            if (c.kind() == Candidate.Kind.PERSON) found = c.entity().name();
        }
        return found;
    }

    /** The person last written with a title that has this role noun and shares its qualifiers (US, Ukrainian). */
    private String role(String roleText, int pos) {
        List<String> words = normalised(roleText);
        String noun = words.stream().filter(ROLE_NOUNS::contains).reduce((a, b) -> b).orElse(null);
        if (noun == null) return null;
        List<String> qualifiers = words.stream().filter(w -> !ROLE_NOUNS.contains(w) && !w.equals("state")
                && !w.equals("foreign")).toList();
        String best = null;
        int bestScore = 0;
        for (Candidate c : candidates) {
            if (c.kind() != Candidate.Kind.PERSON || c.start() >= pos) continue;
            for (String title : c.entity().titles()) {
                List<String> tw = normalised(title);
                boolean sameRole = tw.contains(noun) || (noun.equals("diplomat")
                        && (tw.contains("foreign") || title.toLowerCase(Locale.ROOT).contains("secretary of state")));
                if (!sameRole) continue;
                int shared = (int) qualifiers.stream().filter(tw::contains).count();
                if (!qualifiers.isEmpty() && shared == 0) continue;
                if (shared + 1 >= bestScore) {
                    bestScore = shared + 1;
                    best = c.entity().name();
                }
            }
        }
        return best;
    }

    /** Lower-case words with nationality suffixes cut, so "Ukrainian" and "Ukraine's" meet at "ukrain". */
    static List<String> normalised(String phrase) {
        List<String> out = new ArrayList<>();
        for (String w : phrase.toLowerCase(Locale.ROOT).split("[\\s’']+")) {
            if (w.isEmpty() || FILLERS.contains(w)) continue;
            if (w.equals("american") || w.equals("u.s.") || w.equals("usa")) w = "us";
            else if (w.endsWith("ian") && w.length() > 5) w = w.substring(0, w.length() - 3);
            else if (w.endsWith("ia") && w.length() > 4) w = w.substring(0, w.length() - 2);
            else if (w.endsWith("ine") && w.length() > 5) w = w.substring(0, w.length() - 1);
            out.add(w);
        }
        return out;
    }
}
