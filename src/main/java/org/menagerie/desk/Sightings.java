package org.menagerie.desk;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.menagerie.alert.Sighting;
import org.menagerie.catalog.Appearance;
import org.menagerie.catalog.Case;

/** Sightings as the catalog's readers see them: new appearances of the case, found by monitoring. */
final class Sightings {
    private Sightings() {}

    /** The case with each sighting that names an outlet or an address added as an appearance, once per address. */
    static Case onto(Case c, List<Sighting> sightings) {
        if (sightings.isEmpty()) return c;
        List<Appearance> all = new ArrayList<>(c.appearances());
        Set<String> urls = new HashSet<>();
        c.appearances().forEach(a -> urls.add(a.url()));
        for (Sighting s : sightings) {
            if (s.outlet() == null && s.url() == null) continue;
            if (s.url() != null && !urls.add(s.url())) continue;
            all.add(new Appearance(s.outlet(), s.url(), LocalDate.ofInstant(s.seen(), ZoneOffset.UTC), null));
        }
        return all.size() == c.appearances().size() ? c : c.toBuilder().appearances(all).build();
    }
}
