package org.menagerie.catalog;

import java.time.Instant;
import java.util.List;

/**
 * One change to a case: who made it, when, and which fields it changed.
 *
 * @param caseId the case
 * @param version 1 for the creation, then one more for each change
 * @param author the editor's name or the importer ("import:euvsdisinfo")
 * @param at when the change was committed
 * @param changed the names of the fields that changed; every field for a creation
 * @param snapshot the case as it stood after the change
 */
public record Revision(String caseId, int version, String author, Instant at, List<String> changed, Case snapshot) {
    public Revision {
        Check.id(caseId, "caseId");
        if (version < 1) throw new IllegalArgumentException("version must be at least 1: " + version);
        Check.notBlank(author, "author");
        Check.notNull(at, "at");
        changed = Check.list(changed, "changed");
        Check.notNull(snapshot, "snapshot");
    }
}
