package org.menagerie.cluster;

import java.io.BufferedReader;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import org.apache.solr.cloud.MiniSolrCloudCluster;
import org.apache.solr.embedded.JettySolrRunner;

/**
 * A SolrCloud of two nodes and an embedded ZooKeeper, all on 127.0.0.1, run as its own process for the cluster tests.
 *
 * <p>Usage: {@code SolrHarness <configset dir> <ready file> <work dir>}. The configset is uploaded as {@code menagerie}.
 * When the cluster is up the ready file appears (written whole, then moved into place) with {@code zk=host:port/chroot}
 * and one {@code node.<i>=<base url>} line per node. Commands are read from standard input, one a line: {@code stop N},
 * {@code start N} and {@code shutdown}; each is answered on standard output by one line, {@code ok <command>} or
 * {@code error <command>: <reason>}. Everything else (Solr's logging) goes to standard error. The end of standard input
 * shuts the cluster down too, so a test JVM that dies never leaves a cluster behind.
 */
public final class SolrHarness {
    static final String CONFIGSET = "menagerie";
    private static final int NODES = 2;
    private static final int NODE_TIMEOUT_SECONDS = 60;

    private final MiniSolrCloudCluster cluster;
    /** The nodes by the index the tests use: the cluster's own list reorders when a node stops and starts. */
    private final List<JettySolrRunner> nodes;
    private final PrintStream replies;

    private SolrHarness(MiniSolrCloudCluster cluster, PrintStream replies) {
        this.cluster = cluster;
        this.nodes = new ArrayList<>(cluster.getJettySolrRunners());
        this.replies = replies;
    }

    public static void main(String[] args) throws Exception {
        if (args.length != 3) {
            System.err.println("usage: SolrHarness <configset dir> <ready file> <work dir>");
            System.exit(2);
        }
        // Standard output carries only the answers to commands; a library printing there must not garble them.
        PrintStream replies = new PrintStream(new FileOutputStream(FileDescriptor.out), true, StandardCharsets.UTF_8);
        System.setOut(System.err);
        Path configset = Path.of(args[0]).toAbsolutePath();
        Path ready = Path.of(args[1]).toAbsolutePath();
        Path work = Path.of(args[2]).toAbsolutePath();
        if (!Files.isRegularFile(configset.resolve("solrconfig.xml"))) {
            System.err.println("solr-harness: no solrconfig.xml in the configset folder " + configset);
            System.exit(2);
        }
        Files.createDirectories(work);

        long started = System.nanoTime();
        MiniSolrCloudCluster cluster = new MiniSolrCloudCluster.Builder(NODES, work)
                .addConfig(CONFIGSET, configset)
                .withMetrics(false)
                .build();
        SolrHarness harness = new SolrHarness(cluster, replies);
        Runtime.getRuntime().addShutdownHook(new Thread(harness::shutdownQuietly, "solr-harness-shutdown"));
        harness.writeReady(ready);
        System.err.printf("solr-harness: %d nodes up in %d ms: %s%n",
                NODES, (System.nanoTime() - started) / 1_000_000, Files.readString(ready).replace('\n', ' '));
        harness.serve();
        System.exit(0);
    }

    private void writeReady(Path ready) throws Exception {
        StringBuilder s = new StringBuilder();
        s.append("zk=").append(cluster.getZkServer().getZkAddress()).append('\n');
        for (int i = 0; i < nodes.size(); i++) s.append("node.").append(i).append('=').append(nodes.get(i).getBaseUrl()).append('\n');
        Path partial = ready.resolveSibling(ready.getFileName() + ".partial");
        Files.writeString(partial, s);
        Files.move(partial, ready, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    }

    private void serve() throws Exception {
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        for (String line; (line = in.readLine()) != null; ) {
            String command = line.trim();
            if (command.isEmpty()) continue;
            if (command.equals("shutdown")) break;
            try {
                run(command);
                replies.println("ok " + command);
            } catch (Exception e) {
                e.printStackTrace();
                replies.println("error " + command + ": " + String.valueOf(e.getMessage()).replace('\n', ' '));
            }
        }
        shutdownQuietly();
        replies.println("ok shutdown");
    }

    private void run(String command) throws Exception {
        String[] words = command.split("\\s+");
        if (words.length != 2) throw new IllegalArgumentException("expected 'stop N', 'start N' or 'shutdown'");
        JettySolrRunner node = node(words[1]);
        switch (words[0]) {
            case "stop" -> {
                if (node.isStopped()) throw new IllegalStateException("node " + words[1] + " is already stopped");
                cluster.stopJettySolrRunner(node);
                cluster.waitForJettyToStop(node);
            }
            case "start" -> {
                if (node.isRunning()) throw new IllegalStateException("node " + words[1] + " is already running");
                // Same port, same solr home: the node comes back as itself, with its cores.
                cluster.startJettySolrRunner(node, true);
                cluster.waitForNode(node, NODE_TIMEOUT_SECONDS);
            }
            default -> throw new IllegalArgumentException("unknown command " + words[0]);
        }
    }

    private JettySolrRunner node(String index) {
        int i;
        try {
            i = Integer.parseInt(index);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("node index is not a number: " + index);
        }
        if (i < 0 || i >= nodes.size()) throw new IllegalArgumentException("no node " + i + " (0.." + (nodes.size() - 1) + ")");
        return nodes.get(i);
    }

    private boolean down;

    private synchronized void shutdownQuietly() {
        if (down) return;
        down = true;
        try {
            cluster.shutdown();
        } catch (Exception e) {
            e.printStackTrace();
        }
    }
}
