package org.menagerie.queue.kafka;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.menagerie.queue.Delivery;
import org.menagerie.queue.Message;
import org.menagerie.queue.QueueContract;
import org.menagerie.queue.Topics;
import org.menagerie.queue.WorkQueue;

/** The queue contract on a real Kafka broker, and what only a cluster does: consumers of a group sharing partitions. */
class KafkaQueueIT extends QueueContract {
    private final List<WorkQueue> opened = new ArrayList<>();
    private KafkaSettings settings;

    @Override
    protected WorkQueue create() {
        settings = KafkaBroker.get().settings("t" + UUID.randomUUID().toString().substring(0, 8) + ".");
        return open();
    }

    private KafkaQueue open() {
        KafkaQueue q = KafkaQueue.open(settings);
        opened.add(q);
        return q;
    }

    /** The old process leaves (committing what it acknowledged); a new one joins the group. */
    @Override
    protected WorkQueue reopen(WorkQueue queue) {
        queue.close();
        return open();
    }

    @Override
    protected Duration shortLease() {
        return Duration.ofSeconds(4);
    }

    @Override
    protected WorkQueue afterLease(WorkQueue queue) throws InterruptedException {
        Thread.sleep(shortLease().toMillis() + 200);
        return queue;
    }

    @Override
    protected Duration patience() {
        return Duration.ofSeconds(30);
    }

    @Override
    protected Duration quiet() {
        return Duration.ofMillis(1500);
    }

    @AfterEach
    void closeAll() {
        opened.forEach(WorkQueue::close);
    }

    @Test
    void createsTheStandardTopicsWithTheirPartitions() throws Exception {
        KafkaQueue q = (KafkaQueue) create();
        try (var admin = org.apache.kafka.clients.admin.Admin.create(java.util.Map.of("bootstrap.servers", settings.bootstrap()))) {
            var names = Topics.ALL.stream().map(q::kafkaTopic).toList();
            var described = admin.describeTopics(names).allTopicNames().get();
            assertThat(described.keySet()).containsExactlyInAnyOrderElementsOf(names);
            described.values().forEach(d -> assertThat(d.partitions()).hasSize(3));
        }
    }

    @Test
    void aGroupsConsumersShareThePartitionsAndADeadOnesWorkMovesToTheOther() {
        KafkaQueue one = (KafkaQueue) create();
        KafkaQueue two = open();
        List<Message> all = new ArrayList<>();
        for (int i = 0; i < 60; i++) all.add(new Message("stories", "outlet-" + (i % 12), String.valueOf(i)));
        one.publishAll(all);
        List<Delivery> byOne = take(one, "stories", "checkers", 1, LEASE);
        assertThat(byOne).hasSize(1);
        Set<String> done = new HashSet<>(), held = new HashSet<>();
        byOne.forEach(d -> held.add(d.message().payload()));
        // The second consumer joins: the partitions are split between the two, and each works only on its own. The
        // first acknowledges nothing, so only the first message of each of its keys leaves it; once nothing new comes
        // for a while, the split has settled.
        long until = System.nanoTime() + Duration.ofSeconds(90).toNanos(), lastNews = System.nanoTime();
        while (System.nanoTime() - until < 0 && (done.isEmpty() || System.nanoTime() - lastNews < 3_000_000_000L)) {
            for (Delivery d : two.poll("stories", "checkers", 20, LEASE)) {
                if (done.add(d.message().payload())) lastNews = System.nanoTime();
                two.ack("checkers", d);
            }
            for (Delivery d : one.poll("stories", "checkers", 20, LEASE)) {
                if (held.add(d.message().payload())) lastNews = System.nanoTime();
            }
        }
        assertThat(done).as("the second consumer got a share").isNotEmpty().hasSizeLessThan(60);
        held.removeAll(done);
        assertThat(held).as("the first kept a share, unacknowledged").isNotEmpty();
        one.abandon();
        until = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (done.size() < 60 && System.nanoTime() - until < 0) {
            for (Delivery d : two.poll("stories", "checkers", 20, LEASE)) {
                done.add(d.message().payload());
                two.ack("checkers", d);
            }
        }
        assertThat(done).hasSize(60);
        assertThat(two.backlog("stories", "checkers")).isZero();
    }
}
