package org.menagerie.check;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The report's reporting-sentence stage: a sentence that attributes what it says to someone ("Putin said that ...",
 * "potrivit Kremlinului ...") or reports a reaction ("... have raised alarms", "voiced concerns") tells of a claim or a
 * situation; it does not itself make the claim. Readers of a report see such a sentence's matches as a known claim
 * reported on, never as the text repeating a debunked claim.
 */
public final class Reporting {
    private static final Pattern CUES = Pattern.compile("\\b(said|says|told|stated|claimed|claims|alleged|accused|argued"
            + "|reported|reports|announced|warned|insisted|denied|dismissed|voiced|reiterated|according to"
            + "|raised (alarms?|concerns?)|expressed (concern|alarm)|called (it|them|the|for|on|russia|nato)"
            + "|a (spus|declarat|afirmat|sustinut|acuzat|anuntat|avertizat|negat|respins)|au (spus|declarat|afirmat|acuzat)"
            + "|potrivit|conform|sustine|sustin|declara|afirma)\\b");

    private Reporting() {}

    /** Whether the sentence reports on a statement or a situation rather than asserting a claim in its own voice. */
    public static boolean reports(String sentence) {
        if (sentence == null) return false;
        String folded = Normalizer.normalize(sentence, Normalizer.Form.NFD).replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT).replace('’', '\'');
        return CUES.matcher(folded).find();
    }
}
