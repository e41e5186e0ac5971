package org.menagerie.queue.kafka;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.CommonClientConfigs;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.TopicExistsException;
import org.apache.kafka.common.serialization.StringSerializer;
import org.menagerie.catalog.Check;
import org.menagerie.queue.Delivery;
import org.menagerie.queue.Leases;
import org.menagerie.queue.Message;
import org.menagerie.queue.Topics;
import org.menagerie.queue.WorkQueue;

/**
 * The work queue on Kafka ({@code queue=kafka}). A queue topic is the Kafka topic of that name after the prefix,
 * created when missing with the configured partitions; the message key is the record key, so one outlet's messages
 * share a partition and stay in order. The producer is idempotent (acks from every in-sync replica, no duplicates
 * on retry). A queue group is a Kafka consumer group: each process polling a group runs one consumer per topic, and
 * the group's consumers share the partitions. Offsets are committed by hand as work is acknowledged, only up to the
 * first unacknowledged record of a partition (acknowledgements past it ride in the commit's metadata), so work
 * handed out and not finished is fetched again by whoever owns the partition next: after a restart, a crash or a
 * rebalance. How this differs from the embedded queues is said on {@link WorkQueue}.
 */
public final class KafkaQueue implements WorkQueue {
    private static final Duration WAIT = Duration.ofMillis(500);
    private static final long TIMEOUT_SECONDS = 60;

    private final KafkaSettings settings;
    private final Admin admin;
    private final KafkaProducer<String, String> producer;
    private final Set<String> topics = ConcurrentHashMap.newKeySet();
    private final Map<String, GroupConsumer> consumers = new HashMap<>();
    private volatile boolean closed;

    private KafkaQueue(KafkaSettings settings, Admin admin, KafkaProducer<String, String> producer) {
        this.settings = settings;
        this.admin = admin;
        this.producer = producer;
    }

    /** Connects, creating the standard topics when missing; fails with the brokers named when they cannot be reached. */
    public static KafkaQueue open(KafkaSettings settings) {
        Check.notNull(settings, "settings");
        Admin admin = Admin.create(common(settings));
        KafkaQueue q = null;
        try {
            admin.describeCluster().nodes().get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
            Map<String, Object> config = common(settings);
            config.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
            config.put(ProducerConfig.ACKS_CONFIG, "all");
            config.put(ProducerConfig.LINGER_MS_CONFIG, 5);
            q = new KafkaQueue(settings, admin, new KafkaProducer<>(config, new StringSerializer(), new StringSerializer()));
            for (String t : Topics.ALL) q.ensureTopic(t);
            return q;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw fail(settings, q, admin, e);
        } catch (ExecutionException | TimeoutException | RuntimeException e) {
            throw fail(settings, q, admin, e);
        }
    }

    private static IllegalStateException fail(KafkaSettings settings, KafkaQueue q, Admin admin, Exception e) {
        if (q != null) q.close();
        else admin.close();
        Throwable cause = e instanceof ExecutionException && e.getCause() != null ? e.getCause() : e;
        return new IllegalStateException("cannot reach " + settings + ": " + cause, cause);
    }

    private static Map<String, Object> common(KafkaSettings s) {
        Map<String, Object> config = new HashMap<>(s.client());
        config.put(CommonClientConfigs.BOOTSTRAP_SERVERS_CONFIG, s.bootstrap());
        return config;
    }

    public KafkaSettings settings() {
        return settings;
    }

    /** The Kafka topic behind a queue topic. */
    public String kafkaTopic(String topic) {
        return settings.topicPrefix() + topic;
    }

    /** The Kafka consumer group behind a queue group. */
    public String kafkaGroup(String group) {
        return settings.topicPrefix() + group;
    }

    private void ensureTopic(String topic) {
        if (topics.contains(topic)) return;
        String name = kafkaTopic(topic);
        NewTopic t = new NewTopic(name, Optional.of(settings.partitions()),
                settings.replication() == 0 ? Optional.empty() : Optional.of((short) settings.replication()));
        try {
            admin.createTopics(List.of(t)).all().get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
        } catch (ExecutionException e) {
            if (!(e.getCause() instanceof TopicExistsException)) throw new IllegalStateException("cannot create topic " + name + ": " + e.getCause(), e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted creating topic " + name, e);
        } catch (TimeoutException e) {
            throw new IllegalStateException("no answer creating topic " + name + " on " + settings.bootstrap(), e);
        }
        awaitVisible(name);
        topics.add(topic);
    }

    /** A topic just created is known to the controller before the brokers' metadata: wait until they describe it. */
    private void awaitVisible(String name) {
        long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(TIMEOUT_SECONDS);
        while (true) {
            try {
                admin.describeTopics(List.of(name)).allTopicNames().get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
                return;
            } catch (ExecutionException | TimeoutException e) {
                if (System.nanoTime() - until > 0) throw new IllegalStateException("topic " + name + " did not appear on " + settings.bootstrap(), e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted waiting for topic " + name, e);
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted waiting for topic " + name, e);
            }
        }
    }

    @Override
    public long publish(Message message) {
        return publishAll(List.of(Check.notNull(message, "message"))).get(0);
    }

    @Override
    public List<Long> publishAll(List<Message> messages) {
        Check.list(messages, "messages");
        messages.forEach(m -> ensureTopic(m.topic()));
        List<Future<RecordMetadata>> sent = new ArrayList<>();
        for (Message m : messages) sent.add(producer.send(new ProducerRecord<>(kafkaTopic(m.topic()), m.key(), m.payload())));
        List<Long> offsets = new ArrayList<>();
        for (Future<RecordMetadata> f : sent) offsets.add(await(f).offset());
        return offsets;
    }

    @Override
    public List<Delivery> poll(String topic, String group, int max, Duration lease) {
        Leases.check(topic, group, max, lease);
        return consumer(topic, group).poll(max, lease);
    }

    @Override
    public void ack(String group, Delivery delivery) {
        Check.notBlank(group, "group");
        Check.notNull(delivery, "delivery");
        GroupConsumer c;
        synchronized (consumers) {
            c = consumers.get(key(delivery.message().topic(), group));
        }
        if (c != null) c.ack(delivery);
    }

    /** From the cluster's committed offsets, so it counts every process's acknowledgements. */
    @Override
    public long backlog(String topic, String group) {
        Check.notBlank(topic, "topic");
        Check.notBlank(group, "group");
        ensureTopic(topic);
        String name = kafkaTopic(topic);
        try {
            TopicDescription d = admin.describeTopics(List.of(name)).allTopicNames().get(TIMEOUT_SECONDS, TimeUnit.SECONDS).get(name);
            Map<TopicPartition, OffsetSpec> latest = new HashMap<>(), earliest = new HashMap<>();
            d.partitions().forEach(p -> {
                latest.put(new TopicPartition(name, p.partition()), OffsetSpec.latest());
                earliest.put(new TopicPartition(name, p.partition()), OffsetSpec.earliest());
            });
            var ends = admin.listOffsets(latest).all().get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
            var starts = admin.listOffsets(earliest).all().get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
            Map<TopicPartition, OffsetAndMetadata> committed = admin.listConsumerGroupOffsets(kafkaGroup(group))
                    .partitionsToOffsetAndMetadata().get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
            long backlog = 0;
            for (TopicPartition tp : latest.keySet()) {
                long end = ends.get(tp).offset(), start = starts.get(tp).offset();
                OffsetAndMetadata c = committed.get(tp);
                long from = Math.max(start, c == null ? start : c.offset());
                long ahead = c == null ? 0 : Pending.parse(c.offset(), c.metadata()).stream().filter(o -> o >= from && o < end).count();
                backlog += Math.max(0, end - from - ahead);
            }
            return backlog;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted counting the backlog of " + name, e);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("cannot count the backlog of " + name + " on " + settings.bootstrap() + ": " + e, e);
        }
    }

    private GroupConsumer consumer(String topic, String group) {
        synchronized (consumers) {
            if (closed) throw new IllegalStateException("the queue on " + settings.bootstrap() + " is closed");
            GroupConsumer c = consumers.get(key(topic, group));
            if (c != null) return c;
            ensureTopic(topic);
            Map<String, Object> config = common(settings);
            config.put(ConsumerConfig.GROUP_ID_CONFIG, kafkaGroup(group));
            config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
            config.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
            config.put(ConsumerConfig.SESSION_TIMEOUT_MS_CONFIG, settings.sessionTimeoutMs());
            config.put(ConsumerConfig.HEARTBEAT_INTERVAL_MS_CONFIG, Math.max(100, settings.sessionTimeoutMs() / 4));
            config.putIfAbsent(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, 500);
            c = new GroupConsumer(config, topic, kafkaTopic(topic), WAIT);
            consumers.put(key(topic, group), c);
            return c;
        }
    }

    private static String key(String topic, String group) {
        return group + '\n' + topic;
    }

    private static RecordMetadata await(Future<RecordMetadata> f) {
        try {
            return f.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted publishing", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("cannot publish: " + e.getCause(), e.getCause());
        }
    }

    /**
     * Stops at once as a killed process would, for fault tests and a process that must not wait: nothing more is
     * committed, the groups are not told, and the partitions move to the other consumers only after the session
     * timeout; what was handed out and not acknowledged is delivered again there.
     */
    public void abandon() {
        synchronized (consumers) {
            closed = true;
            consumers.values().forEach(GroupConsumer::abandon);
            consumers.clear();
        }
        producer.close(Duration.ZERO);
        admin.close(Duration.ZERO);
    }

    @Override
    public void close() {
        RuntimeException first = null;
        synchronized (consumers) {
            closed = true;
            for (GroupConsumer c : consumers.values()) {
                try {
                    c.close();
                } catch (RuntimeException e) {
                    if (first == null) first = e;
                }
            }
            consumers.clear();
        }
        producer.close();
        admin.close();
        if (first != null) throw first;
    }
}
