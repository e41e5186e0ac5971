package org.menagerie.web;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.menagerie.alert.Stored;
import org.menagerie.alert.AlertStore;
import org.menagerie.watch.ArticleQuery;
import org.menagerie.watch.ArticleStore;
import org.menagerie.watch.StoredArticle;

/** An outlet's recent articles as a page lists them: each with every outlet that carried its story and its alerts. */
public record Stories(StoredArticle article, List<String> carriedBy, List<Stored> alerts) {
    /** Alerts looked at for an outlet's recent articles: the newest, which is where recent articles' alerts are. */
    static final int ALERTS_LOOKED_AT = 1000;

    static List<Stories> recent(ArticleStore articles, AlertStore alerts, String outlet, int limit) {
        Map<String, List<Stored>> byItem = new HashMap<>();
        for (Stored s : alerts.newest(ALERTS_LOOKED_AT)) byItem.computeIfAbsent(s.alert().itemId(), k -> new ArrayList<>()).add(s);
        List<Stories> out = new ArrayList<>();
        for (StoredArticle a : articles.list(new ArticleQuery(outlet, null, null, 0, limit, 0))) {
            out.add(new Stories(a, articles.outletsOf(a.story()), byItem.getOrDefault("article:" + a.id(), List.of())));
        }
        return out;
    }
}
