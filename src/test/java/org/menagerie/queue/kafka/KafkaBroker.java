package org.menagerie.queue.kafka;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import kafka.server.KafkaConfig;
import kafka.server.KafkaRaftServer;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.common.Uuid;
import org.apache.kafka.common.utils.Time;
import org.apache.kafka.common.utils.internals.Exit;
import org.apache.kafka.metadata.storage.Formatter;
import org.apache.kafka.server.common.Feature;
import org.apache.kafka.server.common.MetadataVersion;

/**
 * A Kafka 4.4 KRaft server in this JVM for the cluster tests: one node as broker and controller, both listeners on
 * 127.0.0.1 only, its log directory formatted here in a temporary folder. Started once per JVM and stopped by a
 * shutdown hook; a broker fault that would exit the JVM throws instead. Fails loudly when it cannot start.
 */
public final class KafkaBroker {
    private static KafkaBroker running;

    private final KafkaRaftServer server;
    private final String bootstrap;
    private final Path dir;

    private KafkaBroker(KafkaRaftServer server, String bootstrap, Path dir) {
        this.server = server;
        this.bootstrap = bootstrap;
        this.dir = dir;
    }

    /** The JVM's broker, started on first use. */
    public static synchronized KafkaBroker get() {
        if (running == null) running = start();
        return running;
    }

    /** host:port of the broker's listener. */
    public String bootstrap() {
        return bootstrap;
    }

    /** Queue settings for this broker with a prefix of their own, so each test sees fresh topics and groups. */
    public KafkaSettings settings(String prefix) {
        return KafkaSettings.of(bootstrap).withTopicPrefix(prefix).withPartitions(3).withSessionTimeoutMs(3_000);
    }

    private static KafkaBroker start() {
        quietLogs();
        // A broker fault calls Exit: it must fail the tests, never end the JVM that runs them.
        Exit.setExitProcedure((code, message) -> {
            throw new IllegalStateException("the Kafka broker asked to exit (" + code + "): " + message);
        });
        Exit.setHaltProcedure((code, message) -> {
            throw new IllegalStateException("the Kafka broker asked to halt (" + code + "): " + message);
        });
        Path dir;
        try {
            dir = Files.createTempDirectory("menagerie-kafka-");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot make the Kafka log directory", e);
        }
        try {
            int brokerPort = freePort(), controllerPort = freePort();
            Properties p = new Properties();
            p.putAll(Map.ofEntries(
                    Map.entry("process.roles", "broker,controller"),
                    Map.entry("node.id", "1"),
                    Map.entry("controller.quorum.voters", "1@127.0.0.1:" + controllerPort),
                    Map.entry("listeners", "PLAINTEXT://127.0.0.1:" + brokerPort + ",CONTROLLER://127.0.0.1:" + controllerPort),
                    Map.entry("advertised.listeners", "PLAINTEXT://127.0.0.1:" + brokerPort),
                    Map.entry("controller.listener.names", "CONTROLLER"),
                    Map.entry("inter.broker.listener.name", "PLAINTEXT"),
                    Map.entry("listener.security.protocol.map", "PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT"),
                    Map.entry("log.dirs", dir.resolve("logs").toString()),
                    Map.entry("auto.create.topics.enable", "false"),
                    Map.entry("num.partitions", "3"),
                    Map.entry("offsets.topic.replication.factor", "1"),
                    Map.entry("offsets.topic.num.partitions", "3"),
                    Map.entry("transaction.state.log.replication.factor", "1"),
                    Map.entry("transaction.state.log.min.isr", "1"),
                    Map.entry("share.coordinator.state.topic.replication.factor", "1"),
                    Map.entry("share.coordinator.state.topic.min.isr", "1"),
                    Map.entry("group.initial.rebalance.delay.ms", "0"),
                    Map.entry("group.min.session.timeout.ms", "1000"),
                    Map.entry("log.flush.interval.messages", "1")));
            KafkaConfig config = new KafkaConfig(p, false);
            format(config, dir.resolve("logs"));
            KafkaRaftServer server = new KafkaRaftServer(config, Time.SYSTEM);
            server.startup();
            KafkaBroker broker = new KafkaBroker(server, "127.0.0.1:" + brokerPort, dir);
            broker.awaitReady();
            Runtime.getRuntime().addShutdownHook(new Thread(broker::stop, "kafka-broker-stop"));
            return broker;
        } catch (Exception e) {
            delete(dir);
            throw new IllegalStateException("the test Kafka broker could not start: " + e, e);
        }
    }

    private static void format(KafkaConfig config, Path logs) throws Exception {
        Files.createDirectories(logs);
        new Formatter()
                .setPrintStream(new PrintStream(java.io.OutputStream.nullOutputStream()))
                .setClusterId(Uuid.randomUuid().toString())
                .setNodeId(1)
                .setDirectories(List.of(logs.toString()))
                .setMetadataLogDirectory(logs.toString())
                .setControllerListenerName("CONTROLLER")
                .setReleaseVersion(MetadataVersion.latestProduction())
                .setSupportedFeatures(Feature.PRODUCTION_FEATURES)
                .setUnstableFeatureVersionsEnabled(false)
                .setIgnoreFormatted(false)
                .run();
    }

    private void awaitReady() throws Exception {
        try (Admin admin = Admin.create(Map.of("bootstrap.servers", bootstrap))) {
            admin.describeCluster().nodes().get(60, TimeUnit.SECONDS);
        }
    }

    private void stop() {
        try {
            server.shutdown();
            server.awaitShutdown();
        } catch (RuntimeException e) {
            // stopping at JVM exit: the temporary folder still goes
        } finally {
            delete(dir);
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return s.getLocalPort();
        }
    }

    private static void quietLogs() {
        for (String logger : List.of("kafka", "org.apache.kafka", "state.change.logger", "org.apache.zookeeper")) {
            System.setProperty("org.slf4j.simpleLogger.log." + logger, "warn");
        }
    }

    private static void delete(Path dir) {
        if (dir == null || !Files.exists(dir)) return;
        try (Stream<Path> all = Files.walk(dir)) {
            all.sorted(Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
        } catch (IOException e) {
            // a temporary folder left behind is harmless
        }
    }
}
