package org.menagerie.web;

import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.menagerie.desk.Action;
import org.menagerie.desk.AlertQuery;
import org.menagerie.desk.Desk;
import org.menagerie.desk.DeskException;
import org.menagerie.desk.DeskJson;
import org.menagerie.publish.Account;

/**
 * The desk under /api/v1/alerts: the inbox and decisions, for analysts, editors and administrators with an API token.
 * The same {@link Desk} the site's pages and {@code menagerie alerts} use.
 */
final class AlertsApi {
    private final Site site;

    AlertsApi(Site site) {
        this.site = site;
    }

    void register(RoutesConfig r) {
        r.get(Api.V1 + "/alerts", this::list);
        r.get(Api.V1 + "/alerts/{id}", this::one);
        r.post(Api.V1 + "/alerts/decisions", this::bulk);
        r.post(Api.V1 + "/alerts/{id}/decision", this::decide);
    }

    private void list(Context ctx) {
        reviewer(ctx);
        Map<String, String> p = new HashMap<>();
        for (String f : AlertQuery.FILTERS) p.put(f, ctx.queryParam(f));
        p.put("offset", ctx.queryParam("offset"));
        p.put("limit", ctx.queryParam("limit"));
        AlertQuery q = AlertQuery.parse(p);
        Desk desk = site.desk();
        ctx.contentType("application/json").result(DeskJson.inbox(desk.list(q), q, desk.now()).toString());
    }

    private void one(Context ctx) {
        reviewer(ctx);
        Desk desk = site.desk();
        var d = desk.get(ctx.pathParam("id")).orElseThrow(() -> new DeskException(DeskException.Kind.NOT_FOUND, "alert not found"));
        ctx.contentType("application/json").result(DeskJson.detail(d, desk.now()).toString());
    }

    private void decide(Context ctx) {
        String who = reviewer(ctx);
        JsonNode body = JsonBodies.object(ctx);
        Desk desk = site.desk();
        var after = desk.decide(ctx.pathParam("id"), Action.parse(JsonBodies.string(body, "action")), who,
                JsonBodies.string(body, "reason"), until(JsonBodies.string(body, "until")));
        ctx.contentType("application/json").result(DeskJson.detail(desk.get(after.id()).orElseThrow(), desk.now()).toString());
    }

    private void bulk(Context ctx) {
        String who = reviewer(ctx);
        JsonNode body = JsonBodies.object(ctx);
        JsonNode ids = body.get("ids");
        if (ids == null || !ids.isArray()) throw new ApiError(400, "error.api.stringList", "ids");
        List<String> list = new ArrayList<>();
        for (JsonNode id : ids) {
            if (!id.isTextual()) throw new ApiError(400, "error.api.stringList", "ids");
            list.add(id.asText());
        }
        Desk desk = site.desk();
        var outcomes = desk.decideAll(list, Action.parse(JsonBodies.string(body, "action")), who,
                JsonBodies.string(body, "reason"), until(JsonBodies.string(body, "until")));
        ctx.contentType("application/json").result(DeskJson.outcomes(outcomes, desk.now()).toString());
    }

    private static Instant until(String s) {
        if (s == null || s.isBlank()) return null;
        try {
            return s.strip().length() == 10 ? java.time.LocalDate.parse(s.strip()).atStartOfDay(java.time.ZoneOffset.UTC).toInstant()
                    : Instant.parse(s.strip());
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("until must be a date (2026-03-01) or an instant: " + s);
        }
    }

    /** The token's account's name when it may review alerts. */
    private String reviewer(Context ctx) {
        Account a = Api.token(site, ctx);
        return Desk.reviewer(a);
    }
}
