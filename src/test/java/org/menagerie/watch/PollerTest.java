package org.menagerie.watch;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Properties;
import java.util.stream.Stream;
import org.h2.jdbcx.JdbcConnectionPool;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.menagerie.NeedsSharedData;
import org.menagerie.SharedData;
import org.menagerie.outlet.Outlet;
import org.menagerie.outlet.Source;
import org.menagerie.outlet.SourceKind;
import org.menagerie.queue.MemoryQueue;
import org.menagerie.store.Database;
import org.menagerie.store.JdbcArticleStore;
import org.menagerie.store.JdbcOutletStore;

/** Polling against a feed server on 127.0.0.1 serving the real fixtures, links rewritten to it. */
class PollerTest {
    private static Path feeds() {
        return SharedData.data("monitoring/feeds");
    }
    private static int databases;
    private final JdbcConnectionPool pool = Database.inMemory("poller" + databases++);
    private final JdbcOutletStore outlets = new JdbcOutletStore(pool);
    private final JdbcArticleStore articles = new JdbcArticleStore(pool);
    private FeedServer server;
    private Instant now = Instant.parse("2024-12-05T10:00:00Z");

    @BeforeEach
    void start() throws IOException {
        server = new FeedServer();
        outlets.put(new Outlet("cnn", "CNN", null, List.of(), "US", List.of("en"), null));
    }

    @AfterEach
    void stop() {
        server.close();
        pool.dispose();
    }

    private Poller poller(long hostDelayMillis, boolean fetchPages) {
        WatchSettings settings = WatchSettings.from(new Properties()).withHostDelay(hostDelayMillis).withFetchPages(fetchPages);
        Clock clock = new Clock() {
            public java.time.ZoneId getZone() { return ZoneOffset.UTC; }
            public Clock withZone(java.time.ZoneId z) { return this; }
            public Instant instant() { return now; }
        };
        return new Poller(outlets, Intake.open(articles, new MemoryQueue(), clock), FeedServer.fetcher(), settings, clock);
    }

    private Source source(String id, String url) {
        return outlets.addSource(Source.fresh(id, "cnn", SourceKind.FEED, url, now));
    }

    private Source reload(String id) {
        return outlets.sources("cnn").stream().filter(s -> s.id().equals(id)).findFirst().orElseThrow();
    }

    @NeedsSharedData
    @Test
    void storesEachItemOnceAndAnswers304WithoutDownloadingAgain() throws Exception {
        String url = server.feed("/rss/cnn.rss", Files.readAllBytes(feeds().resolve("real/real-cnn.rss")));
        Poller poller = poller(0, false);
        PollResult first = poller.poll(source("cnn/feed", url));
        assertThat(first.state()).isEqualTo("ok");
        assertThat(first.stored()).isPositive();
        long stored = articles.count(ArticleQuery.recent(1));
        assertThat(articles.list(ArticleQuery.recent(500))).allSatisfy(a -> {
            assertThat(a.outlet()).isEqualTo("CNN");
            assertThat(a.url()).startsWith(server.base());
        });

        PollResult second = poller.poll(reload("cnn/feed"));
        assertThat(second.state()).isEqualTo("not modified");
        assertThat(server.count("/rss/cnn.rss", 200)).isEqualTo(1);
        assertThat(server.count("/rss/cnn.rss", 304)).isEqualTo(1);
        assertThat(server.log).filteredOn(h -> h.path().equals("/rss/cnn.rss")).last()
                .satisfies(h -> assertThat(h.ifNoneMatch()).isNotNull());

        server.feed("/rss/cnn.rss", Files.readAllBytes(feeds().resolve("real/real-cnn.rss")));
        PollResult third = poller.poll(reload("cnn/feed"));
        assertThat(third.state()).isEqualTo("ok");
        assertThat(third.stored()).as("every item seen before").isZero();
        assertThat(articles.count(ArticleQuery.recent(1))).isEqualTo(stored);
        assertThat(reload("cnn/feed").interval()).as("mostly seen: polled less often").isGreaterThan(Duration.ofHours(1));
        assertThat(server.log).allSatisfy(h -> assertThat(h.userAgent()).startsWith("Menagerie/"));
    }

    @NeedsSharedData
    @Test
    void respectsRobotsTxtForFeedsAndPages() throws Exception {
        String url = server.feed("/private/feed.rss", Files.readAllBytes(feeds().resolve("real/real-cnn.rss")));
        PollResult r = poller(0, true).poll(source("cnn/private", url));
        assertThat(r.state()).isEqualTo("disallowed by robots.txt");
        assertThat(server.log).extracting(FeedServer.Hit::path).containsExactly("/robots.txt");
        assertThat(articles.count(ArticleQuery.recent(1))).isZero();
    }

    @Test
    void neverBreaksThePerHostDelayMeasuredAtTheServer() throws Exception {
        String xml = "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>t</title><link>http://x.example/</link>"
                + "<description>d</description>" + Stream.of(1, 2, 3, 4, 5).map(i -> "<item><title>Item " + i
                + "</title><link>http://x.example/news/" + i + ".html</link><description>Short summary " + i
                + "</description></item>").reduce("", String::concat) + "</channel></rss>";
        String url = server.feed("/feed.xml", xml.getBytes(StandardCharsets.UTF_8));
        long delay = 150;
        PollResult r = poller(delay, true).poll(source("cnn/summaries", url));
        assertThat(r.stored()).isEqualTo(5);
        assertThat(articles.list(ArticleQuery.recent(10))).allSatisfy(a -> assertThat(a.text()).contains("The full text of the page"));
        List<FeedServer.Hit> hits = server.log;
        assertThat(hits).hasSize(7); // robots.txt, the feed, five pages
        for (int i = 1; i < hits.size(); i++) {
            long gapMillis = (hits.get(i).nanos() - hits.get(i - 1).nanos()) / 1_000_000;
            assertThat(gapMillis).as("gap before " + hits.get(i).path()).isGreaterThanOrEqualTo(delay);
        }
    }

    @Test
    void aFailingFeedBacksOffLinearlyAndIsPausedWithItsReason() throws Exception {
        server.failing.put("/broken.xml", 500);
        Source s = source("cnn/broken", server.base() + "/broken.xml");
        Poller poller = poller(0, false);
        Schedule schedule = Schedule.standard();
        for (int i = 1; i <= schedule.pauseAfter(); i++) {
            PollResult r = poller.poll(reload("cnn/broken"));
            Source after = reload("cnn/broken");
            assertThat(after.failures()).isEqualTo(i);
            assertThat(after.nextDue()).isEqualTo(now.plus(Duration.ofMinutes(Math.min(10L * i, 24 * 60))));
            assertThat(after.lastError()).contains("status 500");
            assertThat(r.state()).isEqualTo(i < schedule.pauseAfter() ? "failed" : "paused");
        }
        assertThat(reload("cnn/broken").pausedReason()).startsWith("failed 30 times in a row").contains("status 500");
        assertThat(outlets.due(now.plus(Duration.ofDays(30)))).extracting(Source::id).doesNotContain("cnn/broken");
    }

    @NeedsSharedData
    @Test
    void readsTheWellFormedOddFeedsOverHttpAndReportsTheRestPerSource() throws Exception {
        List<Path> files;
        try (Stream<Path> s = Files.walk(feeds().resolve("odd"))) {
            files = s.filter(p -> p.toString().endsWith(".xml")).sorted().toList();
        }
        for (Path f : files) {
            String path = "/odd/" + feeds().resolve("odd").relativize(f).toString().replace('\\', '/');
            source("odd" + path, server.feed(path, Files.readAllBytes(f)));
        }
        List<PollResult> results = poller(0, false).pollDue(() -> false);
        assertThat(results).hasSize(files.size());
        long ok = results.stream().filter(r -> r.state().equals("ok")).count();
        long failed = results.stream().filter(r -> r.state().equals("failed")).count();
        assertThat(ok + failed).isEqualTo(files.size());
        assertThat(ok).as(results.stream().filter(r -> !r.state().equals("ok")).limit(8).map(PollResult::detail).toList().toString())
                .isGreaterThan(files.size() * 9L / 10);
        PollResult bad = results.stream().filter(r -> r.state().equals("failed")).findFirst().orElseThrow();
        assertThat(outlets.problems(bad.sourceId(), 5)).isNotEmpty();
        assertThat(reload(bad.sourceId()).lastError()).isEqualTo(bad.detail());
    }
}
