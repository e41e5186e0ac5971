package org.menagerie.web;

import java.util.List;
import org.menagerie.catalog.Verdict;

/**
 * What a check returns, as the site and the API show it: every sentence with its check-worthiness, and the cases
 * it matched with their reasons.
 */
public record CheckReport(String source, String language, List<Sentence> sentences) {

    public record Match(String caseId, String title, Verdict verdict, double score, List<String> reasons) {
        public Match {
            reasons = List.copyOf(reasons);
        }
    }

    /** A sentence; {@code checkworthiness} is in [0, 1]. */
    public record Sentence(String text, double checkworthiness, List<Match> matches) {
        public Sentence {
            if (checkworthiness < 0 || checkworthiness > 1) {
                throw new IllegalArgumentException("checkworthiness must be in [0, 1]: " + checkworthiness);
            }
            matches = List.copyOf(matches);
        }

        /** 0 (not worth checking) to 4 (most worth it), for shading. */
        public int shade() {
            return (int) Math.min(4, Math.floor(checkworthiness * 5));
        }
    }

    public CheckReport {
        sentences = List.copyOf(sentences);
    }

    public long matchedSentences() {
        return sentences.stream().filter(s -> !s.matches().isEmpty()).count();
    }
}
