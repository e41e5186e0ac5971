package org.menagerie.worker;

import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.menagerie.queue.Delivery;
import org.menagerie.queue.Message;
import org.menagerie.queue.WorkQueue;

/** A queue that remembers which payloads it handed out, to tell afterwards what a worker held when it died. */
final class RecordingQueue implements WorkQueue {
    private final WorkQueue queue;
    final Set<String> handedOut = ConcurrentHashMap.newKeySet();

    RecordingQueue(WorkQueue queue) {
        this.queue = queue;
    }

    @Override
    public long publish(Message message) {
        return queue.publish(message);
    }

    @Override
    public List<Long> publishAll(List<Message> messages) {
        return queue.publishAll(messages);
    }

    @Override
    public List<Delivery> poll(String topic, String group, int max, Duration lease) {
        List<Delivery> got = queue.poll(topic, group, max, lease);
        got.forEach(d -> handedOut.add(d.message().payload()));
        return got;
    }

    @Override
    public void ack(String group, Delivery delivery) {
        queue.ack(group, delivery);
    }

    @Override
    public long backlog(String topic, String group) {
        return queue.backlog(topic, group);
    }

    @Override
    public void close() {
        queue.close();
    }
}
