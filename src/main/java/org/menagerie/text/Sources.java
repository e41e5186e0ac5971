package org.menagerie.text;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the sources a text cites ("according to Euractiv", "reports Radio Free Europe", "potrivit Agerpres",
 * "citat de Digi24") and the credits of its pictures ("Photo source: Reuters", "Sursa foto: Facebook").
 */
final class Sources {
    /** A capitalised word; dots only inside it (S.U.A.), so that a full stop ends the name. */
    private static final String WORD = "(?:(?:\\p{Lu}\\.){2,}|\\p{Lu}(?:[\\p{L}\\p{N}&’'-]|\\.(?=\\p{L}))*)";
    private static final String NAME = "(" + WORD + "(?:[ \\t]+(?:of[ \\t]+|de[ \\t]+)?" + WORD + ")*)";
    private static final Pattern PHOTO = Pattern.compile("(?iu:\\b(?:photo|image|picture|foto|fotografie)"
            + "(?:[ \\t]+(?:source|credit|credits|sursa|sursă))?|\\b(?:sursa|sursă)[ \\t]+(?:foto|imagine))"
            + "[ \\t]*[:：][ \\t]*" + NAME);
    private static final Pattern CITED = Pattern.compile("(?iu:\\baccording[ \\t]+to|\\breports|\\breported[ \\t]+by"
            + "|\\bcited[ \\t]+by|\\bquoted[ \\t]+by|\\bcitat[ă]?[ \\t]+de|\\bpotrivit(?:[ \\t]+lui)?|\\bconform"
            + "|\\brelatează|\\binformează|\\bscrie|\\btransmite|\\b(?:source|sursa|sursă)[ \\t]*:)[ \\t]+" + NAME);
    private static final Pattern TRAILING = Pattern.compile("(?iu),?\\s*(?:reports|according to|potrivit|conform|"
            + "relatează|scrie)\\s+\\p{Lu}[^,;]*$");

    private Sources() {}

    static List<CitedSource> find(String text) {
        List<CitedSource> out = new ArrayList<>();
        Matcher m = PHOTO.matcher(text);
        while (m.find()) add(out, CitedSource.Kind.PHOTO, m);
        m = CITED.matcher(text);
        while (m.find()) {
            int start = m.start(1);
            if (out.stream().noneMatch(s -> s.start() == start)) add(out, CitedSource.Kind.CITED, m);
        }
        out.sort(java.util.Comparator.comparingInt(CitedSource::start));
        return out;
    }

    /** Adds the name, without a full stop that ends the sentence rather than an abbreviation ("S.U.A."). */
    private static void add(List<CitedSource> out, CitedSource.Kind kind, Matcher m) {
        String name = m.group(1);
        if (!name.matches(".*(\\p{Lu}\\.){2,}")) name = name.replaceAll("[.’'-]+$", "");
        if (!name.isBlank()) out.add(new CitedSource(kind, name, m.start(1), m.start(1) + name.length()));
    }

    /** A reported clause without the source credited at its end (", reports Radio Free Europe"). */
    static String withoutTrailingCredit(String clause) {
        return TRAILING.matcher(clause).replaceFirst("").strip();
    }
}
