package org.menagerie.alert;

import java.util.List;
import org.menagerie.catalog.Check;

/**
 * A case proposed for an item: for one of its check-worthy sentences (by the checker) or for the whole short item
 * (by the {@link ItemMatcher}).
 *
 * @param sentence the sentence, or the whole text for a whole-item proposal
 * @param caseId the case
 * @param caseClaim the case's claim and title
 * @param confidence the matcher's confidence
 * @param next the confidence of the next case proposed for the same text, 0 when none is
 * @param similarity the cosine of the text and the case
 * @param names names both share
 * @param numbers numbers both share
 * @param terms rare terms both share
 * @param worthiness the sentence's check-worthiness; for a whole item, its best sentence's, 0 when none was
 * @param whole whether the proposal is for the whole item
 * @param rank the proposal's place among the cases proposed for the same text, from 0
 */
public record Proposal(String sentence, String caseId, String caseClaim, double confidence, double next, double similarity,
                List<String> names, List<String> numbers, List<String> terms, double worthiness, boolean whole, int rank) {
    public Proposal {
        Check.notBlank(sentence, "sentence");
        Check.notBlank(caseId, "caseId");
        Check.notNull(caseClaim, "caseClaim");
        names = List.copyOf(names);
        numbers = List.copyOf(numbers);
        terms = List.copyOf(terms);
    }
}
