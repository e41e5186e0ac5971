package org.menagerie.text;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Finds names without a trained model: runs of capitalised words, with the titles before them split off
 * ("US Secretary of State" + "Antony Blinken"), classified by our word lists, head words ("Ministerul ...",
 * "... Images"), given names and acronyms. A lone unknown capitalised word stays undecided for {@link Entities},
 * which knows the whole text. With {@code nominal}, Romanian persons named by a noun or a pronoun are found too,
 * as RONEC annotates them.
 */
final class Names {
    record Found(List<NameSpan> names, List<Role> roles) {}

    private static final Set<String> CONNECTORS = Set.of("of", "for", "de", "din", "al", "a", "ale", "pentru", "și");
    private static final Set<String> HEADS = Set.of("Republic", "Republica", "Gulf", "Sea", "Bay", "Marea", "Golful",
            "Munții", "Valea", "Delta", "Piața", "Strada", "Bulevardul", "Cupa", "Liga", "Statele", "Regatul");
    private static final Lexicon LEX = Lexicon.INSTANCE;
    private static final Set<String> PERSON_CUES = Set.of("lui", "dl", "dna", "domnul", "doamna", "mr", "mrs", "ms");
    /** Words after which an unknown name is a place: "în Ungheni", "orașul Ravenna", "in Houston". */
    private static final Set<String> PLACE_CUES = Set.of("în", "la", "din", "spre", "către", "lângă", "prin",
            "orașul", "orașului", "municipiul", "municipiului", "comuna", "comunei", "satul", "satului", "localitatea",
            "localității", "județul", "județului", "statul", "regiunea", "capitala", "capitalei", "stațiunea",
            "insula", "insulei", "râul", "provincia", "in", "at", "from", "near", "to");

    private final String text;
    private final String language;
    private final boolean nominal;
    private final Set<String> lowerSeen = new HashSet<>();
    private final Set<String> capitalisedInside = new HashSet<>();
    private final List<NameSpan> names = new ArrayList<>();
    private final List<Role> roles = new ArrayList<>();
    private final NameTypes types;

    private Names(String text, String language, boolean nominal, List<Token> tokens) {
        this.text = text;
        this.language = language;
        this.nominal = nominal;
        this.types = new NameTypes(text, language);
        for (Token t : tokens) if (t.word() && !t.capitalised()) lowerSeen.add(t.text());
    }

    static Found find(String text, List<Sentence> sentences, List<Token> tokens, String language, boolean nominal) {
        Names names = new Names(text, language, nominal, tokens);
        names.capitalisedInside(sentences, tokens);
        int from = 0;
        for (Sentence s : sentences) {
            while (from < tokens.size() && tokens.get(from).start() < s.start()) from++;
            int to = from;
            while (to < tokens.size() && tokens.get(to).end() <= s.end()) to++;
            names.sentence(tokens.subList(from, to));
            from = to;
        }
        names.dropNominalsInsideNames();
        return new Found(List.copyOf(names.names), List.copyOf(names.roles));
    }

    /** Capitalised words met inside sentences: names, even if the same word starts a sentence or is seen lower-case. */
    private void capitalisedInside(List<Sentence> sentences, List<Token> tokens) {
        Set<Integer> firstWords = new HashSet<>();
        int k = 0;
        for (Sentence s : sentences) {
            while (k < tokens.size() && tokens.get(k).start() < s.start()) k++;
            int w = k;
            while (w < tokens.size() && tokens.get(w).end() <= s.end() && !tokens.get(w).word()) w++;
            if (w < tokens.size()) firstWords.add(tokens.get(w).start());
        }
        for (Token t : tokens) if (t.word() && t.capitalised() && !firstWords.contains(t.start())) capitalisedInside.add(t.text());
    }

    private boolean romanian() {
        return language.equals("ro");
    }

    private void sentence(List<Token> st) {
        int i = 0;
        while (i < st.size()) {
            Token t = st.get(i);
            boolean pronoun = nominal && romanian() && LEX.personNoun(t.lower()) && !NameTypes.listed(t.text());
            if (!nameToken(t) || pronoun || skippable(t, atStart(st, i)) || abbreviation(st, i)) {
                if (nominal && romanian() && t.word()) nominalMention(t);
                i++;
                continue;
            }
            int j = i + 1;
            while (j < st.size()) {
                Token u = st.get(j);
                if (nameToken(u) && !(english() && LEX.commonEnglish(u.text()))) {
                    j++;
                } else if (CONNECTORS.contains(u.lower()) && j + 1 < st.size() && nameToken(st.get(j + 1))
                        && (head(st.get(i)) || head(st.get(j - 1)))) {
                    j += 2;
                } else if (LEX.organisationWord(st.get(i).text()) && enclosed(st, j) > j) {
                    j = enclosed(st, j);
                } else {
                    break;
                }
            }
            sequence(st, i, j);
            i = j;
        }
    }

    private static final String OPENERS = "„“\"«(";

    /**
     * After "Institutul Pedagogic", a quoted name ("Ion Creangă") or an acronym in brackets ("(CEDO)") belongs to
     * the organisation's name: the index past the closing mark, or {@code j} when there is none.
     */
    private static int enclosed(List<Token> st, int j) {
        if (j >= st.size() || OPENERS.indexOf(st.get(j).text().charAt(0)) < 0) return j;
        boolean bracket = st.get(j).text().equals("(");
        for (int k = j + 1; k < st.size() && k <= j + 8; k++) {
            String t = st.get(k).text();
            if (bracket ? t.equals(")") : "”“\"»".contains(t)) return k > j + 1 ? k + 1 : j;
            if (bracket && !st.get(k).acronym() && !t.equals(".")) return j;
            if (!bracket && st.get(k).word() && !st.get(k).capitalised() && !CONNECTORS.contains(st.get(k).lower())) {
                return j;
            }
        }
        return j;
    }

    /** "lui Popescu", "Popescu a declarat", "a spus Popescu": a lone unknown name that is a person's. */
    private boolean speaks(List<Token> st, int i, int j) {
        if (i > 0 && PERSON_CUES.contains(st.get(i - 1).lower())) return true;
        int end = st.get(j - 1).end();
        int next = j < st.size() ? Math.min(text.length(), st.get(j).start() + 20) : end;
        java.util.regex.Matcher after = Saying.ATTRIBUTING.matcher(text).region(end, next);
        if (after.lookingAt() || (after.find() && after.start() - end <= 2)) return true;
        if (i >= 2) {
            java.util.regex.Matcher before = Saying.ATTRIBUTING.matcher(text).region(st.get(Math.max(0, i - 3)).start(),
                    st.get(i).start());
            while (before.find()) if (st.get(i).start() - before.end() <= 1) return true;
        }
        return false;
    }

    /** "Bd.", "Sf.", "Nov." inside a sentence: short words cut by a dot, not names. */
    private static boolean abbreviation(List<Token> st, int i) {
        Token t = st.get(i);
        return t.text().length() <= 4 && !t.acronym() && !LEX.firstName(t.text()) && i + 2 < st.size()
                && st.get(i + 1).text().equals(".") && st.get(i + 1).start() == t.end();
    }

    private boolean english() {
        return !romanian();
    }

    private static final java.util.regex.Pattern ROMAN = java.util.regex.Pattern.compile("[IVXLC]+(-\\p{L}+)?");

    private static boolean nameToken(Token t) {
        return t.word() && (t.capitalised() || t.acronym()) && !ROMAN.matcher(t.text()).matches();
    }

    private static boolean head(Token t) {
        return LEX.title(t.text()) || LEX.organisationWord(t.text()) || HEADS.contains(t.text());
    }

    private static boolean atStart(List<Token> st, int i) {
        for (int k = 0; k < i; k++) if (st.get(k).word() || Character.isDigit(st.get(k).text().charAt(0))) return false;
        return true;
    }

    private boolean skippable(Token t, boolean atStart) {
        if (NameTypes.listed(t.text())) return false;
        if (english() && LEX.commonEnglish(t.text())) return true;
        if (!atStart) return false;
        if (romanian()) return RomanianWords.knownParts(t.text()) && !t.acronym();
        return lowerSeen.contains(t.lower()) && !capitalisedInside.contains(t.text());
    }

    private void sequence(List<Token> st, int i, int j) {
        List<Token> seq = st.subList(i, j);
        if (english() && seq.stream().allMatch(t -> LEX.demonym(t.text()))) return;
        int lastTitle = -1;
        for (int k = 0; k < seq.size(); k++) {
            if (!LEX.title(seq.get(k).text())) continue;
            lastTitle = k;
            if (k + 2 < seq.size() && CONNECTORS.contains(seq.get(k + 1).lower())) lastTitle = k += 2;
        }
        int titleStart = titleStartBefore(st, i);
        List<Token> title = seq.subList(0, lastTitle + 1);
        List<Token> name = seq.subList(lastTitle + 1, seq.size());
        boolean titled = !title.isEmpty() || titleStart < seq.get(0).start();
        for (Token q : title) qualifier(q);
        if (name.isEmpty() || (titled && !types.personLike(name))) {
            EntityType rest = name.isEmpty() ? null : types.classify(name);
            if (rest == EntityType.OTHER) name = List.of(); // "Ministrul Afacerilor Externe": all of it is the role
            int end = !name.isEmpty() || title.isEmpty() ? (title.isEmpty() ? seq.get(0).start()
                    : title.get(title.size() - 1).end()) : seq.get(seq.size() - 1).end();
            if (titleStart < end) role(titleStart, end);
            if (!name.isEmpty()) add(rest, name, null, name.get(0).start());
            return;
        }
        if (!titled && name.size() > 1 && NameTypes.listed(name.get(0).text()) && !LEX.firstName(name.get(0).text())
                && LEX.firstName(name.get(1).text())) {
            qualifier(name.get(0));
            name = name.subList(1, name.size());
        }
        if (titled) {
            int nameStart = name.get(0).start();
            add(EntityType.PERSON, name, text.substring(titleStart, nameStart).strip(), titleStart);
        } else {
            EntityType type = types.classify(name);
            boolean guessed = type == null || (type == EntityType.PERSON && !LEX.firstName(name.get(0).text()));
            if (guessed && i > 0 && PLACE_CUES.contains(st.get(i - 1).lower())) type = EntityType.PLACE;
            else if (type == null && speaks(st, i, j)) type = EntityType.PERSON;
            add(type, name, null, name.get(0).start());
        }
    }

    /** Lower-case titles just before a name ("președintele", "dl."), and "Ukraine's" before "President". */
    private int titleStartBefore(List<Token> st, int i) {
        int start = st.get(i).start();
        int k = i - 1;
        while (k >= 0) {
            Token t = st.get(k);
            if (t.word() && (LEX.title(t.text()) || (nominal && romanian() && !t.capitalised() && NameTypes.person(t)))) {
                start = t.start();
                k--;
            } else if (t.text().equals(".") && k > 0 && st.get(k - 1).word() && st.get(k - 1).text().length() <= 4
                    && (LEX.title(st.get(k - 1).text() + ".") || !st.get(k - 1).capitalised())) {
                start = st.get(k - 1).start();
                k -= 2;
            } else {
                break;
            }
        }
        if (english() && LEX.title(st.get(i).text()) && i >= 3 && st.get(i - 1).text().equals("s")
                && (st.get(i - 2).text().equals("’") || st.get(i - 2).text().equals("'"))
                && st.get(i - 3).capitalised()) {
            start = st.get(i - 3).start();
        }
        return start;
    }

    private void qualifier(Token t) {
        if (LEX.organisation(t.text())) add(EntityType.ORGANISATION, List.of(t), null, t.start());
        else if (LEX.place(t.text())) add(EntityType.PLACE, List.of(t), null, t.start());
    }

    private void role(int start, int end) {
        roles.add(new Role(text.substring(start, end), start, end));
        if (nominal) names.add(new NameSpan(EntityType.PERSON, start, end, text.substring(start, end), null, start, true));
    }

    private void add(EntityType type, List<Token> name, String title, int titleStart) {
        int start = name.get(0).start();
        int end = name.get(name.size() - 1).end();
        names.add(new NameSpan(type, start, end, text.substring(start, end), title, titleStart, false));
    }

    private void nominalMention(Token t) {
        if (NameTypes.person(t)) names.add(new NameSpan(EntityType.PERSON, t.start(), t.end(), t.text(), null, t.start(), true));
    }

    private void dropNominalsInsideNames() {
        List<NameSpan> named = names.stream().filter(n -> !n.nominal()).toList();
        names.removeIf(n -> n.nominal() && named.stream().anyMatch(m -> n.start() < m.end() && m.titleStart() < n.end()));
    }

    private String textOf(List<Token> tokens) {
        return text.substring(tokens.get(0).start(), tokens.get(tokens.size() - 1).end());
    }
}
