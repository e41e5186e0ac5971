package org.menagerie.worker;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.util.HashSet;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.menagerie.Menagerie;
import org.menagerie.Workspace;
import org.menagerie.alert.Alerter;
import org.menagerie.queue.kafka.KafkaBroker;
import org.menagerie.queue.kafka.KafkaQueue;
import org.menagerie.queue.kafka.KafkaSettings;
import org.menagerie.watch.ArticleQuery;

/**
 * Two checking workers share the stories topic on a real Kafka broker; one dies in the middle of a batch (its
 * consumer stops without committing or leaving the group, and what it was writing to the queue fails). Its
 * partitions move to the other worker, which checks every story; no alert is stored twice and each story is counted
 * once. The workers are threads with a consumer each in this JVM rather than processes: the embedded store is one
 * file that one process opens, and both workers must write to the same store.
 */
class WorkerKillIT {
    @TempDir Path dir;

    @Test
    void aWorkerKilledMidBatchLeavesItsStoriesToTheOtherAndNoAlertIsDoubled() throws Exception {
        Properties settings = new Properties();
        try (Menagerie m = Menagerie.open(new Workspace(dir.resolve("ws"), settings))) {
            KafkaSettings kafka = KafkaBroker.get().settings("kill" + UUID.randomUUID().toString().substring(0, 8) + ".");
            int stories;
            try (KafkaQueue publisher = KafkaQueue.open(kafka)) {
                stories = Stories.handOn(m.monitoring().articles(), publisher);
            }
            assertThat(stories).isEqualTo(51);
            Alerter alerter = m.alerter();
            KafkaQueue queueA = KafkaQueue.open(kafka), queueB = KafkaQueue.open(kafka);
            RecordingQueue heldByA = new RecordingQueue(queueA);
            Worker a = new Worker(heldByA, m.monitoring().articles(), m.checker(), alerter, m.alerts(), m.checkedStories(), "worker-a", Clock.systemUTC());
            Worker b = new Worker(queueB, m.monitoring().articles(), m.checker(), alerter, m.alerts(), m.checkedStories(), "worker-b", Clock.systemUTC());
            Thread threadA = new Thread(() -> quietly(() -> a.run(8)), "worker-a");
            threadA.start();
            long until = System.nanoTime() + 120_000_000_000L;
            while (a.progress().storiesChecked() < 3 && System.nanoTime() - until < 0) Thread.sleep(20);
            assertThat(a.progress().storiesChecked()).as("worker a got going").isGreaterThanOrEqualTo(3);
            Thread threadB = new Thread(() -> quietly(() -> b.run(8)), "worker-b");
            threadB.start();
            // let b join and take its share, then kill a in the middle of whatever batch it holds
            until = System.nanoTime() + 120_000_000_000L;
            while (b.progress().storiesChecked() < 2 && System.nanoTime() - until < 0) Thread.sleep(20);
            // Not interrupted: an interrupt closes H2's file under every connection, which a killed process
            // talking to a database server would not do. Its story in hand fails on the abandoned queue instead.
            a.stop();
            queueA.abandon();
            threadA.join(60_000);
            until = System.nanoTime() + 300_000_000_000L;
            while (m.checkedStories().count() < stories && System.nanoTime() - until < 0) Thread.sleep(100);
            assertThat(queueB.backlog("stories", Worker.GROUP)).isZero();
            b.stop();
            threadB.join(60_000);
            queueB.close();

            org.menagerie.worker.CheckedStories.Tally tally = m.checkedStories().tally();
            assertThat(tally.stories()).as("every story checked, once").isEqualTo(stories);
            for (var article : m.monitoring().articles().list(ArticleQuery.recent(1000))) {
                assertThat(m.checkedStories().checked(article.id())).as("checked: " + article.title()).isTrue();
            }
            assertThat(m.alerts().count()).as("no alert stored twice: each story's alerts stored and counted once")
                    .isEqualTo(tally.alerts());
            assertThat(tally.alerts()).as("the restated claims raised alerts").isGreaterThan(stories / 2);
            assertThat(tally.byWorker().keySet()).containsExactlyInAnyOrder("worker-a", "worker-b");
            assertThat(b.progress().storiesChecked()).isEqualTo(tally.byWorker().get("worker-b"));
            Set<Long> unfinishedByA = new HashSet<>();
            for (String payload : heldByA.handedOut) unfinishedByA.add(Story.parse(payload).article());
            unfinishedByA.removeAll(m.checkedStories().checkedBy("worker-a"));
            assertThat(unfinishedByA).as("a died holding stories it had not finished, which b checked").isNotEmpty();
        }
    }

    /** A killed worker's last write fails on its closed connections: that is the point, not a test failure. */
    private static void quietly(Runnable work) {
        try {
            work.run();
        } catch (RuntimeException e) {
            // the worker died mid-story
        }
    }
}
