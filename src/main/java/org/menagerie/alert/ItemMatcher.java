package org.menagerie.alert;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.menagerie.catalog.Case;
import org.menagerie.catalog.Check;
import org.menagerie.catalog.Status;
import org.menagerie.check.Match;
import org.menagerie.check.Matcher;
import org.menagerie.check.MatcherModel;
import org.menagerie.embedding.VectorCache;
import org.menagerie.check.Matchers;

/**
 * Matches a short item (a post, a tweet) as one claim, the way fact-checkers' claim retrieval does: the checker reads
 * sentence by sentence and only the check-worthy ones, which misses a post whose claim spans two sentences or reads
 * as an aside. Built over the same cases and vector file as the checker, with the undated re-ranker.
 */
public final class ItemMatcher {
    /** Items longer than this are articles: only their sentences are matched. */
    public static final int MAX_CHARS = 1_000;
    static final int TOP = 3;
    private final Matcher matcher;
    private final Map<String, Case> cases = new HashMap<>();

    public ItemMatcher(List<Case> all, Path vectorDir) {
        List<Case> published = Check.notNull(all, "all").stream().filter(c -> c.status() == null || c.status() == Status.PUBLISHED).toList();
        this.matcher = Matchers.inMemory(published, new VectorCache(vectorDir), MatcherModel.shippedUndated());
        for (Case c : published) cases.put(c.id(), c);
    }

    /**
     * The best cases for the whole item, best first; empty for an article and for an item not in English, since the
     * embedding model (e5-small-v2) and the re-ranker's lexical features read English only.
     *
     * @param language the item's language as the checker found it, or null when the checker could not tell
     */
    public List<Match> match(Item item, String language) {
        String text = item.fullText();
        if (text.length() > MAX_CHARS || !english(text, language == null ? item.language() : language)) return List.of();
        return matcher.match(text, TOP);
    }

    /** English when said so; when nobody could tell, a text written mostly in Latin letters is given the benefit. */
    static boolean english(String text, String language) {
        if (language != null) return language.equals("en");
        int letters = 0, latin = 0;
        for (int i = 0; i < text.length(); i++) {
            char ch = text.charAt(i);
            if (!Character.isLetter(ch)) continue;
            letters++;
            if (ch < 0x250) latin++;
        }
        return letters > 0 && latin >= 0.8 * letters;
    }

    /** The case's claim and title, as the signals compare them. */
    String claimOf(String caseId) {
        Case c = cases.get(caseId);
        return c == null ? "" : c.claim() + " " + c.title();
    }
}
