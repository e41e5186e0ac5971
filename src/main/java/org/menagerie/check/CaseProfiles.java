package org.menagerie.check;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.menagerie.catalog.Case;

/**
 * The cases the matcher knows, each analysed once into the cues its features and reasons need, and the document
 * frequency of every term, so that a shared rare word counts for more than a shared common one.
 */
final class CaseProfiles {
    record Profile(Case c, Cues cues, Set<String> claimTerms, Set<String> titleTerms, Set<String> words, LocalDate reviewed) {}

    private final Analyzer analyzer;
    private final Map<String, Profile> byId = new HashMap<>();
    private final Map<String, Integer> df = new HashMap<>();

    CaseProfiles(List<Case> cases, Analyzer analyzer) {
        this.analyzer = analyzer;
        for (Case c : cases) {
            String passage = CaseText.passage(c);
            Cues cues = Cues.of(analyzer, passage);
            Profile p = new Profile(c, cues, new LinkedHashSet<>(Terms.analyzed(analyzer, c.claim())),
                    new LinkedHashSet<>(Terms.analyzed(analyzer, c.title())), Cues.words(passage), c.reviewDate());
            if (byId.put(c.id(), p) != null) throw new IllegalArgumentException("cases: the id " + c.id() + " appears twice");
            for (String t : cues.terms()) df.merge(t, 1, Integer::sum);
        }
    }

    Profile get(String id) {
        Profile p = byId.get(id);
        if (p == null) throw new IllegalArgumentException("unknown case: " + id);
        return p;
    }

    Analyzer analyzer() {
        return analyzer;
    }

    double idf(String term) {
        return Math.log(1 + byId.size() / (1.0 + df.getOrDefault(term, 0)));
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

    int size() {
        return byId.size();
    }
}
