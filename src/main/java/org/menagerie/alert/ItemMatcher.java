package org.menagerie.alert;

import java.util.List;
import org.menagerie.catalog.Case;
import org.menagerie.catalog.CaseStore;
import org.menagerie.catalog.Check;
import org.menagerie.check.Checker;
import org.menagerie.check.Match;
import org.menagerie.check.Matcher;
import org.menagerie.check.MatcherModel;
import org.menagerie.check.Matchers;
import org.menagerie.search.Search;
import org.menagerie.text.Languages;

/**
 * Matches a short item (a post, a tweet) as one claim, the way fact-checkers' claim retrieval does: the checker reads
 * sentence by sentence and only the check-worthy ones, which misses a post whose claim spans two sentences, reads as
 * an aside, or whose language the detector cannot tell. It goes through the same search index as the checker (BM25 in
 * the item's language, kNN over the index's vectors) and the same undated re-ranker, so it keeps no copy of the
 * catalog and sees a case as soon as the index has caught up with it.
 */
public final class ItemMatcher {
    /** Items longer than this are articles: their sentences are matched, and only their lead when none proposes. */
    public static final int MAX_CHARS = 1_000;
    static final int TOP = 10;
    private final Matcher matcher;

    public ItemMatcher(Search search, CaseStore store) {
        this.matcher = Matchers.overIndex(Check.notNull(search, "search"), Check.notNull(store, "store"), MatcherModel.shippedUndated());
    }

    /**
     * The best cases for {@code text} as a whole, best first.
     *
     * @param language the text's language as the checker found it or the item declared it, or null when nobody could
     *                 tell: the script decides which keyword analysis reads it
     */
    public List<Match> match(String text, String language) {
        Check.notBlank(text, "text");
        matcher.refresh();
        if (matcher.size() == 0) return List.of();
        String clipped = text.length() > MAX_CHARS ? text.substring(0, MAX_CHARS) : text;
        float[][] v = Matchers.queryVectors(matcher, clipped);
        return matcher.match(clipped, language(clipped, language), v[0], v[1], TOP);
    }

    /** The language whose keyword analysis reads the text: the one given or identified when the product reads it. */
    static String language(String text, String given) {
        String l = given != null && Checker.LANGUAGES.contains(given) ? given : Languages.identify(text, given);
        if (Checker.LANGUAGES.contains(l)) return l;
        int letters = 0, cyrillic = 0;
        for (int i = 0; i < text.length(); i++) {
            char ch = text.charAt(i);
            if (!Character.isLetter(ch)) continue;
            letters++;
            if (Character.UnicodeBlock.of(ch) == Character.UnicodeBlock.CYRILLIC) cyrillic++;
        }
        return letters > 0 && cyrillic * 2 > letters ? "ru" : "en";
    }

    /** The case as the index's store has it now, or null when it is gone. */
    Case caseOf(String caseId) {
        try {
            return matcher.caseOf(caseId);
        } catch (RuntimeException e) {
            return null;
        }
    }

    /** The case's claim and title, as the signals compare them; empty when the case is gone. */
    static String claimOf(Case c) {
        return c == null ? "" : c.claim() + " " + (c.title() == null ? "" : c.title());
    }
}
