package org.menagerie.dedup;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.menagerie.catalog.Check;

/**
 * The front door of de-duplication: remembers every article's canonical URL, text hash and SimHash with its story,
 * and says of a new article whether it is new, the same page again, or a copy joining a story. Checked in that
 * order, cheapest first. Texts shorter than {@link #MIN_WORDS} words are matched exactly only: a few words give a
 * SimHash too coarse to trust. Not thread-safe; the caller serialises.
 */
public final class Stories {
    /** Words a text needs before near-duplicates are looked for. */
    public static final int MIN_WORDS = 8;
    /** Bits within which two SimHashes count as the same story, chosen with {@code menagerie bench dedup}. */
    public static final int DEFAULT_BITS = 6;

    private final Map<Long, long[]> byUrl = new HashMap<>();
    private final Map<Long, long[]> byText = new HashMap<>();
    private final Map<Long, Long> storyOf = new HashMap<>();
    private final SimHashIndex near;

    public Stories(int bits) {
        this.near = new SimHashIndex(bits);
    }

    public static Stories standard() {
        return new Stories(DEFAULT_BITS);
    }

    public int bits() {
        return near.k();
    }

    /** What a new article is, given its canonical URL (may be null) and fingerprint. */
    public Verdict judge(String canonicalUrl, Fingerprint fp) {
        Check.notNull(fp, "fp");
        if (canonicalUrl != null) {
            long[] seen = byUrl.get(Fingerprint.hash(canonicalUrl));
            if (seen != null) return new Verdict(Sameness.SAME_URL, seen[1], seen[0], 0);
        }
        if (fp.words() == 0) return Verdict.NEW;
        long[] same = byText.get(fp.textHash());
        if (same != null) return new Verdict(Sameness.SAME_TEXT, same[1], same[0], 0);
        if (fp.words() < MIN_WORDS) return Verdict.NEW;
        List<SimHashIndex.Hit> hits = near.near(fp.simHash());
        if (hits.isEmpty()) return Verdict.NEW;
        SimHashIndex.Hit best = hits.get(0);
        return new Verdict(Sameness.NEAR, storyOf.get(best.id()), best.id(), best.distance());
    }

    /** Every earlier article within k bits (for measuring), nearest first. */
    public List<SimHashIndex.Hit> near(Fingerprint fp) {
        return fp.words() < MIN_WORDS ? List.of() : near.near(fp.simHash());
    }

    /** Remembers an article stored under a story (its own id when it started the story). */
    public void remember(long article, long story, String canonicalUrl, Fingerprint fp) {
        if (article <= 0 || story <= 0) throw new IllegalArgumentException("article and story must be positive ids");
        long[] entry = {article, story};
        if (canonicalUrl != null) byUrl.putIfAbsent(Fingerprint.hash(canonicalUrl), entry);
        if (fp.words() == 0) return;
        byText.putIfAbsent(fp.textHash(), entry);
        storyOf.put(article, story);
        if (fp.words() >= MIN_WORDS) near.add(article, fp.simHash());
    }

    public int size() {
        return storyOf.size();
    }
}
