package org.menagerie.text;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The language-neutral signals of a check-worthy sentence (numbers, years, money, named-looking words, promises,
 * hedges, comparisons, changes, thanks), each found through a small per-language phrase list. Because the signals
 * are the same for every language, a model trained on them in English scores Romanian too.
 */
public final class CheckWorthinessCues {
    /** The names of the cue features, in index order. */
    static final List<String> NAMES = List.of(
            "number", "numbers", "percent", "year", "money", "magnitude", "capitals", "short", "medium", "long",
            "very-long", "question", "exclamation", "i", "we", "future", "promise", "hedge", "comparison", "change",
            "thanks", "you", "negation", "economy", "law", "attribution", "time", "state", "past");
    public static final int SIZE = NAMES.size();

    private static final Pattern NUMBER = Pattern.compile("\\d+(?:[.,]\\d+)*");
    private static final Pattern YEAR = Pattern.compile("\\b(1[89]\\d\\d|20\\d\\d)s?\\b");
    private static final Pattern CAPITALISED = Pattern.compile("(?<=[\\p{L}\\d,;:]\\s{1,3})\\p{Lu}\\p{Ll}+");
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    /** The past tense: what happened can be checked, what will happen cannot (folded text, so no diacritics). */
    private static final Pattern PAST_EN = Pattern.compile("(?<= )(?:was|were|did|had|\\p{L}{3,}ed|"
            + "fell|rose|grew|lost|said|spent|paid|gave|took|made|went|came|got|sold|bought|built|won|brought|told|"
            + "became|began|led|ran|saw|knew|found|kept|held|sent|left|met|wrote|chose|drove|fought|broke)(?= )");
    private static final Pattern PAST_RO = Pattern.compile("(?<= )(?:a|au|am|ati|ai) (?:fost |mai )?\\p{L}{2,}(?:at|it|ut|as|is|os)(?= )");

    /**
     * Phrase lists per cue, already folded (lower case, no diacritics); kept as the needles searched for in
     * " word word ": " phrase " for a whole phrase, " stem" for a phrase ending in "*".
     */
    private record Lexicon(Map<String, List<String>> phrases) {
        Lexicon {
            Map<String, List<String>> needles = new java.util.TreeMap<>();
            phrases.forEach((cue, list) -> needles.put(cue, list.stream()
                    .map(p -> p.endsWith("*") ? " " + p.substring(0, p.length() - 1) : " " + p + " ").toList()));
            phrases = Map.copyOf(needles);
        }
    }

    private static final Lexicon ENGLISH = new Lexicon(Map.ofEntries(
            Map.entry("percent", List.of("percent", "per cent", "percentage", "%")),
            Map.entry("money", List.of("$", "dollar", "dollars", "cents", "euro", "euros")),
            Map.entry("magnitude", List.of("million", "millions", "billion", "billions", "trillion", "thousand",
                    "thousands", "hundred", "hundreds", "half", "twice", "doubled", "times as")),
            Map.entry("i", List.of("i", "me", "my", "i'm", "i've", "i'll", "i'd", "mine")),
            Map.entry("we", List.of("we", "our", "us", "we're", "we've", "we'll", "ours")),
            Map.entry("future", List.of("will", "'ll", "i'll", "we'll", "going to", "gonna", "shall", "plan to")),
            Map.entry("hedge", List.of("think", "believe", "feel", "maybe", "perhaps", "probably", "seems", "hope",
                    "opinion", "i guess", "might", "should", "ought")),
            Map.entry("comparison", List.of("more than", "less than", "fewer", "most", "least", "highest", "lowest",
                    "largest", "biggest", "smallest", "than", "worst", "best", "record")),
            Map.entry("change", List.of("increase", "increased", "increases", "rose", "risen", "fell", "fallen",
                    "cut", "cuts", "doubled", "tripled", "grew", "grown", "dropped", "declined", "decline", "raised",
                    "lowered", "reduced", "lost", "created", "added")),
            Map.entry("thanks", List.of("thank", "thanks", "great to be", "good evening", "good night", "welcome",
                    "hello", "congratulations", "pleasure", "glad")),
            Map.entry("you", List.of("you", "your", "you're", "you've", "yours")),
            Map.entry("negation", List.of("not", "never", "no", "n't", "nothing", "nobody")),
            Map.entry("economy", List.of("unemployment", "deficit", "debt", "tax", "taxes", "jobs", "budget",
                    "inflation", "crime", "rate", "wages", "income", "economy", "spending", "prices", "oil")),
            Map.entry("law", List.of("voted", "vote", "votes", "law", "bill", "signed", "passed", "legislation",
                    "veto", "vetoed", "supported", "opposed")),
            Map.entry("attribution", List.of("said", "says", "according to", "reported", "report", "study",
                    "studies", "statistics", "data")),
            Map.entry("time", List.of("years", "since", "last year", "ago", "today", "now", "in the last",
                    "over the past", "during")),
            Map.entry("state", List.of("is", "are", "was", "were", "has", "have", "had"))));

    /** Romanian inflects by suffix (taxe, taxele, taxelor): a trailing "*" matches any word that starts so. */
    private static final Lexicon ROMANIAN = new Lexicon(Map.ofEntries(
            Map.entry("percent", List.of("procent*", "la suta", "%")),
            Map.entry("money", List.of("$", "lei", "leu", "euro", "dolar*", "bani", "ron")),
            Map.entry("magnitude", List.of("milion*", "miliard*", "mii", "mie", "sute", "jumatate", "dublu",
                    "de doua ori", "triplu")),
            Map.entry("i", List.of("eu", "ma", "meu", "mea", "mei", "mele", "imi", "mi")),
            Map.entry("we", List.of("noi", "nostru", "noastra", "nostri", "noastre", "ne", "ni")),
            Map.entry("future", List.of("va fi", "se va", "nu va", "vor", "vom", "voi", "vei", "veti", "o sa",
                    "urmeaza sa")),
            Map.entry("hedge", List.of("cred", "credem", "consider", "poate", "probabil", "pare", "sper", "parere*",
                    "ar trebui", "ar putea", "simt")),
            Map.entry("comparison", List.of("mai mult", "mai putin", "cel mai", "cea mai", "cei mai", "cele mai",
                    "decat", "record*", "maxim*", "minim*")),
            Map.entry("change", List.of("crescut", "creste", "scazut", "scade", "dublat", "triplat", "redus",
                    "reduce", "marit", "majorat", "pierdut", "creat", "adaugat", "taiat", "diminuat", "cresterea",
                    "scaderea")),
            Map.entry("thanks", List.of("multumesc", "multumim", "buna seara", "bine ati venit", "salut",
                    "felicitari", "ma bucur", "placere")),
            Map.entry("you", List.of("tu", "dumneavoastra", "voastra", "vostru", "tau", "ta")),
            Map.entry("negation", List.of("nu", "niciodata", "nimic", "nimeni", "n-a", "n-au")),
            Map.entry("economy", List.of("somaj*", "deficit*", "datori*", "tax*", "impozit*", "locuri de munca",
                    "buget*", "inflati*", "criminalitat*", "rata", "salari*", "venit*", "econom*", "preturi*",
                    "pensi*")),
            Map.entry("law", List.of("votat*", "vot", "lege", "legea", "legi*", "proiect*", "semnat*", "adoptat*",
                    "ordonant*", "decret*", "promulgat*")),
            Map.entry("attribution", List.of("a spus", "a declarat", "potrivit", "conform", "raport*", "studi*",
                    "statistic*", "date", "datele")),
            Map.entry("time", List.of("ani", "anii", "din", "anul trecut", "in urma", "astazi", "azi", "acum",
                    "in ultimii", "in timpul")),
            Map.entry("state", List.of("este", "sunt", "era", "erau", "a fost", "au fost", "are", "au", "avea"))));

    private CheckWorthinessCues() {}

    /** Lower case without diacritics, so that "scăzut", "scazut" and "scǎzut" match alike. */
    static String fold(String text) {
        String lower = text.toLowerCase(Locale.ROOT).replace('’', '\'').replace('ş', 's').replace('ţ', 't');
        return MARKS.matcher(Normalizer.normalize(lower, Normalizer.Form.NFD)).replaceAll("");
    }

    /**
     * The cue values of one sentence.
     *
     * @param language "en" or "ro"; other languages get only the lexicon-free cues
     */
    public static float[] of(String text, String language) {
        float[] cues = new float[SIZE];
        Lexicon lexicon = switch (language) {
            case "en" -> ENGLISH;
            case "ro" -> ROMANIAN;
            default -> null;
        };
        long numbers = NUMBER.matcher(text).results().count();
        set(cues, "number", numbers > 0 ? 1 : 0);
        set(cues, "numbers", (float) Math.log1p(numbers));
        set(cues, "year", YEAR.matcher(text).find() ? 1 : 0);
        set(cues, "capitals", (float) Math.log1p(CAPITALISED.matcher(text).results().count()));
        int words = text.isBlank() ? 0 : text.strip().split("\\s+").length;
        set(cues, words < 6 ? "short" : words < 13 ? "medium" : words < 26 ? "long" : "very-long", 1);
        set(cues, "question", text.contains("?") ? 1 : 0);
        set(cues, "exclamation", text.contains("!") ? 1 : 0);
        if (lexicon == null) return cues;
        String folded = " " + String.join(" ", CheckWorthinessFeatures.words(fold(text))) + " ";
        for (var entry : lexicon.phrases().entrySet()) {
            int hits = 0;
            for (String needle : entry.getValue()) if (folded.contains(needle)) hits++;
            set(cues, entry.getKey(), (float) Math.log1p(hits));
        }
        Pattern past = lexicon == ENGLISH ? PAST_EN : PAST_RO;
        set(cues, "past", (float) Math.log1p(past.matcher(folded).results().count()));
        set(cues, "promise", cues[index("future")] > 0 && (cues[index("i")] > 0 || cues[index("we")] > 0) ? 1 : 0);
        return cues;
    }

    static int index(String name) {
        int i = NAMES.indexOf(name);
        if (i < 0) throw new IllegalArgumentException("unknown cue: " + name);
        return i;
    }

    private static void set(float[] cues, String name, float value) {
        cues[index(name)] = value;
    }
}
