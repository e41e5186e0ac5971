package org.menagerie.standing;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.menagerie.catalog.Check;

/**
 * Watches on a case or a narrative: an alert on an article that names the case (or a case of the narrative) is a
 * hit of every such watch whose filters admit the article.
 */
public final class Watches {
    private final Map<String, List<StandingQuery>> byCase = new HashMap<>();
    private final Map<String, List<StandingQuery>> byNarrative = new HashMap<>();

    public void add(StandingQuery q) {
        Check.notNull(q, "q");
        switch (q.kind()) {
            case CASE -> byCase.computeIfAbsent(q.target(), k -> new ArrayList<>()).add(q);
            case NARRATIVE -> byNarrative.computeIfAbsent(q.target(), k -> new ArrayList<>()).add(q);
            case SEARCH -> throw new IllegalArgumentException("a search runs on text, not on alerts: " + q.id());
        }
    }

    /**
     * @param caseId the case an alert names
     * @param narratives the narratives that case belongs to
     */
    public List<Hit> hits(String itemId, String caseId, List<String> narratives, String language, String outlet) {
        List<Hit> out = new ArrayList<>();
        for (StandingQuery q : byCase.getOrDefault(caseId, List.of())) {
            if (q.admits(language, outlet)) out.add(new Hit(q.id(), q.owner(), itemId, caseId));
        }
        for (String n : narratives) {
            for (StandingQuery q : byNarrative.getOrDefault(n, List.of())) {
                if (q.admits(language, outlet)) out.add(new Hit(q.id(), q.owner(), itemId, caseId));
            }
        }
        return out;
    }
}
