package org.menagerie.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds numbers and normalises them: separators by language ("70,000" in English and "70.000" in Romanian are both
 * 70000), scale words ("2.5 million", "3 miliarde"), percentages ("5%", "5 percent", "5 la sută"), vague amounts
 * ("tens of thousands", "zeci de mii") and small number words ("three"); the counted noun follows as the unit.
 * Years standing alone are left to {@link Dates}.
 */
final class Amounts {
    private static final Map<String, Double> SCALES = Map.ofEntries(Map.entry("thousand", 1e3),
            Map.entry("thousands", 1e3), Map.entry("mii", 1e3), Map.entry("mie", 1e3), Map.entry("million", 1e6),
            Map.entry("millions", 1e6), Map.entry("milioane", 1e6), Map.entry("milion", 1e6), Map.entry("mil", 1e6),
            Map.entry("billion", 1e9), Map.entry("billions", 1e9), Map.entry("miliarde", 1e9),
            Map.entry("miliard", 1e9), Map.entry("mld", 1e9), Map.entry("trillion", 1e12));
    private static final Map<String, Double> WORDS = Map.ofEntries(Map.entry("two", 2.0), Map.entry("three", 3.0),
            Map.entry("four", 4.0), Map.entry("five", 5.0), Map.entry("six", 6.0), Map.entry("seven", 7.0),
            Map.entry("eight", 8.0), Map.entry("nine", 9.0), Map.entry("ten", 10.0), Map.entry("twelve", 12.0),
            Map.entry("twenty", 20.0), Map.entry("hundred", 100.0), Map.entry("tens", 10.0), Map.entry("hundreds", 100.0), Map.entry("dozens", 12.0),
            Map.entry("doi", 2.0), Map.entry("două", 2.0), Map.entry("trei", 3.0), Map.entry("patru", 4.0),
            Map.entry("cinci", 5.0), Map.entry("șase", 6.0), Map.entry("șapte", 7.0), Map.entry("opt", 8.0),
            Map.entry("nouă", 9.0), Map.entry("zece", 10.0), Map.entry("sute", 100.0), Map.entry("zeci", 10.0));
    private static final Pattern VAGUE = Pattern.compile("(?iu)\\b(tens|hundreds|zeci|sute)\\s+(?:of|de)\\s+"
            + "(thousands|millions|billions|mii|milioane|miliarde)\\b(?:\\s+(?:of|de))?");
    private static final Pattern NUMBER = Pattern.compile("(?iu)(?<![\\p{L}\\p{N}.,])(?:(around|about|some|over|"
            + "nearly|almost|approximately|roughly|circa|aproximativ|peste|aproape|în jur de)\\s+)?"
            + "(\\d{1,3}(?:[.,]\\d{3})+(?:[.,]\\d+)?|\\d+(?:[.,]\\d+)?)"
            + "(?:\\s*(%|percent\\b|per cent\\b|la sută\\b|procente\\b))?"
            + "(?:\\s+(thousand|million|billion|trillion|mii|milioane|miliarde|mil\\.|mld\\.)\\b)?");
    private static final Pattern WORD = Pattern.compile("(?iu)\\b(two|three|four|five|six|seven|eight|nine|ten|"
            + "twelve|twenty|dozens|trei|patru|cinci|șase|șapte|opt|zece)\\b(?!-)");
    private static final Set<String> SKIP = Set.of("of", "de", "the", "a", "an");
    private static final Set<String> NOT_UNITS = Set.of("since", "and", "or", "to", "in", "on", "at", "by", "for",
            "with", "from", "that", "which", "who", "are", "is", "was", "were", "will", "would", "has", "have", "had",
            "than", "as", "și", "sau", "la", "în", "pe", "cu", "din", "că", "care", "este", "sunt", "au", "ani");
    private static final Pattern UNIT_WORD = Pattern.compile("(?u)\\s*(\\p{L}[\\p{L}-]*)");

    private Amounts() {}

    static List<Amount> find(String text, String language, List<DateMention> dates) {
        List<Amount> out = new ArrayList<>();
        Matcher m = VAGUE.matcher(text);
        while (m.find()) {
            double value = WORDS.get(m.group(1).toLowerCase(Locale.ROOT)) * SCALES.get(m.group(2).toLowerCase(Locale.ROOT));
            out.add(new Amount(m.group(), m.start(), m.end(), value, unit(text, m.end()), true));
        }
        List<int[]> days = Dates.dayMonthSpans(text);
        m = NUMBER.matcher(text);
        while (m.find()) {
            int start = m.start(), end = m.end(), digits = m.start(2);
            if (inside(out, start) || dates.stream().anyMatch(d -> d.start() <= digits && digits < d.end())
                    || days.stream().anyMatch(d -> d[0] <= digits && digits < d[1])) continue;
            double value = parse(m.group(2), language);
            if (m.group(4) != null) value *= SCALES.get(m.group(4).toLowerCase(Locale.ROOT).replace(".", ""));
            boolean percent = m.group(3) != null;
            String unit = percent ? "%" : unit(text, end);
            out.add(new Amount(m.group(), start, end, value, unit, m.group(1) != null));
        }
        m = WORD.matcher(text);
        while (m.find()) {
            if (inside(out, m.start())) continue;
            String unit = unit(text, m.end());
            if (unit == null) continue;
            out.add(new Amount(m.group(), m.start(), m.end(), WORDS.get(m.group(1).toLowerCase(Locale.ROOT)), unit,
                    m.group(1).equalsIgnoreCase("dozens")));
        }
        out.sort(java.util.Comparator.comparingInt(Amount::start));
        return out;
    }

    private static boolean inside(List<Amount> found, int pos) {
        return found.stream().anyMatch(a -> a.start() <= pos && pos < a.end());
    }

    /** "70,000" is 70000 in English, "70.000" is 70000 in Romanian, "3,5" is 3.5 in Romanian. */
    static double parse(String number, String language) {
        boolean commaDecimal = !language.equals("en");
        String n = number;
        if (n.matches("\\d{1,3}([.,])\\d{3}(\\1\\d{3})*")) {
            boolean thousands = n.contains(",") ? !commaDecimal : commaDecimal;
            if (thousands || n.chars().filter(c -> c == n.charAt(n.length() - 4)).count() > 1) {
                return Double.parseDouble(n.replaceAll("[.,]", ""));
            }
        }
        if (commaDecimal) return Double.parseDouble(n.replace(".", "").replace(',', '.'));
        return Double.parseDouble(n.replace(",", ""));
    }

    /** The counted noun after a number: the first lower-case word, past "of"/"de" and capitalised adjectives. */
    static String unit(String text, int from) {
        int at = from;
        for (int k = 0; k < 3; k++) {
            Matcher w = UNIT_WORD.matcher(text).region(at, text.length());
            if (!w.lookingAt()) return null;
            String word = w.group(1);
            at = w.end();
            if (SKIP.contains(word.toLowerCase(Locale.ROOT)) || Character.isUpperCase(word.charAt(0))
                    || word.contains("-")) continue;
            return NOT_UNITS.contains(word.toLowerCase(Locale.ROOT)) ? null : word;
        }
        return null;
    }
}
