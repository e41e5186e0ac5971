package org.menagerie.worker;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.menagerie.Menagerie;
import org.menagerie.Workspace;
import org.menagerie.queue.Delivery;
import org.menagerie.queue.MemoryQueue;
import org.menagerie.queue.Message;
import org.menagerie.queue.Topics;
import org.menagerie.watch.Intake;

/** The checking worker on the in-process queue over a fresh workspace's demo catalog. */
class WorkerTest {
    @TempDir static Path dir;
    private static Menagerie menagerie;
    private static MemoryQueue queue;
    private static Worker worker;
    private static int stories;

    @BeforeAll
    static void checkEveryStory() throws Exception {
        menagerie = Menagerie.open(Workspace.at(dir.resolve("ws")));
        queue = new MemoryQueue();
        stories = Stories.handOn(menagerie.monitoring().articles(), queue);
        worker = new Worker(queue, menagerie.monitoring().articles(), menagerie.checker(), menagerie.alerter(), menagerie.alerts(),
                menagerie.checkedStories(), "test", Clock.systemUTC());
        worker.drain(16);
    }

    @AfterAll
    static void close() {
        menagerie.close();
    }

    @Test
    void checksEveryStoryHandedOnAndAcknowledgesIt() {
        assertThat(stories).isEqualTo(51);
        assertThat(menagerie.checkedStories().count()).isEqualTo(stories);
        assertThat(queue.backlog(Intake.TOPIC, Worker.GROUP)).isZero();
        assertThat(worker.progress().storiesChecked()).isEqualTo(stories);
    }

    @Test
    void storesTheAlertsOfRestatedClaimsAndPublishesThemToBeDelivered() {
        long alerts = menagerie.alerts().count();
        assertThat(alerts).isEqualTo(menagerie.checkedStories().tally().alerts()).isGreaterThan(stories / 2);
        assertThat(menagerie.alerts().newest(500)).noneMatch(s -> s.alert().sentence().contains("bakery"));
        assertThat(queue.backlog(Topics.ALERTS, "delivery")).isEqualTo(alerts);
        List<Delivery> published = queue.poll(Topics.ALERTS, "delivery", 500, Worker.LEASE);
        assertThat(published).allMatch(d -> d.message().payload().contains("\"case\":\"demo-"));
    }

    @Test
    void aStoryDeliveredAgainIsNotCheckedOrStoredTwice() {
        long alerts = menagerie.alerts().count();
        long checked = worker.progress().storiesChecked();
        queue.publish(new Message(Intake.TOPIC, "channel-0", "{\"story\":1,\"article\":1,\"language\":\"en\"}"));
        queue.publish(new Message(Intake.TOPIC, "channel-0", "not a story"));
        worker.drain(16);
        assertThat(worker.progress().storiesChecked()).isEqualTo(checked);
        assertThat(menagerie.alerts().count()).isEqualTo(alerts);
        assertThat(queue.backlog(Intake.TOPIC, Worker.GROUP)).isZero();
    }
}
