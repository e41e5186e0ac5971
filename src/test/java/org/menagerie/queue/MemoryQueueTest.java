package org.menagerie.queue;

import java.util.concurrent.atomic.AtomicLong;

class MemoryQueueTest extends QueueContract {
    private final AtomicLong clock = new AtomicLong();

    @Override
    protected WorkQueue create() {
        return new MemoryQueue(clock::get);
    }

    /** Memory keeps nothing across a restart; the store-backed queue is the durable one. */
    @Override
    protected WorkQueue reopen(WorkQueue queue) {
        return null;
    }

    @Override
    protected WorkQueue afterLease(WorkQueue queue) {
        clock.addAndGet(shortLease().toNanos() + 1);
        return queue;
    }
}
