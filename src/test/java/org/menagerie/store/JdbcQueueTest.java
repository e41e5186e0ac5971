package org.menagerie.store;

import org.h2.jdbcx.JdbcConnectionPool;
import org.junit.jupiter.api.AfterEach;
import org.menagerie.queue.QueueContract;
import org.menagerie.queue.WorkQueue;

class JdbcQueueTest extends QueueContract {
    private static int databases;
    private JdbcConnectionPool pool;

    @Override
    protected WorkQueue create() {
        pool = Database.inMemory("queue" + databases++);
        return new JdbcQueue(pool);
    }

    /** A new queue over the same database: what a restarted process sees. */
    @Override
    protected WorkQueue reopen(WorkQueue queue) {
        return new JdbcQueue(pool);
    }

    @AfterEach
    void close() {
        if (pool != null) pool.dispose();
    }

    // A lease long enough that a loaded machine does not let it run out between two polls a test makes in a row.
    @Override
    protected java.time.Duration shortLease() {
        return java.time.Duration.ofSeconds(2);
    }

    @Override
    protected WorkQueue afterLease(WorkQueue queue) throws InterruptedException {
        Thread.sleep(2200);
        return queue;
    }
}
