package org.menagerie.watch;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.h2.jdbcx.JdbcConnectionPool;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.menagerie.NeedsSharedData;
import org.menagerie.SharedData;
import org.menagerie.dedup.Sameness;
import org.menagerie.feed.Item;
import org.menagerie.feed.ItemReader;
import org.menagerie.queue.MemoryQueue;
import org.menagerie.store.Database;
import org.menagerie.store.JdbcArticleStore;
import org.menagerie.store.JdbcQueue;

class IntakeTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2024-12-05T00:00:00Z"), ZoneOffset.UTC);
    private static int databases;
    private final JdbcConnectionPool pool = Database.inMemory("intake" + databases++);
    private final JdbcArticleStore store = new JdbcArticleStore(pool);

    @AfterEach
    void close() {
        pool.dispose();
    }

    @NeedsSharedData
    @Test
    void aTelegramExportReadTwiceIsStoredOnceAndEachNewStoryHandedOnOnce() throws IOException {
        Path file = SharedData.data("monitoring/telegram-ru/1001101170442_messages.json");
        JdbcQueue queue = new JdbcQueue(pool);
        Map<Outcome, Integer> first = ingest(file, Intake.open(store, queue, CLOCK));
        Map<Outcome, Integer> second = ingest(file, Intake.open(store, queue, CLOCK));
        assertThat(store.count(ArticleQuery.recent(1))).isEqualTo(1000);
        assertThat(first.get(Outcome.NEW_STORY) + first.getOrDefault(Outcome.COPY, 0)).isEqualTo(1000);
        assertThat(second).containsOnlyKeys(Outcome.SEEN).containsEntry(Outcome.SEEN, 1000);
        assertThat(queue.backlog(Intake.TOPIC, "checker")).isEqualTo(first.get(Outcome.NEW_STORY).longValue());
        assertThat(store.list(ArticleQuery.recent(5))).allSatisfy(a -> {
            assertThat(a.language()).isEqualTo("ru");
            assertThat(a.outlet()).isEqualTo("РИА Новости");
            assertThat(a.provenance()).contains("export:telegram");
        });
    }

    @Test
    void aCopyFromAnotherOutletJoinsTheStoryAndKeepsItsOutlet() {
        Intake intake = Intake.open(store, new MemoryQueue(), CLOCK);
        String text = "Центробанк сохранил ключевую ставку на прежнем уровне, сообщила пресс-служба регулятора после заседания совета директоров.";
        assertThat(intake.take("feed-a", "Outlet A", item("1", "https://a.example/n/1", text), "test", Pages.NONE)).isEqualTo(Outcome.NEW_STORY);
        assertThat(intake.take("feed-b", "Outlet B", item("9", "https://b.example/x", "⚡️" + text + " Подписаться"), "test", Pages.NONE))
                .isEqualTo(Outcome.COPY);
        assertThat(intake.take("feed-c", "Outlet C", item("7", "http://www.a.example/n/1/?utm_source=x", "другой текст"), "test", Pages.NONE))
                .as("the same page under a tracking variant").isEqualTo(Outcome.SEEN);
        StoredArticle copy = store.list(ArticleQuery.recent(1)).get(0);
        assertThat(copy.sameness()).isEqualTo(Sameness.NEAR);
        assertThat(store.outletsOf(copy.story())).containsExactly("Outlet A", "Outlet B");
    }

    @Test
    void aStoryStoredButNotHandedOnBeforeACrashIsHandedOnAtTheNextStart() {
        Intake.open(store, new MemoryQueue(), CLOCK);
        store.add(new StoredArticle(0, "feed-a", "k1", 0, Sameness.NEW, "Outlet A", null, null, "Title", null,
                CLOCK.instant(), "en", "Some text here", 14, 1, 2, 3, "test"));
        MemoryQueue queue = new MemoryQueue();
        Intake.open(store, queue, CLOCK);
        assertThat(queue.poll(Intake.TOPIC, "checker", 10, Duration.ofMinutes(1))).hasSize(1);
        assertThat(store.unqueued(10)).isEmpty();
    }

    @Test
    void retentionDropsTextButKeepsTheArticle() {
        Intake intake = Intake.open(store, new MemoryQueue(), CLOCK);
        intake.take("feed-a", "Outlet A", item("1", null, "Un text destul de lung pentru a fi păstrat în magazie."), "test", Pages.NONE);
        assertThat(store.dropTextBefore(CLOCK.instant().plusSeconds(1))).isEqualTo(1);
        StoredArticle a = store.list(ArticleQuery.recent(1)).get(0);
        assertThat(a.text()).isNull();
        assertThat(a.textChars()).isPositive();
        assertThat(a.simHash()).isNotZero();
    }

    private static Item item(String key, String url, String text) {
        return new Item(key, null, url, null, text, null, null, false);
    }

    @NeedsSharedData
    @Test
    void takingAllOnSeveralThreadsGivesTheSameOutcomesAndStoriesAsOneByOne() throws IOException {
        List<Item> items = new ArrayList<>();
        ItemReader.export(SharedData.data("monitoring/telegram-ru/1001101170442_messages.json"), ItemReader.Format.TELEGRAM, items::add);
        items.addAll(items.subList(0, 100)); // read again: seen within one call
        JdbcConnectionPool other = Database.inMemory("intake-one-by-one" + databases++);
        try {
            JdbcArticleStore oneByOneStore = new JdbcArticleStore(other);
            Intake oneByOne = Intake.open(oneByOneStore, new MemoryQueue(), CLOCK);
            List<Outcome> expected = new ArrayList<>();
            for (Item i : items) expected.add(oneByOne.take("export:telegram", "fallback", i, "test", Pages.NONE));
            oneByOne.flush();

            List<Outcome> actual = Intake.open(store, new MemoryQueue(), CLOCK).takeAll("export:telegram", "fallback", items, "test", Pages.NONE, 3);

            assertThat(actual).isEqualTo(expected);
            assertThat(actual).contains(Outcome.NEW_STORY, Outcome.SEEN);
            assertThat(store.list(ArticleQuery.recent(2000))).extracting(StoredArticle::itemKey, StoredArticle::story, StoredArticle::language)
                    .containsExactlyElementsOf(oneByOneStore.list(ArticleQuery.recent(2000)).stream()
                            .map(a -> org.assertj.core.groups.Tuple.tuple(a.itemKey(), a.story(), a.language())).toList());
        } finally {
            other.dispose();
        }
    }

    private static Map<Outcome, Integer> ingest(Path file, Intake intake) throws IOException {
        Map<Outcome, Integer> counts = new EnumMap<>(Outcome.class);
        ItemReader.export(file, ItemReader.Format.TELEGRAM, i -> counts.merge(
                intake.take("export:telegram", "fallback", i, "export:telegram test", Pages.NONE), 1, Integer::sum));
        intake.flush();
        return counts;
    }
}
