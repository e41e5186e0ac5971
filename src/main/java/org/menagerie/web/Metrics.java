package org.menagerie.web;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.lang.management.MemoryUsage;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.DoubleAdder;
import java.util.concurrent.atomic.LongAdder;

/** Request counts and latencies by route, and JVM memory, in the Prometheus text exposition format. */
final class Metrics {
    private record Key(String method, String route, int status) {}

    private static final class Series {
        final LongAdder count = new LongAdder();
        final DoubleAdder seconds = new DoubleAdder();
    }

    private final Map<Key, Series> series = new ConcurrentHashMap<>();

    void record(String method, String route, int status, long nanos) {
        Series s = series.computeIfAbsent(new Key(method, route, status), k -> new Series());
        s.count.increment();
        s.seconds.add(nanos / 1e9);
    }

    String scrape() {
        StringBuilder b = new StringBuilder();
        b.append("# HELP http_requests_total Requests served, by method, route and status.\n");
        b.append("# TYPE http_requests_total counter\n");
        Map<String, Series> sorted = new TreeMap<>();
        series.forEach((k, s) -> sorted.put("method=\"" + k.method() + "\",route=\"" + escape(k.route())
                + "\",status=\"" + k.status() + "\"", s));
        sorted.forEach((labels, s) -> b.append("http_requests_total{").append(labels).append("} ").append(s.count.sum()).append('\n'));
        b.append("# HELP http_request_duration_seconds Time spent serving requests, by method, route and status.\n");
        b.append("# TYPE http_request_duration_seconds summary\n");
        sorted.forEach((labels, s) -> {
            b.append("http_request_duration_seconds_count{").append(labels).append("} ").append(s.count.sum()).append('\n');
            b.append("http_request_duration_seconds_sum{").append(labels).append("} ").append(s.seconds.sum()).append('\n');
        });
        MemoryMXBean mem = ManagementFactory.getMemoryMXBean();
        b.append("# HELP jvm_memory_used_bytes Memory in use, by area.\n# TYPE jvm_memory_used_bytes gauge\n");
        memory(b, "jvm_memory_used_bytes", mem.getHeapMemoryUsage().getUsed(), mem.getNonHeapMemoryUsage().getUsed());
        b.append("# HELP jvm_memory_committed_bytes Memory committed, by area.\n# TYPE jvm_memory_committed_bytes gauge\n");
        memory(b, "jvm_memory_committed_bytes", mem.getHeapMemoryUsage().getCommitted(), mem.getNonHeapMemoryUsage().getCommitted());
        MemoryUsage heap = mem.getHeapMemoryUsage();
        b.append("# HELP jvm_memory_max_bytes Maximum heap.\n# TYPE jvm_memory_max_bytes gauge\n");
        b.append("jvm_memory_max_bytes{area=\"heap\"} ").append(heap.getMax()).append('\n');
        return b.toString();
    }

    private static void memory(StringBuilder b, String name, long heap, long nonHeap) {
        b.append(name).append("{area=\"heap\"} ").append(heap).append('\n');
        b.append(name).append("{area=\"nonheap\"} ").append(nonHeap).append('\n');
    }

    private static String escape(String s) {
        return s.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n");
    }
}
