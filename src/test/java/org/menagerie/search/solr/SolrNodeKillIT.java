package org.menagerie.search.solr;

import static org.assertj.core.api.Assertions.assertThat;
import static org.menagerie.search.solr.SolrHttp.params;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * One Solr node dies while cases are being indexed into a collection of one shard on two replicas: the surviving
 * node keeps answering searches and taking writes, and once the dead node returns both replicas hold every
 * acknowledged document. The node killed is the shard leader's, the harder case: a new leader must be elected.
 */
class SolrNodeKillIT {
    private static final String COLLECTION = "node_kill_it";
    private static final Duration DOWN_FOR = Duration.ofSeconds(10);

    @Test
    void searchesKeepAnsweringAndNoAcknowledgedWriteIsLostWhenANodeDies() throws Exception {
        SolrCluster cluster = SolrCluster.get();
        cluster.createCollection(COLLECTION, 1, 2);
        int victim = cluster.nodeUrls().indexOf(leaderNodeUrl(cluster));
        assertThat(victim).as("the leader's node is one of the cluster's").isNotNegative();
        String survivor = cluster.nodeUrl(1 - victim);

        Writer writer = new Writer(cluster.nodeUrls());
        Reader reader = new Reader(survivor);
        boolean[] down = {false};
        Thread writing = new Thread(writer, "writer");
        Thread reading = new Thread(reader, "reader");
        writing.start();
        reading.start();
        try {
            Thread.sleep(3000);
            int beforeKill = writer.acknowledged.size();
            long t0 = System.nanoTime();
            down[0] = true;
            cluster.stopNode(victim);
            long t1 = System.nanoTime();
            int searchesAtKill = reader.answered.get();
            Thread.sleep(DOWN_FOR.toMillis());
            int whileDown = writer.acknowledged.size() - beforeKill;
            int searchesWhileDown = reader.answered.get() - searchesAtKill;
            long t2 = System.nanoTime();
            cluster.startNode(victim);
            down[0] = false;
            long t3 = System.nanoTime();
            awaitBothReplicasActive(cluster);
            long t4 = System.nanoTime();
            System.err.printf("node kill: leader's node %d stopped in %d ms; down %d ms: %d documents acknowledged, %d searches"
                    + " answered; back in %d ms, its replica active %d ms later%n", victim, (t1 - t0) / 1_000_000,
                    (t2 - t1) / 1_000_000, whileDown, searchesWhileDown, (t3 - t2) / 1_000_000, (t4 - t3) / 1_000_000);
            Thread.sleep(3000);

            assertThat(whileDown).as("writes acknowledged while a node was down").isPositive();
            assertThat(searchesWhileDown).as("searches answered by the surviving node while the other was down").isPositive();
        } finally {
            writer.running.set(false);
            reader.running.set(false);
            writing.join(30_000);
            reading.join(30_000);
            // the cluster serves every test of this JVM: leave it whole even when this one failed half-way
            if (down[0]) cluster.startNode(victim);
        }
        assertThat(reader.failures).as("searches through the surviving node that failed").isEmpty();
        SolrHttp.commit(survivor, COLLECTION);

        Set<String> acknowledged = new TreeSet<>(writer.acknowledged);
        List<Set<String>> replicas = replicaIds(cluster);
        assertThat(replicas).hasSize(2);
        for (Set<String> replica : replicas) {
            assertThat(replica).as("a replica holds every acknowledged document").containsAll(acknowledged);
        }
        assertThat(replicas.get(0)).as("both replicas hold the same documents").isEqualTo(replicas.get(1));
        System.err.printf("node kill: in all %d documents acknowledged (%d requests refused or failed and retried), %d searches answered%n",
                acknowledged.size(), writer.failures.get(), reader.answered.get());
    }

    /** Indexes small batches without pause, over every node in turn, moving to the next node when one fails. */
    private static final class Writer implements Runnable {
        final AtomicBoolean running = new AtomicBoolean(true);
        final ConcurrentLinkedQueue<String> acknowledged = new ConcurrentLinkedQueue<>();
        final AtomicInteger failures = new AtomicInteger();
        private final List<String> nodes;
        private int next;

        Writer(List<String> nodes) {
            this.nodes = nodes;
        }

        @Override
        public void run() {
            for (int batch = 0; running.get(); batch++) {
                List<Map<String, Object>> docs = new ArrayList<>();
                for (int i = 0; i < 10; i++) {
                    String id = String.format("case-%06d-%d", batch, i);
                    docs.add(Map.of("id", id, "text_ro", "Vaccinurile nu conțin microcipuri, lotul " + batch,
                            "verdict", List.of("FALSE")));
                }
                if (send(docs)) docs.forEach(d -> acknowledged.add((String) d.get("id")));
            }
        }

        /** True when some node acknowledged the batch; a batch no node takes is given up, as a client would. */
        private boolean send(List<Map<String, Object>> docs) {
            for (int attempt = 0; attempt < nodes.size() * 3 && running.get(); attempt++) {
                String node = nodes.get(next++ % nodes.size());
                try {
                    SolrHttp.add(node, COLLECTION, docs, false);
                    return true;
                } catch (UncheckedIOException | IllegalStateException e) {
                    failures.incrementAndGet();
                    pause(100);
                }
            }
            return false;
        }
    }

    /** Searches the surviving node without pause; every failure is kept for the assertion. */
    private static final class Reader implements Runnable {
        final AtomicBoolean running = new AtomicBoolean(true);
        final AtomicInteger answered = new AtomicInteger();
        final ConcurrentLinkedQueue<String> failures = new ConcurrentLinkedQueue<>();
        private final String node;

        Reader(String node) {
            this.node = node;
        }

        @Override
        public void run() {
            while (running.get()) {
                try {
                    JsonNode r = SolrHttp.select(node, COLLECTION, params("q", "text_ro:vaccin", "rows", 3, "fl", "id"));
                    if (r.path("response").path("numFound").isNumber()) answered.incrementAndGet();
                    else failures.add("no result count: " + r);
                } catch (RuntimeException e) {
                    failures.add(e.toString());
                }
                pause(20);
            }
        }
    }

    private static String leaderNodeUrl(SolrCluster cluster) {
        for (JsonNode replica : replicas(cluster.nodeUrl(0))) {
            if (replica.path("leader").asBoolean(false)) return replica.path("base_url").asText();
        }
        throw new IllegalStateException("the collection has no leader");
    }

    private static void awaitBothReplicasActive(SolrCluster cluster) {
        long deadline = System.nanoTime() + Duration.ofSeconds(120).toNanos();
        Object last = null;
        for (int i = 0; true; i++) {
            try {
                // ask either node: the one that just returned may still be loading its cores
                List<JsonNode> replicas = replicas(cluster.nodeUrl(i % 2));
                if (replicas.size() == 2 && replicas.stream().allMatch(r -> r.path("state").asText().equals("active"))) return;
                last = replicas;
            } catch (RuntimeException e) {
                last = e;
            }
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("the returned replica did not recover within 120 s: " + last
                        + "\nharness log:\n" + cluster.log());
            }
            pause(500);
        }
    }

    /** The ids each replica holds, asked of each core alone ({@code distrib=false}). */
    private static List<Set<String>> replicaIds(SolrCluster cluster) {
        List<Set<String>> all = new ArrayList<>();
        for (JsonNode replica : replicas(cluster.nodeUrl(0))) {
            String core = replica.path("base_url").asText() + "/" + replica.path("core").asText();
            JsonNode r = SolrHttp.get(core, "/select", params("q", "*:*", "distrib", "false", "fl", "id", "rows", 1_000_000),
                    Duration.ofSeconds(60));
            Set<String> ids = new TreeSet<>();
            r.path("response").path("docs").forEach(d -> ids.add(d.path("id").asText()));
            assertThat(r.path("response").path("numFound").asInt()).as("count on " + core).isEqualTo(ids.size());
            all.add(ids);
        }
        return all;
    }

    private static List<JsonNode> replicas(String node) {
        JsonNode status = SolrHttp.get(node, "/admin/collections", params("action", "CLUSTERSTATUS", "collection", COLLECTION),
                Duration.ofSeconds(30));
        List<JsonNode> replicas = new ArrayList<>();
        JsonNode live = status.path("cluster").path("live_nodes");
        status.path("cluster").path("collections").path(COLLECTION).path("shards").forEach(shard ->
                shard.path("replicas").forEach(r -> {
                    boolean isLive = false;
                    for (JsonNode n : live) isLive |= n.asText().equals(r.path("node_name").asText());
                    replicas.add(isLive ? r : ((com.fasterxml.jackson.databind.node.ObjectNode) r.deepCopy()).put("state", "down"));
                }));
        return replicas;
    }

    private static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
