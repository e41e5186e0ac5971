package org.menagerie.web;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.menagerie.health.Health;
import org.menagerie.health.ProbeReading;
import org.menagerie.health.ProbeReport;

/**
 * /health (JSON, 503 while a required back end is down, so that a load balancer takes the node out) and /metrics
 * (Prometheus text: requests, memory and each back end's probe). Neither is shed under load: an overloaded node must
 * still say how it is.
 */
final class HealthRoutes {
    private final Site site;
    private final Metrics metrics;
    private final Shedding shedding;

    HealthRoutes(Site site, Metrics metrics, Shedding shedding) {
        this.site = site;
        this.metrics = metrics;
        this.shedding = shedding;
    }

    void register(RoutesConfig r) {
        r.get("/health", this::health);
        r.get("/metrics", ctx -> ctx.contentType("text/plain; version=0.0.4; charset=utf-8")
                .result(metrics.scrape() + shedding.scrape() + prometheus(site.health().check())));
    }

    private void health(Context ctx) {
        Health.Status status = site.health().check();
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("status", status.up() ? "ok" : "down");
        if (status.up()) body.put("cases", site.cases().count());
        Map<String, Object> backends = new LinkedHashMap<>();
        for (ProbeReport r : status.reports()) backends.put(r.part(), json(r));
        body.put("backends", backends);
        ctx.header("Cache-Control", "no-store");
        ctx.status(status.up() ? 200 : 503).json(body);
    }

    private static Map<String, Object> json(ProbeReport r) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("kind", r.kind());
        out.put("required", r.required());
        out.put("up", r.up());
        out.put("latencyMs", Math.round(r.latencyNanos() / 10_000.0) / 100.0);
        if (r.problem() != null) out.put("problem", r.problem());
        Map<String, List<Map<String, Object>>> labelled = new TreeMap<>();
        for (ProbeReading x : r.readings()) {
            if (x.labels().isEmpty()) {
                out.put(camel(x.name()), x.value());
            } else {
                Map<String, Object> entry = new LinkedHashMap<>(x.labels());
                entry.put("value", x.value());
                labelled.computeIfAbsent(camel(x.name()), k -> new ArrayList<>()).add(entry);
            }
        }
        out.putAll(labelled);
        return out;
    }

    /** menagerie_backend_up, menagerie_backend_probe_seconds, and one gauge per reading: menagerie_PART_NAME. */
    static String prometheus(Health.Status status) {
        StringBuilder b = new StringBuilder();
        b.append("# HELP menagerie_backend_up Whether the back end answered its probe (1) or not (0).\n");
        b.append("# TYPE menagerie_backend_up gauge\n");
        for (ProbeReport r : status.reports()) {
            b.append("menagerie_backend_up{part=\"").append(r.part()).append("\",kind=\"").append(r.kind())
                    .append("\",required=\"").append(r.required()).append("\"} ").append(r.up() ? 1 : 0).append('\n');
        }
        b.append("# HELP menagerie_backend_probe_seconds How long the back end took to answer its probe.\n");
        b.append("# TYPE menagerie_backend_probe_seconds gauge\n");
        for (ProbeReport r : status.reports()) {
            b.append("menagerie_backend_probe_seconds{part=\"").append(r.part()).append("\",kind=\"").append(r.kind())
                    .append("\"} ").append(r.latencyNanos() / 1e9).append('\n');
        }
        Map<String, List<String>> gauges = new TreeMap<>();
        for (ProbeReport r : status.reports()) {
            for (ProbeReading x : r.readings()) {
                StringBuilder line = new StringBuilder("{kind=\"").append(escape(r.kind())).append('"');
                x.labels().forEach((k, v) -> line.append(',').append(k).append("=\"").append(escape(v)).append('"'));
                gauges.computeIfAbsent("menagerie_" + r.part() + "_" + x.name(), k -> new ArrayList<>())
                        .add(line.append("} ").append(x.value()).toString());
            }
        }
        gauges.forEach((name, lines) -> {
            b.append("# TYPE ").append(name).append(" gauge\n");
            for (String l : lines) b.append(name).append(l).append('\n');
        });
        return b.toString();
    }

    private static String camel(String name) {
        StringBuilder b = new StringBuilder();
        boolean up = false;
        for (char c : name.toCharArray()) {
            if (c == '_') {
                up = true;
            } else {
                b.append(up ? Character.toUpperCase(c) : c);
                up = false;
            }
        }
        return b.toString();
    }

    private static String escape(String s) {
        return s.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n");
    }
}
