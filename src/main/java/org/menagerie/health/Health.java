package org.menagerie.health;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.LongSupplier;
import org.menagerie.catalog.Check;

/**
 * The health of an installation's back ends: every probe runs at once, each within a time limit (a back end that hangs
 * is reported down, it does not hang the check), and a result is reused for a second so that load balancers polling
 * several times a second cost one probe.
 */
public final class Health {
    /** One back end as the installation uses it. */
    public record Part(String part, String kind, boolean required, Probe probe) {
        public Part {
            Check.notBlank(part, "part");
            Check.notBlank(kind, "kind");
            Check.notNull(probe, "probe");
        }
    }

    /** Every back end's report; up when every required back end is. */
    public record Status(boolean up, List<ProbeReport> reports) {
        public Status {
            reports = List.copyOf(reports);
        }
    }

    private static final long REUSE_NANOS = 1_000_000_000L;
    private static final ExecutorService PROBES = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "menagerie-health-probe");
        t.setDaemon(true);
        return t;
    });

    private final List<Part> parts;
    private final long limitMillis;
    private final LongSupplier clock;
    private Status last;
    private long lastAt;

    public Health(List<Part> parts, long limitMillis) {
        this(parts, limitMillis, System::nanoTime);
    }

    Health(List<Part> parts, long limitMillis, LongSupplier nanoClock) {
        this.parts = List.copyOf(Check.notNull(parts, "parts"));
        if (limitMillis < 1) throw new IllegalArgumentException("limitMillis must be positive: " + limitMillis);
        this.limitMillis = limitMillis;
        this.clock = nanoClock;
    }

    /** The back ends' health, probed now or at most a second ago. */
    public synchronized Status check() {
        long now = clock.getAsLong();
        if (last != null && now - lastAt < REUSE_NANOS) return last;
        List<Future<List<ProbeReading>>> running = new ArrayList<>();
        List<Long> started = new ArrayList<>();
        for (Part p : parts) {
            started.add(System.nanoTime());
            running.add(PROBES.submit(p.probe()::probe));
        }
        List<ProbeReport> reports = new ArrayList<>();
        long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(limitMillis);
        for (int i = 0; i < parts.size(); i++) reports.add(report(parts.get(i), running.get(i), started.get(i), deadline));
        last = new Status(reports.stream().allMatch(r -> r.up() || !r.required()), reports);
        lastAt = clock.getAsLong();
        return last;
    }

    private static ProbeReport report(Part p, Future<List<ProbeReading>> f, long started, long deadline) {
        try {
            List<ProbeReading> readings = f.get(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
            return new ProbeReport(p.part(), p.kind(), p.required(), true, System.nanoTime() - started, readings, null);
        } catch (TimeoutException e) {
            f.cancel(true);
            return down(p, started, "no answer within the time limit");
        } catch (ExecutionException e) {
            Throwable cause = e.getCause() == null ? e : e.getCause();
            return down(p, started, cause.getClass().getSimpleName() + ": " + firstLine(cause.getMessage()));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return down(p, started, "interrupted");
        }
    }

    private static ProbeReport down(Part p, long started, String problem) {
        return new ProbeReport(p.part(), p.kind(), p.required(), false, System.nanoTime() - started, List.of(), problem);
    }

    // Drivers may quote statements or URLs at length: one short line is enough to say what is wrong.
    private static String firstLine(String message) {
        if (message == null) return "no message";
        String line = message.lines().findFirst().orElse("");
        return line.length() <= 200 ? line : line.substring(0, 200) + "…";
    }
}
