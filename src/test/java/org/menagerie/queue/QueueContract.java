package org.menagerie.queue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * What every {@link WorkQueue} promises; each implementation's test extends this and says how to make a queue and,
 * for durable ones, how to reopen it as after a restart. A broker hands out what it has fetched and needs a moment to
 * form a group, so messages that should come are polled for up to {@link #patience()}, and messages that should not
 * are watched for during {@link #quiet()}; the embedded queues answer at once, and one poll is enough.
 */
public abstract class QueueContract {
    protected static final Duration LEASE = Duration.ofMinutes(5);

    /** A fresh, empty queue. */
    protected abstract WorkQueue create();

    /** The same queue as a new process would see it, or null when the implementation keeps nothing across restarts. */
    protected abstract WorkQueue reopen(WorkQueue queue);

    /** Whether leases are read from a clock the test can move; else a short lease and a wait are used. */
    protected WorkQueue afterLease(WorkQueue queue) throws InterruptedException {
        Thread.sleep(60);
        return queue;
    }

    protected Duration shortLease() {
        return Duration.ofMillis(20);
    }

    /** How long to keep polling for messages that should come; zero polls once. */
    protected Duration patience() {
        return Duration.ZERO;
    }

    /** How long to watch for messages that should not come; zero polls once. Shorter than {@link #shortLease()}. */
    protected Duration quiet() {
        return Duration.ZERO;
    }

    /** Polls until {@code n} messages came or patience ran out; what came. */
    protected List<Delivery> take(WorkQueue q, String topic, String group, int n, Duration lease) {
        List<Delivery> got = new ArrayList<>();
        long until = System.nanoTime() + patience().toNanos();
        do {
            got.addAll(q.poll(topic, group, n - got.size(), lease));
        } while (got.size() < n && System.nanoTime() - until < 0);
        return got;
    }

    /** Everything handed out during the quiet period. */
    protected List<Delivery> drain(WorkQueue q, String topic, String group, Duration lease) {
        List<Delivery> got = new ArrayList<>();
        long until = System.nanoTime() + quiet().toNanos();
        do {
            got.addAll(q.poll(topic, group, 100, lease));
        } while (System.nanoTime() - until < 0);
        return got;
    }

    private static List<String> payloads(List<Delivery> ds) {
        return ds.stream().map(d -> d.message().payload()).toList();
    }

    @Test
    void deliversWhatWasPublishedWithItsOffsetAndEachKeyInOrder() {
        WorkQueue q = create();
        long a = q.publish(new Message("stories", "outlet-a", "1"));
        long b = q.publish(new Message("stories", "outlet-b", "2"));
        long a2 = q.publish(new Message("stories", "outlet-a", "3"));
        q.publish(new Message("other", "outlet-a", "x"));
        List<Delivery> got = take(q, "stories", "checker", 3, LEASE);
        assertThat(payloads(got)).containsExactlyInAnyOrder("1", "2", "3");
        Map<String, Long> offsets = new HashMap<>();
        got.forEach(d -> offsets.put(d.message().payload(), d.offset()));
        assertThat(offsets).containsEntry("1", a).containsEntry("2", b).containsEntry("3", a2);
        assertThat(payloads(got).indexOf("1")).isLessThan(payloads(got).indexOf("3"));
        assertThat(got).allMatch(d -> d.attempt() == 1);
        assertThat(a2).isGreaterThan(a);
        assertThat(drain(q, "stories", "checker", LEASE)).isEmpty();
    }

    @Test
    void anAcknowledgedMessageIsNotDeliveredAgain() {
        WorkQueue q = create();
        q.publish(new Message("stories", "k", "1"));
        Delivery d = take(q, "stories", "checker", 1, LEASE).get(0);
        q.ack("checker", d);
        q.ack("checker", d);
        assertThat(drain(q, "stories", "checker", LEASE)).isEmpty();
        assertThat(q.backlog("stories", "checker")).isZero();
    }

    @Test
    void aLeasedMessageIsNotHandedOutTwiceUntilItsLeaseExpires() throws InterruptedException {
        WorkQueue q = create();
        q.publish(new Message("stories", "k", "1"));
        assertThat(take(q, "stories", "checker", 1, shortLease())).hasSize(1);
        assertThat(drain(q, "stories", "checker", shortLease())).isEmpty();
        q = afterLease(q);
        List<Delivery> again = take(q, "stories", "checker", 1, LEASE);
        assertThat(again).singleElement().satisfies(d -> assertThat(d.attempt()).isEqualTo(2));
    }

    @Test
    void eachGroupGetsEveryMessage() {
        WorkQueue q = create();
        q.publish(new Message("stories", "k", "1"));
        q.ack("checker", take(q, "stories", "checker", 1, LEASE).get(0));
        assertThat(take(q, "stories", "archiver", 1, LEASE)).hasSize(1);
        assertThat(q.backlog("stories", "checker")).isZero();
        assertThat(q.backlog("stories", "archiver")).isEqualTo(1);
    }

    @Test
    void messagesOfOneKeyWaitForTheEarlierOneOfThatKey() {
        WorkQueue q = create();
        q.publish(new Message("stories", "a", "a1"));
        q.publish(new Message("stories", "a", "a2"));
        q.publish(new Message("stories", "b", "b1"));
        List<Delivery> first = new ArrayList<>();
        while (!payloads(first).contains("a1")) {
            List<Delivery> one = take(q, "stories", "g", 1, LEASE);
            assertThat(one).as("a1 comes").isNotEmpty();
            first.addAll(one);
        }
        List<String> meanwhile = new ArrayList<>(payloads(first));
        meanwhile.addAll(payloads(drain(q, "stories", "g", LEASE)));
        assertThat(meanwhile).containsExactlyInAnyOrder("a1", "b1");
        q.ack("g", first.stream().filter(d -> d.message().payload().equals("a1")).findFirst().orElseThrow());
        assertThat(payloads(take(q, "stories", "g", 1, LEASE))).containsExactly("a2");
    }

    @Test
    void eachKeyIsDeliveredInPublishingOrderWhileWorkIsAcknowledged() {
        WorkQueue q = create();
        List<Message> all = new ArrayList<>();
        for (int i = 0; i < 30; i++) all.add(new Message("stories", "outlet-" + (i % 3), String.valueOf(i)));
        q.publishAll(all);
        Map<String, List<Integer>> seen = new HashMap<>();
        int done = 0;
        for (int round = 0; done < 30 && round < 100; round++) {
            for (Delivery d : take(q, "stories", "g", Math.min(4, 30 - done), LEASE)) {
                seen.computeIfAbsent(d.message().key(), k -> new ArrayList<>()).add(Integer.parseInt(d.message().payload()));
                q.ack("g", d);
                done++;
            }
        }
        assertThat(done).isEqualTo(30);
        seen.values().forEach(v -> assertThat(v).isSorted().hasSize(10));
        assertThat(q.backlog("stories", "g")).isZero();
    }

    @Test
    void theBacklogCountsWhatAGroupHasNotAcknowledged() {
        WorkQueue q = create();
        q.publish(new Message("stories", "x", "1"));
        q.publish(new Message("stories", "y", "2"));
        q.publish(new Message("stories", "z", "3"));
        assertThat(q.backlog("stories", "g")).isEqualTo(3);
        List<Delivery> got = take(q, "stories", "g", 3, LEASE);
        assertThat(got).hasSize(3);
        q.ack("g", got.get(1));
        assertThat(q.backlog("stories", "g")).isEqualTo(2);
        assertThat(q.backlog("stories", "other-group")).isEqualTo(3);
    }

    @Test
    void aRestartLosesNothingUnacknowledgedAndRepeatsNothingAcknowledged() {
        WorkQueue q = create();
        for (int i = 1; i <= 5; i++) q.publish(new Message("stories", "k" + i, String.valueOf(i)));
        List<Delivery> first = take(q, "stories", "checker", 3, LEASE);
        assertThat(first).hasSize(3);
        q.ack("checker", first.get(0));
        q.ack("checker", first.get(2));
        List<String> left = new ArrayList<>(List.of("1", "2", "3", "4", "5"));
        left.remove(first.get(0).message().payload());
        left.remove(first.get(2).message().payload());
        WorkQueue after = reopen(q);
        if (after == null) return;
        List<Delivery> again = take(after, "stories", "checker", 3, LEASE);
        again.addAll(drain(after, "stories", "checker", LEASE));
        assertThat(payloads(again)).containsExactlyInAnyOrderElementsOf(left);
        assertThat(after.backlog("stories", "checker")).isEqualTo(3);
    }

    @Test
    void refusesBadArguments() {
        WorkQueue q = create();
        assertThatThrownBy(() -> q.poll("stories", "g", 0, LEASE)).hasMessageContaining("max");
        assertThatThrownBy(() -> q.poll("stories", " ", 1, LEASE)).hasMessageContaining("group");
        assertThatThrownBy(() -> new Message("stories", "", "x")).hasMessageContaining("key");
    }
}
