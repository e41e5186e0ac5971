package org.menagerie.lab.eval;

import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import org.menagerie.catalog.Case;
import org.menagerie.catalog.Check;
import org.menagerie.catalog.Ids;

/**
 * Maps a dataset's own claim ids (CheckThat! vclaim ids such as {@code vclaim-sno-10-meter-anaconda}) to the
 * catalog's case ids, for the cases whose provenance names that dataset: the Snopes importer keys a case by the
 * vclaim id less its {@code vclaim-sno-} prefix, so a vclaim id names the case only when a case of Snopes provenance
 * has that key. An id that is already a case id maps to itself.
 */
public final class CaseKeys {
    private static final String SNOPES_PREFIX = "vclaim-sno-";
    private final Map<String, String> caseByKey = new HashMap<>();
    private final Set<String> caseIds = new LinkedHashSet<>();

    public CaseKeys(Iterable<Case> cases) {
        Check.notNull(cases, "cases");
        for (Case c : cases) {
            caseIds.add(c.id());
            if ("snopes".equals(c.provenance().dataset())) caseByKey.put(c.id(), c.id());
        }
    }

    /** The case a dataset id names, or null when no case of the catalog has it. */
    public String caseOf(String datasetId) {
        if (caseIds.contains(datasetId)) return datasetId;
        if (datasetId.startsWith(SNOPES_PREFIX)) {
            return caseByKey.get(Ids.of("snopes", datasetId.substring(SNOPES_PREFIX.length())));
        }
        return null;
    }
}
