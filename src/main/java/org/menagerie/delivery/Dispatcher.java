package org.menagerie.delivery;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.menagerie.alert.Alert;
import org.menagerie.alert.AlertStore;
import org.menagerie.alert.Stored;
import org.menagerie.catalog.Case;
import org.menagerie.catalog.CaseStore;
import org.menagerie.catalog.Check;
import org.menagerie.queue.Delivery;
import org.menagerie.queue.Topics;
import org.menagerie.queue.WorkQueue;
import org.menagerie.standing.Hit;
import org.menagerie.standing.Monitor;
import org.menagerie.standing.StandingQuery;
import org.menagerie.standing.Watches;
import org.menagerie.watch.ArticleStore;
import org.menagerie.watch.StoredArticle;

/**
 * The delivery loop: takes the alerts checking published (group {@value Topics#DELIVERY}), tests each against every
 * user's saved searches and watched cases and narratives, and keeps each hit as waiting for its user, then
 * acknowledges the alert; a delivered alert handed on again is not kept twice, nor one already sent. Then, as each
 * user's frequency says, it folds the waiting alerts into one notice ({@link Digests}) and sends it to the user's
 * webhooks and e-mail address. A notice's delivery id is made from its user and alerts, so a notice retried after a
 * crash between sending and recording carries the same id (receivers drop a repeated {@code X-Menagerie-Delivery});
 * once recorded, its alerts are never sent to that user again.
 */
public final class Dispatcher {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final System.Logger LOG = System.getLogger(Dispatcher.class.getName());
    private static final Duration LEASE = Duration.ofMinutes(5);

    private final WorkQueue queue;
    private final AlertStore alerts;
    private final ArticleStore articles;
    private final CaseStore cases;
    private final Subscriptions subscriptions;
    private final NoticeLog log;
    private final Webhooks webhooks;
    private final Mailer mailer;
    private final Clock clock;
    private volatile boolean stopping;
    private final Object wake = new Object();

    /** @param mailer sends digests, or null when the workspace has no mail server */
    public Dispatcher(WorkQueue queue, AlertStore alerts, ArticleStore articles, CaseStore cases, Subscriptions subscriptions,
                      NoticeLog log, Webhooks webhooks, Mailer mailer, Clock clock) {
        this.queue = Check.notNull(queue, "queue");
        this.alerts = Check.notNull(alerts, "alerts");
        this.articles = Check.notNull(articles, "articles");
        this.cases = Check.notNull(cases, "cases");
        this.subscriptions = Check.notNull(subscriptions, "subscriptions");
        this.log = Check.notNull(log, "log");
        this.webhooks = Check.notNull(webhooks, "webhooks");
        this.mailer = mailer;
        this.clock = Check.notNull(clock, "clock");
    }

    /** Takes one batch of alerts and keeps their hits; returns how many alerts it took. */
    public int take(int batch) {
        List<Delivery> got = queue.poll(Topics.ALERTS, Topics.DELIVERY, batch, LEASE);
        if (got.isEmpty()) return 0;
        List<StandingQuery> all = subscriptions.allQueries();
        Monitor monitor = new Monitor();
        Watches watches = new Watches();
        for (StandingQuery q : all) {
            if (q.kind() == StandingQuery.Kind.SEARCH) monitor.add(q);
            else watches.add(q);
        }
        for (Delivery d : got) {
            // a discussed link is shown at the desk but notifies nobody: it is not the claim coming back
            Optional<Stored> stored = alertOf(d.message().payload()).flatMap(alerts::get).filter(s -> s.alert().sighting());
            if (stored.isPresent() && !all.isEmpty()) {
                for (Hit h : hits(stored.get(), monitor, watches)) log.pend(h.owner(), stored.get().id(), h.queryId(), clock.instant());
            }
            queue.ack(Topics.DELIVERY, d);
        }
        return got.size();
    }

    private List<Hit> hits(Stored s, Monitor monitor, Watches watches) {
        Alert a = s.alert();
        List<String> narratives = cases.get(a.caseId()).map(Case::narratives).orElse(List.of());
        List<Hit> out = new ArrayList<>(watches.hits(a.itemId(), a.caseId(), narratives, s.language(), a.outlet()));
        if (monitor.size() > 0) {
            Optional<StoredArticle> article = articleOf(a.itemId());
            String title = article.map(StoredArticle::title).orElse(null);
            String text = article.map(StoredArticle::text).filter(t -> !t.isBlank()).orElse(a.sentence());
            out.addAll(monitor.matches(a.itemId(), title, text, s.language(), a.outlet()));
        }
        return out;
    }

    private Optional<StoredArticle> articleOf(String itemId) {
        if (!itemId.startsWith("article:")) return Optional.empty();
        try {
            return articles.get(Long.parseLong(itemId.substring("article:".length())));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    private static Optional<String> alertOf(String payload) {
        try {
            JsonNode n = JSON.readTree(payload);
            return n.hasNonNull("id") ? Optional.of(n.get("id").asText()) : Optional.empty();
        } catch (Exception e) {
            return Optional.empty(); // not an alert: acknowledged and dropped
        }
    }

    /** Sends every notice due at {@code now}; returns how many were recorded as sent. */
    public int flush(Instant now) throws InterruptedException {
        Digests digests = new Digests();
        Map<String, List<String>> alertIds = new LinkedHashMap<>();
        for (NoticeLog.Pending p : log.pending()) {
            Optional<Stored> s = alerts.get(p.alertId());
            if (s.isEmpty()) continue;
            Alert a = s.get().alert();
            // the digest's window starts when the alert waited first, not when checking raised it
            digests.add(p.user(), subscriptions.settings(p.user()).frequency(), new Alert(a.itemId(), a.outlet(), a.url(),
                    a.sentence(), a.caseId(), a.confidence(), a.level(), a.reasons(), p.added()));
            alertIds.computeIfAbsent(p.user(), u -> new ArrayList<>()).add(p.alertId());
        }
        int sent = 0;
        for (Notice n : digests.due(now)) {
            List<String> ids = alertIds.get(n.user()).stream().sorted().toList();
            String id = deliveryId(n.user(), ids);
            if (!log.wasSent(id)) send(n, id);
            log.sent(id, n.user(), ids, now);
            sent++;
        }
        return sent;
    }

    private void send(Notice n, String id) throws InterruptedException {
        String body = NoticeJson.write(n);
        for (Webhooks.Endpoint e : subscriptions.endpoints(n.user())) {
            webhooks.deliver(e, id, body).ifPresent(dead -> log.dead(n.user(), dead));
        }
        String email = subscriptions.settings(n.user()).email();
        if (email != null && mailer != null) {
            try {
                mailer.send(email, n);
            } catch (jakarta.mail.MessagingException ex) {
                // the mail server is away: the alerts wait for the next round, the webhooks already have theirs by id
                throw new IllegalStateException("mailing " + n.user() + "'s digest failed: " + ex.getMessage(), ex);
            }
        }
    }

    /** Sends a dead letter again to its endpoint as it is now, under its own delivery id; true when it went through. */
    public boolean retry(long deadLetterId) throws InterruptedException {
        NoticeLog.Dead d = log.deadLetter(deadLetterId).orElseThrow(() -> new IllegalArgumentException("no dead letter " + deadLetterId));
        log.retried(deadLetterId, clock.instant());
        Optional<Webhooks.DeadLetter> again = webhooks.deliver(d.letter().endpoint(), d.letter().delivery(), d.letter().body());
        again.ifPresent(x -> log.dead(d.user(), x));
        return again.isEmpty();
    }

    /** The id of the notice of these alerts to this user: the same every time it is tried. */
    static String deliveryId(String user, List<String> sortedAlertIds) {
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            md.update((user + "\n" + String.join(",", sortedAlertIds)).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(md.digest(), 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }

    /** Takes alerts and sends what is due until {@link #stop}, resting a second when there is nothing to take. */
    public void run(int batch) {
        while (!stopping) {
            int took = 0;
            try {
                took = take(batch);
                flush(clock.instant());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (RuntimeException e) {
                if (stopping) return;
                LOG.log(System.Logger.Level.WARNING, "delivery failed, retrying: " + e);
            }
            if (took == 0) {
                synchronized (wake) {
                    try {
                        if (!stopping) wake.wait(1_000);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        return;
                    }
                }
            }
        }
    }

    public void stop() {
        stopping = true;
        synchronized (wake) {
            wake.notifyAll();
        }
    }
}
