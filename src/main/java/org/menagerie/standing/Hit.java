package org.menagerie.standing;

import org.menagerie.catalog.Check;

/**
 * An article that a standing query caught.
 *
 * @param queryId the standing query
 * @param owner its owner
 * @param itemId the article
 * @param caseId for a watch, the case whose alert caught it; null for a search
 */
public record Hit(String queryId, String owner, String itemId, String caseId) {
    public Hit {
        Check.notBlank(queryId, "queryId");
        Check.notBlank(owner, "owner");
        Check.notBlank(itemId, "itemId");
    }
}
