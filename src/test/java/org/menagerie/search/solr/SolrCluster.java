package org.menagerie.search.solr;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * A real SolrCloud for the cluster tests: two Solr 9.10.1 nodes and an embedded ZooKeeper on 127.0.0.1, with the
 * project's configset uploaded as {@value #CONFIGSET} and the Romanian lemma plugin on the nodes' classpath.
 *
 * <p>Solr runs on Jetty 10 and the product on Jetty 12, so the cluster runs in a JVM of its own: the harness in
 * {@code cluster/solr-harness}, which the build compiles in pre-integration-test (maven-invoker-plugin) into
 * {@code target/cluster/solr-harness}. One cluster serves the whole test JVM; it is started on first use and stopped
 * by a shutdown hook (and by the harness itself when this JVM's end closes its standard input). A cluster that does
 * not come up fails the test with the harness's log; it is never skipped. The log stays in
 * {@code target/solr-cluster-*}{@code /harness.log}.
 */
public final class SolrCluster {
    public static final String CONFIGSET = "menagerie";
    private static final Duration START_TIMEOUT = Duration.ofSeconds(240);
    private static final Duration STOP_TIMEOUT = Duration.ofSeconds(90);
    private static final Duration RESTART_TIMEOUT = Duration.ofSeconds(180);

    private static SolrCluster running;

    private final Process process;
    private final Path work;
    private final Path log;
    private final Writer commands;
    private final BlockingQueue<String> replies = new LinkedBlockingQueue<>();
    private final List<String> nodeUrls;
    private final String zkAddress;

    /** The cluster of this test JVM, started on first call. */
    public static synchronized SolrCluster get() {
        if (running == null) running = start(Path.of("").toAbsolutePath());
        return running;
    }

    /** Base URLs of the nodes ({@code http://127.0.0.1:port/solr}), by node index; a stopped node keeps its URL. */
    public List<String> nodeUrls() {
        return nodeUrls;
    }

    public String nodeUrl(int node) {
        return nodeUrls.get(node);
    }

    /** ZooKeeper's {@code host:port/chroot}, for clients that route by cluster state. */
    public String zkAddress() {
        return zkAddress;
    }

    /** The nodes' base URLs as the {@code solr.urls} setting takes them, comma-separated. */
    public String urlsSetting() {
        return String.join(",", nodeUrls);
    }

    /** Creates {@code name} from the project's configset, asking a running node, and waits until every replica is active. */
    public void createCollection(String name, int shards, int replicas) {
        SolrHttp.createCollection(nodeUrls.get(0), name, shards, replicas);
    }

    /** Stops node {@code node}, as a crash would look to clients (its port closes); returns when it is down. */
    public synchronized void stopNode(int node) {
        command("stop " + node, STOP_TIMEOUT);
    }

    /** Starts node {@code node} again on the same port and data; returns when it has rejoined ZooKeeper. */
    public synchronized void startNode(int node) {
        command("start " + node, RESTART_TIMEOUT);
    }

    /** The harness's log so far (Solr's warnings and errors), for failure messages. */
    public String log() {
        return tail(log, 200);
    }

    private SolrCluster(Process process, Path work, Path log, List<String> nodeUrls, String zkAddress) {
        this.process = process;
        this.work = work;
        this.log = log;
        this.nodeUrls = List.copyOf(nodeUrls);
        this.zkAddress = zkAddress;
        this.commands = new java.io.OutputStreamWriter(process.getOutputStream(), StandardCharsets.UTF_8);
        Thread reader = new Thread(this::readReplies, "solr-harness-replies");
        reader.setDaemon(true);
        reader.start();
    }

    private static SolrCluster start(Path project) {
        return start(project.resolve("target/cluster/solr-harness/target"), project.resolve("target/menagerie-solr-plugin.jar"),
                project.resolve("src/main/solr/menagerie/conf"), project.resolve("target"));
    }

    /** A cluster of the harness built in {@code harness}, with {@code configset}, working in a new folder under {@code scratch}. */
    static SolrCluster start(Path harness, Path plugin, Path configset, Path scratch) {
        Path classes = harness.resolve("classes");
        Path classpathFile = harness.resolve("classpath.txt");
        for (Path required : List.of(classes, classpathFile, plugin, configset)) {
            if (!Files.exists(required)) {
                throw new IllegalStateException("the SolrCloud harness is not built: " + required + " is missing;"
                        + " run the cluster tests through 'mvn verify' (package builds the plugin jar,"
                        + " pre-integration-test builds cluster/solr-harness)");
            }
        }
        try {
            Files.createDirectories(scratch);
            Path work = Files.createTempDirectory(scratch, "solr-cluster-");
            Path ready = work.resolve("ready.properties");
            Path log = work.resolve("harness.log");
            String classpath = classes + java.io.File.pathSeparator + plugin + java.io.File.pathSeparator
                    + Files.readString(classpathFile).trim();
            List<String> command = List.of(
                    Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-Xmx1g", "-Djava.net.preferIPv4Stack=true",
                    "-cp", classpath,
                    "org.menagerie.cluster.SolrHarness", configset.toString(), ready.toString(), work.resolve("nodes").toString());
            long started = System.nanoTime();
            Process process = new ProcessBuilder(command)
                    .directory(work.toFile())
                    .redirectError(log.toFile())
                    .start();
            Properties up = awaitReady(process, ready, log);
            List<String> urls = new ArrayList<>();
            for (int i = 0; up.getProperty("node." + i) != null; i++) urls.add(up.getProperty("node." + i));
            SolrCluster cluster = new SolrCluster(process, work, log, urls, up.getProperty("zk"));
            Runtime.getRuntime().addShutdownHook(new Thread(cluster::shutdown, "solr-cluster-shutdown"));
            System.err.printf("SolrCloud of %d nodes up in %d ms: %s%n", urls.size(),
                    TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started), urls);
            return cluster;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot launch the SolrCloud harness", e);
        }
    }

    private static Properties awaitReady(Process process, Path ready, Path log) throws IOException {
        long deadline = System.nanoTime() + START_TIMEOUT.toNanos();
        while (!Files.exists(ready)) {
            if (!process.isAlive()) {
                throw new IllegalStateException("the SolrCloud harness exited with status " + process.exitValue()
                        + " before it was ready; its log:\n" + tail(log, 200));
            }
            if (System.nanoTime() > deadline) {
                process.destroyForcibly();
                throw new IllegalStateException("the SolrCloud harness was not ready within " + START_TIMEOUT
                        + "; its log:\n" + tail(log, 200));
            }
            sleep(200);
        }
        Properties p = new Properties();
        try (var in = Files.newBufferedReader(ready)) {
            p.load(in);
        }
        return p;
    }

    private void command(String command, Duration timeout) {
        try {
            replies.clear();
            commands.write(command + "\n");
            commands.flush();
            String reply = replies.poll(timeout.toMillis(), TimeUnit.MILLISECONDS);
            if (reply == null) {
                throw new IllegalStateException("the SolrCloud harness did not answer '" + command + "' within " + timeout
                        + (process.isAlive() ? "" : " (it exited with status " + process.exitValue() + ")") + "; its log:\n" + log());
            }
            if (!reply.equals("ok " + command)) {
                throw new IllegalStateException("the SolrCloud harness refused '" + command + "': " + reply + "; its log:\n" + log());
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot send '" + command + "' to the SolrCloud harness; its log:\n" + log(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted waiting for '" + command + "'", e);
        }
    }

    private void readReplies() {
        try (BufferedReader in = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line; (line = in.readLine()) != null; ) replies.add(line);
        } catch (IOException e) {
            // the harness is gone; a waiting command times out and reports its log
        }
    }

    private void shutdown() {
        try {
            commands.write("shutdown\n");
            commands.flush();
            commands.close();
        } catch (IOException e) {
            // already gone: nothing to ask politely
        }
        try {
            if (!process.waitFor(30, TimeUnit.SECONDS)) process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            process.destroyForcibly();
        }
        // the nodes' data goes; the log stays under target/ for a failure's post-mortem
        deleteQuietly(work.resolve("nodes"));
    }

    private static void deleteQuietly(Path dir) {
        try (Stream<Path> paths = Files.walk(dir)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException | UncheckedIOException e) {
            // a scratch folder under target/: the next clean removes what is left
        }
    }

    private static String tail(Path file, int lines) {
        try {
            List<String> all = Files.readAllLines(file, StandardCharsets.UTF_8);
            return String.join("\n", all.subList(Math.max(0, all.size() - lines), all.size()));
        } catch (IOException | UncheckedIOException e) {
            return "(no log: " + e.getMessage() + ")";
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted waiting for the SolrCloud harness", e);
        }
    }
}
