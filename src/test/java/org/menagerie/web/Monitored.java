package org.menagerie.web;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.menagerie.Menagerie;
import org.menagerie.alert.Alert;
import org.menagerie.alert.Level;
import org.menagerie.dedup.Sameness;
import org.menagerie.outlet.Outlet;
import org.menagerie.outlet.Source;
import org.menagerie.outlet.SourceKind;
import org.menagerie.alert.AlertStore;
import org.menagerie.watch.StoredArticle;

/**
 * Monitoring's fixture for the page tests: two outlets (one source paused), one story carried by both, an alert on
 * each of its articles against {@code caseId} (suggested, so that no sighting is made by itself), the first confirmed
 * by the editor and the second left open.
 */
final class Monitored {
    static final String OUTLET = "ria-vesti", OUTLET_NAME = "Ria Vesti", OTHER = "Sputnik Moldova";
    static final String SENTENCE = "NATO ministers approved plans in Riga to attack Russia, the agency wrote.";

    private Monitored() {}

    /** Seeds the fixture; returns the ids of the confirmed alert and of the open one. */
    static List<String> seed(Menagerie m, String caseId, Instant now) {
        var outlets = m.monitoring().outlets();
        outlets.put(new Outlet(OUTLET, OUTLET_NAME, "https://ria-vesti.example", List.of("ria-vesti.example"), "RU", List.of("ru"), null));
        outlets.put(new Outlet("sputnik-moldova", OTHER, "https://sputnik-md.example", List.of("sputnik-md.example"), "MD", List.of("ro"), null));
        outlets.addSource(Source.fresh("ria-vesti/rss", OUTLET, SourceKind.FEED, "https://ria-vesti.example/rss", now));
        Source paused = Source.fresh("ria-vesti/sitemap", OUTLET, SourceKind.SITEMAP, "https://ria-vesti.example/sitemap.xml", now);
        outlets.addSource(paused);
        outlets.update(paused.paused("robots.txt disallows it"));
        var articles = m.monitoring().articles();
        StoredArticle first = articles.add(article(0, Sameness.NEW, OUTLET_NAME, "https://ria-vesti.example/riga", "ru", now.minus(Duration.ofDays(3))));
        StoredArticle copy = articles.add(article(first.id(), Sameness.SAME_TEXT, OTHER, "https://sputnik-md.example/riga", "ro", now.minus(Duration.ofDays(2))));
        AlertStore alerts = m.alerts();
        Alert a = new Alert("article:" + first.id(), OUTLET_NAME, first.url(), SENTENCE, caseId, 0.91, Level.SUGGESTED,
                "shares: NATO, ministers, Riga, attack, Russia", now.minus(Duration.ofDays(3)));
        Alert b = new Alert("article:" + copy.id(), OTHER, copy.url(), SENTENCE, caseId, 0.74, Level.SUGGESTED,
                "shares: NATO, Riga, attack", now.minus(Duration.ofDays(2)));
        alerts.record(a);
        alerts.record(b);
        String confirmed = AlertStore.idOf(a.itemId(), caseId);
        m.desk().confirm(confirmed, TestSite.EDITOR);
        return List.of(confirmed, AlertStore.idOf(b.itemId(), caseId));
    }

    private static StoredArticle article(long story, Sameness sameness, String outlet, String url, String lang, Instant at) {
        return new StoredArticle(0, "fixture:" + outlet, url, story, sameness, outlet, url, url,
                "NATO plans to attack Russia, ministers decided in Riga", at, at, lang, SENTENCE, SENTENCE.length(),
                url.hashCode(), 42L, 12, "fixture " + url);
    }
}
