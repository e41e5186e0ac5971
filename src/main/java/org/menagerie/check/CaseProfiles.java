package org.menagerie.check;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.menagerie.catalog.Case;
import org.menagerie.translate.Translator;

/**
 * The candidate cases, each analysed into the cues its features and reasons need. Built when a case is first
 * proposed and kept while the source's copy of the case is unchanged (same stamp), up to {@link #KEPT} cases, so
 * that a large catalog costs only the cases that checks actually meet.
 */
final class CaseProfiles {
    record Profile(Case c, long stamp, Cues cues, Set<String> claimTerms, Set<String> titleTerms, Set<String> words,
                   LocalDate reviewed) {}

    static final int KEPT = 20_000;
    private final CandidateSource source;
    private final Analyzer analyzer;
    private final Map<String, Profile> kept = new LinkedHashMap<>(256, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Profile> eldest) {
            return size() > KEPT;
        }
    };

    CaseProfiles(CandidateSource source, Analyzer analyzer) {
        this.source = source;
        this.analyzer = analyzer;
    }

    /** The profile of a candidate, or null when the case is gone from the catalog since the index proposed it. */
    Profile get(String id, long stamp) {
        synchronized (kept) {
            Profile p = kept.get(id);
            if (p != null && p.stamp() == stamp) return p;
        }
        Case c = source.get(id).orElse(null);
        if (c == null) return null;
        Profile p = profile(c, stamp);
        synchronized (kept) {
            kept.put(id, p);
        }
        return p;
    }

    /** The case of a candidate just profiled. */
    Case caseOf(String id) {
        synchronized (kept) {
            Profile p = kept.get(id);
            if (p != null) return p.c();
        }
        return source.get(id).orElseThrow(() -> new IllegalStateException("unknown case: " + id));
    }

    /**
     * A case in a language the translator knows is profiled with its English rendering beside its own words, so that
     * an English or other-language claim's words and names can cover it.
     */
    private Profile profile(Case c, long stamp) {
        String passage = CaseText.passage(c);
        String claim = c.claim(), title = c.title(), words = passage;
        Translator t = Translator.shipped();
        if (t.translates(c.language())) {
            claim += " " + t.keywordsOf(c.claim(), c.language());
            title += " " + t.keywordsOf(c.title(), c.language());
            words += " " + t.keywordsOf(passage, c.language());
        }
        return new Profile(c, stamp, Cues.of(analyzer, words), new LinkedHashSet<>(Terms.analyzed(analyzer, claim)),
                new LinkedHashSet<>(Terms.analyzed(analyzer, title)), Cues.words(words), c.reviewDate());
    }

    Analyzer analyzer() {
        return analyzer;
    }

    /** The rarity of every term of the query and of the pool's cases, looked up in one go. */
    Rarity rarity(Cues query, List<Profile> pool) {
        Set<String> terms = new LinkedHashSet<>(query.terms());
        for (Profile p : pool) {
            terms.addAll(p.claimTerms());
            terms.addAll(p.titleTerms());
        }
        return new Rarity(source.documentFrequencies(terms));
    }

    /** Document frequencies of some terms, and the number of cases under the key "". */
    record Rarity(Map<String, Long> df) {
        double idf(String term) {
            return Math.log(1 + size() / (1.0 + df.getOrDefault(term, 0L)));
        }

        long size() {
            return df.getOrDefault("", 0L);
        }

        /** The idf mass of {@code part} found in {@code whole}, over the idf mass of {@code part}. */
        double coverage(Set<String> part, Set<String> whole) {
            double all = 0, hit = 0;
            for (String t : part) {
                double w = idf(t);
                all += w;
                if (whole.contains(t)) hit += w;
            }
            return all == 0 ? 0 : hit / all;
        }
    }
}
