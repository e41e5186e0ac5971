package org.menagerie.alert;

import java.time.Instant;
import org.menagerie.catalog.Check;

/**
 * A monitored item linked to a catalog case it may restate (an alert) or discuss (a link that is never a sighting).
 *
 * @param itemId the item's id in its stream
 * @param outlet the item's outlet, or null
 * @param url the item's address, or null
 * @param sentence the sentence (or the whole short item) that was matched, as written
 * @param caseId the case
 * @param confidence the probability that the item is about the case, in [0, 1]
 * @param level {@link Level#SUGGESTED} or {@link Level#MATCHED}
 * @param reasons why, in one line an analyst reads at a glance; {@link Explanation#parse} gives its parts back
 * @param raised when the alert was raised (the stream's clock)
 * @param relation whether the item restates the case or discusses it
 */
public record Alert(String itemId, String outlet, String url, String sentence, String caseId, double confidence,
                    Level level, String reasons, Instant raised, Relation relation) {
    public Alert {
        Check.notBlank(itemId, "itemId");
        Check.notBlank(sentence, "sentence");
        Check.notBlank(caseId, "caseId");
        if (!(confidence >= 0 && confidence <= 1)) throw new IllegalArgumentException("confidence must be in [0, 1]: " + confidence);
        Check.notNull(level, "level");
        if (level == Level.NONE) throw new IllegalArgumentException("level must be suggested or matched");
        Check.notNull(raised, "raised");
        Check.notNull(relation, "relation");
    }

    /** An alert on an item that restates its case. */
    public Alert(String itemId, String outlet, String url, String sentence, String caseId, double confidence,
                 Level level, String reasons, Instant raised) {
        this(itemId, outlet, url, sentence, caseId, confidence, level, reasons, raised, Relation.RESTATES);
    }

    /** The same alert raised at another time (a replay's or a worker's clock). */
    public Alert at(Instant when) {
        return new Alert(itemId, outlet, url, sentence, caseId, confidence, level, reasons, when, relation);
    }

    /** The same alert with another relation to its case. */
    public Alert withRelation(Relation other) {
        return new Alert(itemId, outlet, url, sentence, caseId, confidence, level, reasons, raised, other);
    }

    /** Whether an analyst's confirmation makes it a sighting: only an item that restates the case is one. */
    public boolean sighting() {
        return relation == Relation.RESTATES;
    }

    /** The parts of {@link #reasons}: what the item shares with the claim and why it restates or discusses it. */
    public Explanation explanation() {
        return Explanation.parse(reasons);
    }
}
