package org.menagerie.delivery;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The JSON body of a webhook delivery (documented in docs/alerts.md):
 * {@code {"type":"menagerie.alerts","user","from","to","alerts","entries":[{"case","level","confidence","sightings":[{"item","outlet","url","sentence","at"}]}]}}.
 */
public final class NoticeJson {
    private static final ObjectMapper JSON = new ObjectMapper();

    private NoticeJson() {}

    public static String write(Notice n) {
        ObjectNode o = JSON.createObjectNode();
        o.put("type", "menagerie.alerts");
        o.put("user", n.user());
        o.put("from", n.from().toString());
        o.put("to", n.to().toString());
        o.put("alerts", n.alerts());
        ArrayNode entries = o.putArray("entries");
        for (Notice.Entry e : n.entries()) {
            ObjectNode x = entries.addObject();
            x.put("case", e.caseId());
            x.put("level", e.level());
            x.put("confidence", Math.round(e.confidence() * 1e4) / 1e4);
            ArrayNode sightings = x.putArray("sightings");
            for (Notice.Sighting s : e.sightings()) {
                ObjectNode y = sightings.addObject();
                y.put("item", s.itemId());
                y.put("outlet", s.outlet());
                y.put("url", s.url());
                y.put("sentence", s.sentence());
                y.put("at", s.at().toString());
            }
        }
        try {
            return JSON.writeValueAsString(o);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e); // a tree of strings and numbers always serialises
        }
    }
}
