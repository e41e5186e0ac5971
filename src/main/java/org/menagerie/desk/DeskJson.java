package org.menagerie.desk;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.menagerie.alert.Sighting;
import org.menagerie.alert.Stored;

/**
 * The desk's JSON, one shape for the API and {@code menagerie alerts --json}: states, levels and actions in lower
 * case, instants in ISO-8601.
 */
public final class DeskJson {
    private static final ObjectMapper JSON = new ObjectMapper();

    private DeskJson() {}

    /** {@code {"total": N, "offset": .., "limit": .., "states": {..}, "levels": {..}, "alerts": [..]}}. */
    public static ObjectNode inbox(Inbox inbox, AlertQuery query, Instant now) {
        ObjectNode o = JSON.createObjectNode();
        o.put("total", inbox.total());
        o.put("offset", query.offset());
        o.put("limit", query.limit());
        ObjectNode states = o.putObject("states");
        for (Stored.State s : Stored.State.values()) states.put(lower(s.name()), inbox.states().getOrDefault(s, 0L));
        ObjectNode levels = o.putObject("levels");
        inbox.levels().entrySet().stream().sorted(java.util.Map.Entry.comparingByKey())
                .forEach(e -> levels.put(e.getKey().label(), e.getValue()));
        ArrayNode alerts = o.putArray("alerts");
        inbox.alerts().forEach(a -> alerts.add(alert(a, now)));
        return o;
    }

    public static ObjectNode alert(Stored s, Instant now) {
        ObjectNode o = JSON.createObjectNode();
        o.put("id", s.id());
        o.put("case", s.alert().caseId());
        o.put("item", s.alert().itemId());
        o.put("outlet", s.alert().outlet());
        o.put("url", s.alert().url());
        o.put("level", s.alert().level().label());
        o.put("state", lower(s.stateAt(now).name()));
        o.put("confidence", s.alert().confidence());
        o.put("sentence", s.alert().sentence());
        o.put("reasons", s.alert().reasons());
        o.put("raised", s.alert().raised().toString());
        if (s.story() > 0) o.put("story", s.story());
        else o.putNull("story");
        o.put("language", s.language());
        o.put("country", s.country());
        o.put("seen", text(s.seen()));
        o.put("snoozedUntil", s.stateAt(now) == Stored.State.SNOOZED ? text(s.snoozedUntil()) : null);
        o.put("decidedBy", s.decidedBy());
        o.put("decidedAt", text(s.decidedAt()));
        return o;
    }

    /** One alert with its decisions, the outlets that carried its story, and its sighting. */
    public static ObjectNode detail(AlertDetail d, Instant now) {
        ObjectNode o = alert(d.alert(), now);
        ArrayNode decisions = o.putArray("decisions");
        for (Decision x : d.decisions()) {
            ObjectNode n = decisions.addObject();
            n.put("action", x.action().label());
            n.put("by", x.by());
            n.put("at", x.at().toString());
            n.put("reason", x.reason());
            n.put("until", text(x.until()));
            n.put("reverted", x.reverted());
        }
        ArrayNode outlets = o.putArray("outlets");
        d.outlets().forEach(outlets::add);
        if (d.sighting() == null) o.putNull("sighting");
        else o.set("sighting", sighting(d.sighting()));
        return o;
    }

    public static ObjectNode sighting(Sighting s) {
        ObjectNode o = JSON.createObjectNode();
        o.put("alert", s.alertId());
        o.put("case", s.caseId());
        o.put("outlet", s.outlet());
        o.put("url", s.url());
        o.put("seen", s.seen().toString());
        o.put("language", s.language());
        o.put("sentence", s.sentence());
        o.put("confirmedBy", s.confirmedBy());
        o.put("confirmedAt", s.confirmedAt().toString());
        o.put("automatic", s.automatic());
        return o;
    }

    public static ArrayNode sightings(List<Sighting> all) {
        ArrayNode a = JSON.createArrayNode();
        all.forEach(s -> a.add(sighting(s)));
        return a;
    }

    /** What a bulk decision did: {@code {"done": N, "failed": M, "results": [{"id":.., "state":.. | "error":..}]}}. */
    public static ObjectNode outcomes(List<Desk.Outcome> outcomes, Instant now) {
        ObjectNode o = JSON.createObjectNode();
        o.put("done", outcomes.stream().filter(x -> x.error() == null).count());
        o.put("failed", outcomes.stream().filter(x -> x.error() != null).count());
        ArrayNode results = o.putArray("results");
        for (Desk.Outcome x : outcomes) {
            ObjectNode n = results.addObject();
            n.put("id", x.id());
            if (x.error() == null) n.put("state", lower(x.alert().stateAt(now).name()));
            else n.put("error", x.error());
        }
        return o;
    }

    private static String text(Instant t) {
        return t == null ? null : t.toString();
    }

    private static String lower(String s) {
        return s.toLowerCase(Locale.ROOT);
    }
}
