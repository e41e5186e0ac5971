package org.menagerie.alert;

import java.time.Instant;
import org.menagerie.catalog.Check;

/**
 * A sentence of a monitored item that may restate a catalog case.
 *
 * @param itemId the item's id in its stream
 * @param outlet the item's outlet, or null
 * @param url the item's address, or null
 * @param sentence the sentence as written
 * @param caseId the case it may restate
 * @param confidence the probability that it restates the case, in [0, 1]
 * @param level {@link Level#SUGGESTED} or {@link Level#MATCHED}
 * @param reasons what the sentence and the case share, in one line
 * @param raised when the alert was raised (the stream's clock)
 */
public record Alert(String itemId, String outlet, String url, String sentence, String caseId, double confidence,
                    Level level, String reasons, Instant raised) {
    public Alert {
        Check.notBlank(itemId, "itemId");
        Check.notBlank(sentence, "sentence");
        Check.notBlank(caseId, "caseId");
        if (!(confidence >= 0 && confidence <= 1)) throw new IllegalArgumentException("confidence must be in [0, 1]: " + confidence);
        Check.notNull(level, "level");
        if (level == Level.NONE) throw new IllegalArgumentException("level must be suggested or matched");
        Check.notNull(raised, "raised");
    }
}
