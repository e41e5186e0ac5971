package org.menagerie.check;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The check pipeline's page-chrome stage: a sentence that speaks to the reader about the page ("please click here",
 * "Apasă aici!", "subscribe to our newsletter") asserts nothing about the world, so it is never check-worthy, however a
 * model scores it.
 */
final class Chrome {
    /** Calls to action in English and Romanian, matched on lower-cased text without diacritics. */
    private static final Pattern CALL_TO_ACTION = Pattern.compile("\\b(click (here|aici|to|on)|tap here|press here"
            + "|read (more|the full)|subscribe|sign up|follow us|share (this|on)|download (our|the app)|accept (all )?cookies"
            + "|apasa aici|da click|click aici|citeste (mai mult|si|tot)|aboneaza-te|urmareste-ne|distribuie|descarca aplicatia"
            + "|te-ar (mai )?putea interesa|s-ar putea sa te intereseze)\\b");

    private Chrome() {}

    /** Whether {@code sentence} is page chrome, not a statement. */
    static boolean is(String sentence) {
        String folded = Normalizer.normalize(sentence, Normalizer.Form.NFD).replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT);
        return CALL_TO_ACTION.matcher(folded).find();
    }
}
