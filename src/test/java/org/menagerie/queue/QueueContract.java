package org.menagerie.queue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * What every {@link WorkQueue} promises; each implementation's test extends this and says how to make a queue and,
 * for durable ones, how to reopen it as after a restart.
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

    @Test
    void deliversWhatWasPublishedInOrderWithOffsets() {
        WorkQueue q = create();
        long a = q.publish(new Message("stories", "outlet-a", "1"));
        long b = q.publish(new Message("stories", "outlet-b", "2"));
        q.publish(new Message("other", "outlet-a", "x"));
        List<Delivery> got = q.poll("stories", "checker", 10, LEASE);
        assertThat(got).extracting(d -> d.message().payload()).containsExactly("1", "2");
        assertThat(got).extracting(Delivery::offset).containsExactly(a, b);
        assertThat(got).allMatch(d -> d.attempt() == 1);
        assertThat(b).isGreaterThan(a);
    }

    @Test
    void anAcknowledgedMessageIsNotDeliveredAgain() {
        WorkQueue q = create();
        q.publish(new Message("stories", "k", "1"));
        Delivery d = q.poll("stories", "checker", 10, LEASE).get(0);
        q.ack("checker", d);
        q.ack("checker", d);
        assertThat(q.poll("stories", "checker", 10, LEASE)).isEmpty();
        assertThat(q.backlog("stories", "checker")).isZero();
    }

    @Test
    void aLeasedMessageIsNotHandedOutTwiceUntilItsLeaseExpires() throws InterruptedException {
        WorkQueue q = create();
        q.publish(new Message("stories", "k", "1"));
        assertThat(q.poll("stories", "checker", 10, shortLease())).hasSize(1);
        assertThat(q.poll("stories", "checker", 10, shortLease())).isEmpty();
        q = afterLease(q);
        List<Delivery> again = q.poll("stories", "checker", 10, LEASE);
        assertThat(again).singleElement().satisfies(d -> assertThat(d.attempt()).isEqualTo(2));
    }

    @Test
    void eachGroupGetsEveryMessage() {
        WorkQueue q = create();
        q.publish(new Message("stories", "k", "1"));
        q.ack("checker", q.poll("stories", "checker", 10, LEASE).get(0));
        assertThat(q.poll("stories", "archiver", 10, LEASE)).hasSize(1);
        assertThat(q.backlog("stories", "checker")).isZero();
    }

    @Test
    void messagesOfOneKeyWaitForTheEarlierOneOfThatKey() {
        WorkQueue q = create();
        q.publish(new Message("stories", "a", "a1"));
        q.publish(new Message("stories", "a", "a2"));
        q.publish(new Message("stories", "b", "b1"));
        assertThat(q.poll("stories", "g", 1, LEASE)).extracting(d -> d.message().payload()).containsExactly("a1");
        assertThat(q.poll("stories", "g", 10, LEASE)).extracting(d -> d.message().payload()).containsExactly("b1");
    }

    @Test
    void aRestartLosesNothingUnacknowledgedAndRepeatsNothingAcknowledged() {
        WorkQueue q = create();
        for (int i = 1; i <= 5; i++) q.publish(new Message("stories", "k" + i, String.valueOf(i)));
        List<Delivery> first = q.poll("stories", "checker", 3, LEASE);
        q.ack("checker", first.get(0));
        q.ack("checker", first.get(1));
        WorkQueue after = reopen(q);
        if (after == null) return;
        assertThat(after.poll("stories", "checker", 10, LEASE)).extracting(d -> d.message().payload())
                .containsExactly("3", "4", "5");
    }

    @Test
    void refusesBadArguments() {
        WorkQueue q = create();
        assertThatThrownBy(() -> q.poll("stories", "g", 0, LEASE)).hasMessageContaining("max");
        assertThatThrownBy(() -> q.poll("stories", " ", 1, LEASE)).hasMessageContaining("group");
        assertThatThrownBy(() -> new Message("stories", "", "x")).hasMessageContaining("key");
    }
}
