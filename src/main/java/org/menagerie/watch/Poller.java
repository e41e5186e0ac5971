package org.menagerie.watch;

import crawlercommons.robots.BaseRobotRules;
import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.menagerie.catalog.Check;
import org.menagerie.catalog.Problem;
import org.menagerie.extract.Article;
import org.menagerie.extract.Extract;
import org.menagerie.feed.Batch;
import org.menagerie.feed.Item;
import org.menagerie.feed.ItemReader;
import org.menagerie.ingest.FetchException;
import org.menagerie.ingest.Fetched;
import org.menagerie.ingest.Fetcher;
import org.menagerie.outlet.Outlet;
import org.menagerie.outlet.OutletStore;
import org.menagerie.outlet.Source;
import org.menagerie.outlet.SourceKind;

/**
 * Polls sources politely: robots.txt first, one request per host per delay, conditional GET with the validators of
 * the last answer; then reads the feed or sitemap, takes each item through the {@link Intake} (fetching its page when
 * the feed holds only a summary, under the same rules), records problems per source and reschedules it by the
 * {@link Schedule}. A failing source never stops the others.
 */
public final class Poller {
    /** Problems kept per source. */
    static final int PROBLEMS_KEPT = 50;
    /** Items of one poll prepared at once: their pages extracted on every core while the next is fetched. */
    static final int PAGE_THREADS = Math.max(2, Runtime.getRuntime().availableProcessors());

    private final OutletStore outlets;
    private final Intake intake;
    private final Fetcher fetcher;
    private final WatchSettings settings;
    private final Clock clock;
    private final HostDelay delay;
    private final Robots robots;

    public Poller(OutletStore outlets, Intake intake, Fetcher fetcher, WatchSettings settings, Clock clock) {
        this.outlets = Check.notNull(outlets, "outlets");
        this.intake = Check.notNull(intake, "intake");
        this.fetcher = Check.notNull(fetcher, "fetcher");
        this.settings = Check.notNull(settings, "settings");
        this.clock = Check.notNull(clock, "clock");
        this.delay = new HostDelay(settings.hostDelayMillis());
        this.robots = new Robots(settings.robotName(), url -> politely(url, null, null));
    }

    /** Polls every source due now, once; returns what each poll did. */
    public List<PollResult> pollDue(java.util.function.BooleanSupplier stopping) throws InterruptedException {
        List<PollResult> out = new ArrayList<>();
        for (Source s : outlets.due(clock.instant())) {
            if (stopping.getAsBoolean()) break;
            out.add(poll(s));
        }
        return out;
    }

    /** Polls one source now. */
    public PollResult poll(Source s) throws InterruptedException {
        Instant now = clock.instant();
        String outletName = outlets.outlet(s.outletId()).map(Outlet::name).orElse(s.outletId());
        try {
            URI uri = URI.create(s.url());
            if (!allowed(uri)) {
                outlets.update(settings.schedule().failed(s, now, "robots.txt disallows " + s.url()));
                return new PollResult(s.id(), "disallowed by robots.txt", 0, 0, 0, "robots.txt disallows " + s.url());
            }
            Fetched f = politely(s.url(), s.etag(), s.lastModified());
            if (f.notModified()) {
                outlets.update(settings.schedule().succeeded(s, now, 0, 0, s.etag(), s.lastModified()));
                return new PollResult(s.id(), "not modified", 0, 0, 0, null);
            }
            List<String> children = new ArrayList<>();
            Batch batch = s.kind() == SourceKind.SITEMAP || ItemReader.isSitemap(f.body())
                    ? ItemReader.sitemap(f.body(), f.contentTypeHeader(), f.url().toString(), children)
                    : ItemReader.feed(f.body(), f.contentTypeHeader(), f.url().toString());
            for (String child : children) outlets.addSource(Source.fresh(s.outletId() + "/" + Integer.toHexString(child.hashCode()),
                    s.outletId(), SourceKind.SITEMAP, child, now));
            List<Problem> problems = new ArrayList<>(batch.problems());
            boolean unreadable = batch.items().isEmpty() && problems.stream().anyMatch(p -> p.line() == 0);
            outlets.problems(s.id(), problems, now, PROBLEMS_KEPT);
            if (unreadable) {
                String reason = problems.get(0).reason();
                outlets.update(settings.schedule().failed(s, now, reason));
                return new PollResult(s.id(), "failed", 0, 0, problems.size(), reason);
            }
            int stored = 0, fresh = 0;
            List<Item> items = batch.items().subList(0, Math.min(batch.items().size(), settings.maxItemsPerPoll()));
            // pages are fetched one at a time per host (HostDelay), but one page is extracted while the next is fetched
            for (Outcome o : intake.takeAll(s.id(), outletName, items, s.kind().name().toLowerCase() + " " + s.url(), this::page, PAGE_THREADS)) {
                if (o == Outcome.NEW_STORY || o == Outcome.COPY) stored++;
                if (o != Outcome.SEEN) fresh++;
            }
            outlets.update(settings.schedule().succeeded(s, now, items.size(), fresh, f.etag(), f.lastModified()));
            return new PollResult(s.id(), "ok", items.size(), stored, problems.size(), null);
        } catch (FetchException | IllegalArgumentException e) {
            Source failed = settings.schedule().failed(s, now, e.getMessage());
            outlets.update(failed);
            return new PollResult(s.id(), failed.paused() ? "paused" : "failed", 0, 0, 0, e.getMessage());
        }
    }

    /** The page of a summary-only item, when page fetching is on and robots.txt allows it; null otherwise. */
    private Pages.Page page(String url) {
        if (!settings.fetchPages()) return null;
        try {
            URI uri = URI.create(url);
            if (!allowed(uri)) return null;
            Fetched f = politely(url, null, null);
            Article a = Extract.bytes(f.body(), f.contentTypeHeader(), f.url().toString());
            return new Pages.Page(a.title(), a.body(), a.canonicalUrl());
        } catch (FetchException | RuntimeException e) {
            return null;
        }
    }

    private boolean allowed(URI uri) {
        BaseRobotRules rules = robots.rules(uri);
        if (rules.getCrawlDelay() > 0) delay.crawlDelay(uri.getHost(), rules.getCrawlDelay());
        return rules.isAllowed(uri.toString());
    }

    private Fetched politely(String url, String etag, String lastModified) throws FetchException {
        String host = URI.create(url).getHost();
        try {
            delay.await(host);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new FetchException(FetchException.Reason.NETWORK, "interrupted while waiting for the host's turn");
        }
        try {
            return fetcher.fetchResource(url, etag, lastModified);
        } finally {
            delay.done(host);
        }
    }
}
