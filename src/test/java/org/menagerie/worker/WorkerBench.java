package org.menagerie.worker;

import com.sun.management.OperatingSystemMXBean;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.UUID;
import java.util.stream.Stream;
import org.menagerie.Menagerie;
import org.menagerie.Workspace;
import org.menagerie.alert.Alerter;
import org.menagerie.feed.Item;
import org.menagerie.feed.ItemReader;
import org.menagerie.queue.WorkQueue;
import org.menagerie.queue.kafka.KafkaBroker;
import org.menagerie.queue.kafka.KafkaQueue;
import org.menagerie.queue.kafka.KafkaSettings;
import org.menagerie.watch.Intake;
import org.menagerie.watch.Pages;

/**
 * Benchmark (a test-scope main, since the Kafka broker is a test fixture): the Telegram exports replayed in time
 * order through intake onto the queue, then checked by 1 and 2 workers until every story is checked; queue=store
 * (the queue kept in the store) and queue=kafka (the in-process test broker on 127.0.0.1) side by side, each in a fresh
 * workspace with the demo catalog. Usage: WorkerBench EXPORTS_DIR [LIMIT]
 */
public final class WorkerBench {
    public static void main(String[] args) throws Exception {
        Path exports = Path.of(args[0]);
        int limit = args.length > 1 ? Integer.parseInt(args[1]) : Integer.MAX_VALUE;
        List<Item> items = new ArrayList<>();
        try (Stream<Path> files = Files.list(exports)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".json")).sorted().toList()) {
                ItemReader.export(f, ItemReader.Format.TELEGRAM, items::add);
            }
        }
        items.sort(Comparator.comparing(i -> i.published() == null ? java.time.Instant.EPOCH : i.published()));
        if (items.size() > limit) items = new ArrayList<>(items.subList(0, limit));
        KafkaBroker broker = KafkaBroker.get();
        System.out.printf("%d posts; load average %.1f at start%n", items.size(), load());
        System.out.println("| queue | workers | posts | stories | ingest s | check s | stories/s | alerts | CPU s | load avg |");
        System.out.println("|---|---|---|---|---|---|---|---|---|---|");
        for (String queue : List.of("store", "kafka")) {
            for (int workers : List.of(1, 2)) run(queue, workers, items, broker);
        }
    }

    private static void run(String kind, int workers, List<Item> items, KafkaBroker broker) throws Exception {
        Path dir = Files.createTempDirectory("worker-bench-");
        try (Menagerie m = Menagerie.open(new Workspace(dir, new Properties()))) {
            KafkaSettings kafka = broker.settings("bench" + UUID.randomUUID().toString().substring(0, 8) + ".").withPartitions(6);
            Alerter alerter = m.alerter();
            m.checker().check("Warming up the checker before the clock starts: NATO troops in the Baltic states.");
            long cpu0 = cpu();
            long t0 = System.nanoTime();
            WorkQueue publisher = kind.equals("store") ? m.monitoring().queue() : KafkaQueue.open(kafka);
            Intake intake = Intake.open(m.monitoring().articles(), publisher, Clock.systemUTC());
            for (Item i : items) intake.take("export:telegram", i.outlet() == null ? "telegram" : i.outlet(), i, "bench", Pages.NONE);
            intake.flush();
            long t1 = System.nanoTime();
            long stories = publisher.backlog(Intake.TOPIC, Worker.GROUP);
            List<WorkQueue> queues = new ArrayList<>();
            List<Thread> threads = new ArrayList<>();
            List<Worker> running = new ArrayList<>();
            for (int w = 0; w < workers; w++) {
                WorkQueue q = kind.equals("store") ? publisher : KafkaQueue.open(kafka);
                queues.add(q);
                Worker worker = new Worker(q, m.monitoring().articles(), m.checker(), alerter, m.alerts(), m.checkedStories(),
                        "bench-" + w, Clock.systemUTC());
                running.add(worker);
                Thread t = new Thread(() -> worker.run(16), "bench-" + w);
                threads.add(t);
                t.start();
            }
            while (m.checkedStories().count() < stories) Thread.sleep(50);
            long t2 = System.nanoTime();
            running.forEach(Worker::stop);
            for (Thread t : threads) t.join();
            long cpu = cpu() - cpu0;
            for (WorkQueue q : queues) if (q != m.monitoring().queue()) q.close();
            if (publisher != m.monitoring().queue()) publisher.close();
            double check = (t2 - t1) / 1e9;
            System.out.printf(Locale.ROOT, "| %s | %d | %d | %d | %.1f | %.1f | %.1f | %d | %.1f | %.1f |%n", kind, workers, items.size(),
                    stories, (t1 - t0) / 1e9, check, stories / check, m.alerts().count(), cpu / 1e9, load());
        } finally {
            try (Stream<Path> s = Files.walk(dir)) {
                s.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    private static long cpu() {
        return ((OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
    }

    private static double load() {
        return ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
    }
}
