package org.menagerie.dedup;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.menagerie.catalog.Check;

/**
 * The front door of de-duplication: remembers every article's canonical URL, text hash and SimHash with its story,
 * and says of a new article whether it is new, the same page again, or a copy joining a story. Checked cheapest
 * first: the address, the exact words, then near-duplicates. Near-duplicate candidates come from the SimHash index
 * (within k bits) and, for recent texts, from MinHash bands; a candidate is accepted when the word 3-shingle Jaccard
 * of the two texts reaches {@link #SAME_STORY}. An older candidate whose shingles are no longer held is accepted on
 * SimHash alone only when it is long and within {@link #STRICT_BITS}. Not thread-safe; the caller serialises.
 */
public final class Stories {
    /** Word 3-shingle Jaccard from which two texts are one story. */
    public static final double SAME_STORY = 0.5;
    /** Bits within which SimHash candidates are looked for, chosen with {@code menagerie bench dedup}. */
    public static final int DEFAULT_BITS = 6;
    /** Bits within which a long text counts as a copy on SimHash alone (Manku et al.: k = 3 for web pages). */
    public static final int STRICT_BITS = 3;
    /** Words a text needs to be judged on SimHash alone. */
    public static final int LONG_TEXT = 50;
    /** Recent texts whose shingles are held for verification. */
    public static final int DEFAULT_WINDOW = 100_000;

    /** A match: the earlier article, its story, the Jaccard (-1 when judged on SimHash alone) and SimHash bits. */
    public record Match(long article, long story, double jaccard, int distance) {}

    private final Map<Long, long[]> byUrl = new HashMap<>();
    private final Map<Long, long[]> byText = new HashMap<>();
    private final Map<Long, long[]> byArticle = new HashMap<>();
    private final SimHashIndex near;
    private final BandIndex bands = new BandIndex();
    private final LinkedHashMap<Long, Sketch> recent;

    public Stories(int bits, int window) {
        if (window < 1) throw new IllegalArgumentException("window must be positive: " + window);
        this.near = new SimHashIndex(bits);
        this.recent = new LinkedHashMap<>(16, 0.75f, false) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<Long, Sketch> eldest) {
                return size() > window;
            }
        };
    }

    public Stories(int bits) {
        this(bits, DEFAULT_WINDOW);
    }

    public static Stories standard() {
        return new Stories(DEFAULT_BITS);
    }

    /** What a new article is, given its canonical URL (may be null), fingerprint and sketch (null when unknown). */
    public StoryDecision judge(String canonicalUrl, Fingerprint fp, Sketch sketch) {
        Check.notNull(fp, "fp");
        if (canonicalUrl != null) {
            long[] seen = byUrl.get(Fingerprint.hash(canonicalUrl));
            if (seen != null) return new StoryDecision(Sameness.SAME_URL, seen[1], seen[0], 0);
        }
        if (fp.words() == 0) return StoryDecision.NEW;
        long[] same = byText.get(fp.textHash());
        if (same != null) return new StoryDecision(Sameness.SAME_TEXT, same[1], same[0], 0);
        List<Match> matches = matches(fp, sketch);
        if (matches.isEmpty()) return StoryDecision.NEW;
        Match best = matches.get(0);
        return new StoryDecision(Sameness.NEAR, best.story(), best.article(), best.distance());
    }

    /** Every earlier article accepted as a near-duplicate, most similar first. */
    public List<Match> matches(Fingerprint fp, Sketch sketch) {
        Map<Long, Match> found = new HashMap<>();
        for (SimHashIndex.Hit h : near.near(fp.simHash())) consider(h.id(), fp, sketch, found);
        if (sketch != null) for (long id : bands.candidates(sketch, recent)) consider(id, fp, sketch, found);
        List<Match> out = new ArrayList<>(found.values());
        out.sort((a, b) -> a.jaccard != b.jaccard ? Double.compare(b.jaccard, a.jaccard)
                : a.distance != b.distance ? Integer.compare(a.distance, b.distance) : Long.compare(a.article, b.article));
        return out;
    }

    private void consider(long id, Fingerprint fp, Sketch sketch, Map<Long, Match> found) {
        if (found.containsKey(id)) return;
        long[] known = byArticle.get(id);
        if (known == null) return;
        int distance = Fingerprint.distance(fp.simHash(), known[1]);
        Sketch theirs = recent.get(id);
        if (sketch != null && theirs != null) {
            double j = sketch.jaccard(theirs);
            if (j >= SAME_STORY) found.put(id, new Match(id, known[0], j, distance));
        } else if (distance <= STRICT_BITS && fp.words() >= LONG_TEXT && known[2] >= LONG_TEXT) {
            found.put(id, new Match(id, known[0], -1, distance));
        }
    }

    /** Remembers an article stored under a story (its own id when it started the story); sketch may be null. */
    public void remember(long article, long story, String canonicalUrl, Fingerprint fp, Sketch sketch) {
        if (article <= 0 || story <= 0) throw new IllegalArgumentException("article and story must be positive ids");
        long[] entry = {article, story};
        if (canonicalUrl != null) byUrl.putIfAbsent(Fingerprint.hash(canonicalUrl), entry);
        if (fp.words() == 0) return;
        byText.putIfAbsent(fp.textHash(), entry);
        byArticle.put(article, new long[] {story, fp.simHash(), fp.words()});
        near.add(article, fp.simHash());
        if (sketch != null && sketch.bands().length > 0) {
            recent.put(article, sketch);
            bands.add(article, sketch);
            if (bands.entries() > 2L * Sketch.BANDS * Math.max(recent.size(), 1) + 1000) bands.rebuild(recent);
        }
    }

    /** Whether an address was stored already. */
    public boolean knowsUrl(String canonicalUrl) {
        return canonicalUrl != null && byUrl.containsKey(Fingerprint.hash(canonicalUrl));
    }

    public int bits() {
        return near.k();
    }

    public int size() {
        return byArticle.size();
    }
}
