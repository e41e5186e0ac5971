package org.menagerie.trend;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.menagerie.catalog.CaseStore;
import org.menagerie.catalog.Check;
import org.menagerie.outlet.Outlet;
import org.menagerie.outlet.OutletStore;

/**
 * Counts monitoring's events against the catalog and the outlets: weekly series per dimension, an outlet's profile and
 * the outlets that repeat debunked claims most. Reads only; what an analyst decides is kept by the desk.
 */
public final class Trends {
    /** Groups without a name (an article of no known language, an outlet of no known country). */
    public static final String UNKNOWN = "?";

    private final Events events;
    private final CaseStore cases;
    private final OutletStore outlets;

    public Trends(Events events, CaseStore cases, OutletStore outlets) {
        this.events = Check.notNull(events, "events");
        this.cases = Check.notNull(cases, "cases");
        this.outlets = Check.notNull(outlets, "outlets");
    }

    /**
     * Alerts and sightings of the last {@code weeks} weeks up to {@code now}, per group, at most {@code limit} groups; of
     * one outlet's articles when {@code outlet} (its name) is not null.
     */
    public Weekly weekly(Dimension by, String outlet, int weeks, Instant now, int limit) {
        if (weeks < 1 || weeks > 520) throw new IllegalArgumentException("weeks must be in 1..520: " + weeks);
        Instant from = Weekly.weekOf(now.minus(Duration.ofDays(7L * (weeks - 1)))).atStartOfDay(java.time.ZoneOffset.UTC).toInstant();
        return Weekly.count(by, events.since(from, outlet), groups(by), from, now, limit);
    }

    private Function<Event, List<String>> groups(Dimension by) {
        Map<String, List<String>> narratives = new HashMap<>();
        Map<String, String> countries = new HashMap<>();
        for (Outlet o : outlets.outlets()) countries.put(o.name(), o.country() == null ? UNKNOWN : o.country());
        return switch (by) {
            case CASE -> e -> List.of(e.caseId());
            case OUTLET -> e -> List.of(e.outlet() == null ? UNKNOWN : e.outlet());
            case LANGUAGE -> e -> List.of(e.language() == null ? UNKNOWN : e.language());
            case COUNTRY -> e -> List.of(e.outlet() == null ? UNKNOWN : countries.getOrDefault(e.outlet(), UNKNOWN));
            case NARRATIVE -> e -> narratives.computeIfAbsent(e.caseId(),
                    id -> cases.get(id).map(c -> c.narratives()).orElse(List.of()));
        };
    }

    /** What the outlet carried, over everything monitoring kept. */
    public Profile profile(Outlet outlet) {
        return profile(outlet.name(), events.since(Instant.EPOCH, outlet.name()), events.reach());
    }

    private Profile profile(String outlet, List<Event> of, Map<String, Events.Reach> reaches) {
        List<Profile.Carried> byCase = carried(of, e -> List.of(e.caseId()));
        Map<String, List<String>> narratives = new HashMap<>();
        List<Profile.Carried> byNarrative = carried(of, e -> narratives.computeIfAbsent(e.caseId(),
                id -> cases.get(id).map(c -> c.narratives()).orElse(List.of())));
        return new Profile(outlet, byCase, byNarrative, reaches.getOrDefault(outlet, new Events.Reach(0, null, null)));
    }

    private static List<Profile.Carried> carried(List<Event> of, Function<Event, List<String>> keys) {
        Map<String, Profile.Carried> out = new LinkedHashMap<>();
        for (Event e : of) {
            for (String k : keys.apply(e)) {
                Profile.Carried c = out.get(k);
                boolean sighting = e.kind() == Event.Kind.SIGHTING;
                out.put(k, c == null ? new Profile.Carried(k, sighting ? 0 : 1, sighting ? 1 : 0, e.at(), e.at())
                        : new Profile.Carried(k, c.alerts() + (sighting ? 0 : 1), c.sightings() + (sighting ? 1 : 0),
                        e.at().isBefore(c.first()) ? e.at() : c.first(), e.at().isAfter(c.last()) ? e.at() : c.last()));
            }
        }
        List<Profile.Carried> list = new ArrayList<>(out.values());
        list.sort(Comparator.comparingLong(Profile.Carried::sightings).reversed()
                .thenComparing(Comparator.comparingLong(Profile.Carried::alerts).reversed()).thenComparing(Profile.Carried::id));
        return list;
    }

    /** The outlets with the most confirmed sightings (then most alerts), at most {@code limit}, only those with any. */
    public List<Profile> offenders(int limit) {
        if (limit < 1) throw new IllegalArgumentException("limit must be positive: " + limit);
        Map<String, List<Event>> byOutlet = new HashMap<>();
        for (Event e : events.since(Instant.EPOCH, null)) {
            if (e.outlet() != null) byOutlet.computeIfAbsent(e.outlet(), k -> new ArrayList<>()).add(e);
        }
        Map<String, Events.Reach> reaches = events.reach();
        List<Profile> out = new ArrayList<>();
        for (Outlet o : outlets.outlets()) {
            Profile p = profile(o.name(), byOutlet.getOrDefault(o.name(), List.of()), reaches);
            if (p.sightings() > 0 || p.alerts() > 0) out.add(p);
        }
        out.sort(Comparator.comparingLong(Profile::sightings).reversed().thenComparing(Comparator.comparingLong(Profile::alerts).reversed())
                .thenComparing(Profile::outlet));
        return out.subList(0, Math.min(limit, out.size()));
    }
}
