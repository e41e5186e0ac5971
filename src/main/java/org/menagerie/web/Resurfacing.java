package org.menagerie.web;

import java.util.ArrayList;
import java.util.List;
import org.menagerie.alert.Sighting;
import org.menagerie.catalog.Case;
import org.menagerie.catalog.CaseStore;
import org.menagerie.catalog.Status;
import org.menagerie.desk.Desk;

/** A sighting as the home page's "resurfacing now" shows it: with its case as the reader reads it. */
public record Resurfacing(Sighting sighting, Case found, String lang) {
    /** The latest sightings of published cases, at most {@code limit}. */
    static List<Resurfacing> recent(Desk desk, CaseStore cases, String lang, int limit) {
        List<Resurfacing> out = new ArrayList<>();
        for (Sighting s : desk.recentSightings(limit * 3)) {
            if (out.size() == limit) break;
            cases.get(s.caseId()).filter(c -> c.status() == Status.PUBLISHED)
                    .ifPresent(c -> out.add(new Resurfacing(s, c.in(lang), c.readIn(lang) == null ? "en" : c.readIn(lang))));
        }
        return out;
    }
}
