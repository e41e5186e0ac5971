package org.menagerie.search.solr;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.solr.client.solrj.SolrRequest;
import org.apache.solr.client.solrj.SolrServerException;
import org.apache.solr.client.solrj.impl.HttpJdkSolrClient;
import org.apache.solr.client.solrj.request.QueryRequest;
import org.apache.solr.common.SolrException;
import org.apache.solr.common.util.NamedList;

/**
 * The Solr nodes, each request sent to the next in turn. A node that refuses, times out or answers that it cannot
 * serve (5xx) is skipped for a while and the request goes to the next; a request fails only when no node answers.
 * Any node of a SolrCloud cluster answers for the whole collection, forwarding to the replicas it needs.
 */
final class SolrNodes implements AutoCloseable {
    /** How long a failed node is left alone before it is tried again. */
    static final long RETRY_AFTER_NANOS = TimeUnit.SECONDS.toNanos(5);

    private static final class Node {
        final String url;
        final HttpJdkSolrClient client;
        /** For writes and administration, which may take minutes on a busy cluster and are safe to repeat. */
        final HttpJdkSolrClient patient;
        volatile long downUntil;

        Node(String url, HttpJdkSolrClient client, HttpJdkSolrClient patient) {
            this.url = url;
            this.client = client;
            this.patient = patient;
        }

        boolean up(long now) {
            return downUntil - now <= 0;
        }
    }

    private final List<Node> nodes = new ArrayList<>();
    private final AtomicInteger next = new AtomicInteger();

    SolrNodes(SolrSettings settings) {
        for (String url : settings.urls()) {
            nodes.add(new Node(url, client(url, settings.connectTimeout().toMillis(), settings.requestTimeout().toMillis()),
                    client(url, settings.connectTimeout().toMillis(), settings.writeTimeout().toMillis())));
        }
    }

    private static HttpJdkSolrClient client(String url, long connectMillis, long answerMillis) {
        return new HttpJdkSolrClient.Builder(url)
                .withConnectionTimeout(connectMillis, TimeUnit.MILLISECONDS)
                .withIdleTimeout(answerMillis, TimeUnit.MILLISECONDS)
                .withRequestTimeout(answerMillis, TimeUnit.MILLISECONDS)
                .build();
    }

    int size() {
        return nodes.size();
    }

    /** How many times a request is sent round the nodes while the cluster answers that it is not ready (5xx). */
    static final int ROUNDS = 4;

    /**
     * Sends {@code request} (to {@code collection}, or null for a node-level request) to the first node that answers.
     * While nodes answer but cannot serve yet (a replica recovering, a leader being elected after a node died), the
     * request is sent round again after a pause.
     */
    NamedList<Object> send(SolrRequest<?> request, String collection) {
        for (int round = 1; ; round++) {
            try {
                return sendOnce(request, collection);
            } catch (NotReady e) {
                if (round == ROUNDS) throw new UncheckedIOException(new IOException(e.getMessage(), e.getCause()));
                try {
                    Thread.sleep(1000L * round);
                } catch (InterruptedException interrupted) {
                    Thread.currentThread().interrupt();
                    throw new UncheckedIOException(new IOException("interrupted while Solr was not ready", interrupted));
                }
            }
        }
    }

    /** Every node failed, the last one answering that it could not serve. */
    private static final class NotReady extends RuntimeException {
        NotReady(String message, Throwable cause) {
            super(message, cause);
        }
    }

    private NamedList<Object> sendOnce(SolrRequest<?> request, String collection) {
        long now = System.nanoTime();
        int start = Math.floorMod(next.getAndIncrement(), nodes.size());
        List<Node> order = new ArrayList<>(nodes.size());
        for (int i = 0; i < nodes.size(); i++) {
            Node n = nodes.get((start + i) % nodes.size());
            if (n.up(now)) order.add(n);
        }
        // when every node failed lately, try them all rather than fail without asking
        if (order.isEmpty()) for (int i = 0; i < nodes.size(); i++) order.add(nodes.get((start + i) % nodes.size()));
        RuntimeException last = null;
        for (Node n : order) {
            try {
                boolean query = request instanceof QueryRequest;
                NamedList<Object> answer = (query ? n.client : n.patient).request(request, collection);
                n.downUntil = 0;
                return answer;
            } catch (SolrServerException | IOException e) {
                last = unavailable(n, e);
            } catch (SolrException e) {
                // a 4xx is the request's fault and would fail on every node; a 5xx is this node's trouble
                if (e.code() < 500) {
                    if (last != null) e.addSuppressed(last);
                    throw e;
                }
                n.downUntil = System.nanoTime() + RETRY_AFTER_NANOS;
                last = new NotReady("Solr node " + n.url + " cannot serve: " + e.getMessage(), e);
            }
        }
        throw last;
    }

    private RuntimeException unavailable(Node n, Exception e) {
        n.downUntil = System.nanoTime() + RETRY_AFTER_NANOS;
        return new UncheckedIOException(new IOException("Solr node " + n.url + " did not answer: " + e.getMessage(), e));
    }

    /** Asks every node whether it is up; returns how many answered. */
    int probe(SolrRequest<?> request) {
        int live = 0;
        for (Node n : nodes) {
            try {
                n.client.request(request, null);
                live++;
            } catch (SolrServerException | IOException | SolrException e) {
                n.downUntil = System.nanoTime() + RETRY_AFTER_NANOS;
            }
        }
        return live;
    }

    @Override
    public void close() {
        for (Node n : nodes) {
            try {
                n.client.close();
                n.patient.close();
            } catch (IOException e) {
                // closing a client only drops idle connections
            }
        }
    }
}
