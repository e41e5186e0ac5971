package org.menagerie;

import java.util.ArrayList;
import java.util.List;
import org.menagerie.catalog.Check;
import org.menagerie.watch.Watcher;
import org.menagerie.worker.Worker;

/**
 * Monitoring's loops running in this process (watcher, checking threads, delivery), started and owned by
 * {@link Menagerie}: {@link #close} (or closing the Menagerie) stops them, letting the poll and the story in hand finish.
 */
public final class MonitoringLoops implements AutoCloseable {
    /** How long {@link #stop} waits for a loop to finish what it holds. */
    private static final long JOIN_MILLIS = 60_000;
    private static final System.Logger LOG = System.getLogger(MonitoringLoops.class.getName());

    private final MonitoringOptions options;
    private final Watcher watcher;
    private final Worker worker;
    private final Runnable deliveryStop;
    private final Runnable deliveryRun;
    private final List<Thread> checking = new ArrayList<>();
    private final List<Thread> others = new ArrayList<>();
    private final Runnable onClose;
    private boolean started, stopped;

    MonitoringLoops(MonitoringOptions options, Watcher watcher, Worker worker, Runnable deliveryRun, Runnable deliveryStop,
                    Runnable onClose) {
        this.options = Check.notNull(options, "options");
        this.watcher = watcher;
        this.worker = worker;
        this.deliveryRun = deliveryRun;
        this.deliveryStop = deliveryStop;
        this.onClose = onClose;
    }

    synchronized MonitoringLoops start() {
        if (started) throw new IllegalStateException("already started");
        started = true;
        if (watcher != null) {
            others.add(thread("watch", () -> {
                try {
                    watcher.run(options.polled());
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }));
        }
        for (int i = 0; worker != null && i < options.checkers(); i++) {
            Thread t = thread("checking-" + i, () -> {
                if (options.drain()) worker.drain(options.batch());
                else worker.run(options.batch());
            });
            checking.add(t);
        }
        if (deliveryRun != null) others.add(thread("delivery", deliveryRun));
        return this;
    }

    private static Thread thread(String name, Runnable r) {
        Thread t = new Thread(() -> {
            try {
                r.run();
            } catch (RuntimeException e) {
                LOG.log(System.Logger.Level.ERROR, name + " stopped: " + e, e);
            }
        }, name);
        t.setDaemon(true);
        t.start();
        return t;
    }

    /** The checking worker of this process, or null when it checks nothing. */
    public Worker worker() {
        return worker;
    }

    public boolean watching() {
        return watcher != null;
    }

    public boolean checking() {
        return worker != null && options.checkers() > 0;
    }

    public boolean delivering() {
        return deliveryRun != null;
    }

    /** Whether any of its loops is still running. */
    public synchronized boolean running() {
        return others.stream().anyMatch(Thread::isAlive) || checking.stream().anyMatch(Thread::isAlive);
    }

    /** Waits until the checking threads end: drained ({@link MonitoringOptions#drain}) or stopped. */
    public void awaitChecking() throws InterruptedException {
        for (Thread t : checking) t.join();
    }

    /** Asks every loop to finish what it holds and waits for them (a minute at most each). */
    public void stop() {
        synchronized (this) {
            if (stopped) return;
            stopped = true;
        }
        if (watcher != null) watcher.stop();
        if (worker != null) worker.stop();
        if (deliveryStop != null) deliveryStop.run();
        List<Thread> all = new ArrayList<>(others);
        all.addAll(checking);
        for (Thread t : all) {
            try {
                t.join(JOIN_MILLIS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
        if (onClose != null) onClose.run();
    }

    @Override
    public void close() {
        stop();
    }
}
