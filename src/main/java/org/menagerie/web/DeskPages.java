package org.menagerie.web;

import io.javalin.http.Context;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.menagerie.alert.Stored;
import org.menagerie.desk.Action;
import org.menagerie.desk.AlertQuery;
import org.menagerie.desk.Desk;
import org.menagerie.desk.Group;
import org.menagerie.publish.Account;

/**
 * The analysts' inbox: alerts newest first or grouped by case or story, filtered with counts, each decided (confirm,
 * dismiss, snooze, undo) alone or in bulk through plain forms; a small script adds keyboard shortcuts.
 */
final class DeskPages {
    static final String INBOX = "/editor/alerts";
    static final int PAGE = DeskGroup.PAGE, GROUPS = 15, PER_GROUP = 10;
    /** How long a snooze lasts, by the form's choice. */
    static final Map<String, Duration> SNOOZES = Map.of("1d", Duration.ofDays(1), "7d", Duration.ofDays(7), "30d", Duration.ofDays(30));

    private final Site site;
    private final Views views;
    private final Sessions sessions;

    DeskPages(Site site, Views views, Sessions sessions) {
        this.site = site;
        this.views = views;
        this.sessions = sessions;
    }

    void register(WebApp.Routes r) {
        r.page(INBOX, this::inbox);
        r.form(INBOX + "/{id}", this::decide);
        r.form(INBOX, this::bulk);
    }

    private Desk desk() {
        return site.monitor().desk();
    }

    private void inbox(Context ctx) {
        Desk.reviewer(signedIn(ctx));
        Map<String, String> params = new LinkedHashMap<>();
        for (String f : AlertQuery.FILTERS) {
            String v = ctx.queryParam(f);
            if (v != null && !v.isBlank()) params.put(f, v.strip());
        }
        // The inbox proper is what is open; "all" lists every state.
        if (ctx.queryParam("state") == null) params.put("state", "open");
        if ("all".equals(params.get("state"))) params.remove("state");
        params.put("offset", String.valueOf(Math.max(0, SitePages.intParam(ctx, "offset", 0))));
        params.put("limit", String.valueOf(PAGE));
        AlertQuery query = AlertQuery.parse(params);
        String view = ctx.queryParam("group") == null ? "" : ctx.queryParam("group");
        Page page = views.page(ctx, Messages.of(WebApp.language(ctx)).get("desk.title"), true);
        Instant now = Instant.now();
        var inbox = desk().list(query);
        List<DeskGroup> groups = new ArrayList<>();
        List<AlertCard> cards = new ArrayList<>();
        if (view.equals("case") || view.equals("story")) {
            for (Group g : desk().groups(query.withPage(0, GROUPS), view.equals("case") ? Group.By.CASE : Group.By.STORY)) {
                AlertQuery in = view.equals("case") ? query.withCase(g.key()).withPage(0, PER_GROUP)
                        : new AlertQuery(query.level(), query.state(), query.narrative(), query.outlet(), query.country(),
                        query.language(), query.from(), query.to(), query.caseId(), query.itemId(), Long.parseLong(g.key()), 0, PER_GROUP);
                groups.add(new DeskGroup(g, cards(desk().list(in).alerts(), page.lang(), now)));
            }
        } else {
            cards = cards(inbox.alerts(), page.lang(), now);
        }
        String back = INBOX + (ctx.queryString() == null ? "" : "?" + ctx.queryString());
        views.render(ctx, "desk.jte", page, "inbox", inbox, "cards", cards.stream().filter(c -> !discusses(c)).toList(),
                "discussed", cards.stream().filter(DeskPages::discusses).toList(), "groups", groups, "view", view,
                "filters", params, "narratives", site.cases().narratives(), "back", back);
    }

    private List<AlertCard> cards(List<Stored> alerts, String lang, Instant now) {
        List<AlertCard> out = new ArrayList<>();
        for (Stored s : alerts) {
            desk().get(s.id()).ifPresent(d -> out.add(AlertCard.of(d, site.cases().get(s.alert().caseId()).orElse(null), lang, now)));
        }
        return out;
    }

    /**
     * Whether the item discusses the claim (reports on it, quotes it to refute it) rather than restating it: such items
     * are listed apart and are never confirmed as sightings.
     */
    static boolean discusses(AlertCard card) {
        return card.alert().alert().relation() == org.menagerie.alert.Relation.DISCUSSES;
    }

    private void decide(Context ctx) {
        String by = Desk.reviewer(signedIn(ctx));
        Action action = Action.parse(ctx.formParam("action"));
        desk().decide(ctx.pathParam("id"), action, by, ctx.formParam("reason"), until(ctx, action));
        ctx.redirect(back(ctx) + "#alert-" + ctx.pathParam("id"));
    }

    private void bulk(Context ctx) {
        String by = Desk.reviewer(signedIn(ctx));
        List<String> ids = ctx.formParams("id");
        if (ids.isEmpty()) throw new ApiError(400, "error.desk.noneSelected");
        Action action = Action.parse(ctx.formParam("action"));
        desk().decideAll(ids, action, by, ctx.formParam("reason"), until(ctx, action));
        ctx.redirect(back(ctx));
    }

    private static Instant until(Context ctx, Action action) {
        if (action != Action.SNOOZE) return null;
        Duration d = SNOOZES.get(ctx.formParam("snooze") == null ? "1d" : ctx.formParam("snooze"));
        if (d == null) throw new ApiError(400, "error.desk.snooze");
        return Instant.now().plus(d);
    }

    /** Where to go after a decision: the inbox as it was (only an inbox address, so no form sends anyone elsewhere). */
    private static String back(Context ctx) {
        String back = ctx.formParam("back");
        boolean inbox = back != null && (back.equals(INBOX) || back.startsWith(INBOX + "?")) && !back.contains("\\");
        return EditorPages.base(ctx) + (inbox ? back : INBOX);
    }

    private Account signedIn(Context ctx) {
        Account a = sessions.account(ctx);
        if (a == null) throw new ApiError(401, "error.signIn");
        return a;
    }
}
