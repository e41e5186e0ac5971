package org.menagerie.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.menagerie.queue.Delivery;
import org.menagerie.queue.Message;
import org.menagerie.queue.QueueContract;
import org.menagerie.queue.WorkQueue;

/**
 * The queue contract for the store-backed queue on each database, and what it adds: a message every group reading its
 * topic acknowledged is deleted, so the store does not grow with every story ever handed on.
 */
abstract class JdbcQueueContract extends QueueContract {
    /** The groups the contract's tests read "stories" with, declared as an installation declares its own. */
    static final Map<String, Set<String>> READERS = Map.of("stories", Set.of("checker", "archiver", "g"));

    /** A new, empty, migrated database. */
    protected abstract DataSource freshDatabase();

    /** Another pool on the database {@link #freshDatabase} made last: what a restarted process sees. */
    protected abstract DataSource sameDatabase();

    /** The leases' clock, moved on by the tests instead of waiting for a lease to run out. */
    private final java.util.concurrent.atomic.AtomicLong clock = new java.util.concurrent.atomic.AtomicLong();

    @Override
    protected WorkQueue create() {
        return new JdbcQueue(freshDatabase(), READERS, clock::get);
    }

    @Override
    protected WorkQueue reopen(WorkQueue queue) {
        return new JdbcQueue(sameDatabase(), READERS, clock::get);
    }

    @Override
    protected WorkQueue afterLease(WorkQueue queue) {
        clock.addAndGet(shortLease().toNanos() + 1);
        return queue;
    }

    @Test
    void aMessageIsDeletedOnceEveryGroupReadingItsTopicAcknowledgedIt() {
        JdbcQueue q = new JdbcQueue(freshDatabase(), Map.of("stories", Set.of("checker", "archiver")));
        q.publish(new Message("stories", "a", "1"));
        q.publish(new Message("stories", "b", "2"));
        for (Delivery d : take(q, "stories", "checker", 2, LEASE)) q.ack("checker", d);
        assertThat(q.retained("stories")).as("the archiver has not read them").isEqualTo(2);
        List<Delivery> archived = take(q, "stories", "archiver", 2, LEASE);
        Delivery first = archived.stream().filter(d -> d.message().payload().equals("1")).findFirst().orElseThrow();
        q.ack("archiver", first);
        q.ack("archiver", first);
        assertThat(q.retained("stories")).isEqualTo(1);

        JdbcQueue after = new JdbcQueue(sameDatabase(), Map.of("stories", Set.of("checker", "archiver")));
        assertThat(after.poll("stories", "checker", 10, LEASE)).isEmpty();
        List<Delivery> left = after.poll("stories", "archiver", 10, LEASE);
        assertThat(left).extracting(d -> d.message().payload()).containsExactly("2");
        after.ack("archiver", left.get(0));
        assertThat(after.retained("stories")).isZero();
        assertThat(after.backlog("stories", "archiver")).isZero();
        assertThat(after.backlog("stories", "checker")).isZero();
    }

    @Test
    void aGroupThatPollsATopicIsWaitedForLikeTheDeclaredOnes() {
        JdbcQueue q = new JdbcQueue(freshDatabase(), Map.of("stories", Set.of("checker")));
        q.publish(new Message("stories", "a", "1"));
        Delivery forAudit = take(q, "stories", "audit", 1, LEASE).get(0);
        q.ack("checker", take(q, "stories", "checker", 1, LEASE).get(0));
        assertThat(q.retained("stories")).as("audit polled it and has not acknowledged it").isEqualTo(1);
        q.ack("audit", forAudit);
        assertThat(q.retained("stories")).isZero();
    }

    @Test
    void aTopicNoGroupReadsKeepsItsMessagesAndTheSweepDeletesOnlyWhatEveryReaderHas() {
        JdbcQueue q = new JdbcQueue(freshDatabase(), Map.of("stories", Set.of("checker")));
        q.publish(new Message("unread", "a", "x"));
        q.publish(new Message("stories", "a", "1"));
        q.publish(new Message("stories", "a", "2"));
        q.ack("checker", take(q, "stories", "checker", 1, LEASE).get(0));
        assertThat(q.sweep()).isZero();
        assertThat(q.retained("unread")).isEqualTo(1);
        assertThat(q.retained("stories")).isEqualTo(1);
    }
}
