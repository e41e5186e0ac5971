package org.menagerie.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.menagerie.catalog.CaseStore;
import org.menagerie.catalog.CaseStore.Change;

/**
 * PostgreSQL stopped at once (as a crash would) and started again while writers keep writing cases: writes during the
 * outage fail with a clear StoreException, the pool recovers by itself, and no acknowledged write is lost.
 */
class PostgresRestartIT {
    private static PostgresServer server;

    @BeforeAll
    static void start() {
        server = PostgresServer.startNew();
    }

    @AfterAll
    static void stop() {
        server.stop();
    }

    @Test
    void writersSurviveARestartWithClearErrorsAndLoseNoAcknowledgedWrite() throws Exception {
        Postgres.Settings settings = server.freshDatabase();
        Set<String> acknowledged = ConcurrentHashMap.newKeySet();
        Set<String> errorMessages = ConcurrentHashMap.newKeySet();
        List<Throwable> unexpected = new ArrayList<>();
        AtomicInteger failures = new AtomicInteger();
        AtomicLong restartedAt = new AtomicLong(Long.MAX_VALUE);
        AtomicInteger writtenAfterRestart = new AtomicInteger();
        AtomicBoolean writing = new AtomicBoolean(true);

        try (CaseStore store = Postgres.open(settings)) {
            ExecutorService writers = Executors.newFixedThreadPool(3);
            List<Future<?>> running = new ArrayList<>();
            for (int w = 0; w < 3; w++) {
                int writer = w;
                running.add(writers.submit(() -> {
                    for (int i = 0; writing.get(); i++) {
                        String id = "restart-" + writer + "-" + i;
                        try {
                            store.put(CaseStoreContract.sample(id, "Claim " + i + " of writer " + writer), "import:restart");
                            acknowledged.add(id);
                            if (System.nanoTime() > restartedAt.get()) writtenAfterRestart.incrementAndGet();
                        } catch (StoreException e) {
                            failures.incrementAndGet();
                            errorMessages.add(e.getMessage());
                        } catch (RuntimeException e) {
                            synchronized (unexpected) {
                                unexpected.add(e);
                            }
                        }
                        pause(15);
                    }
                    return null;
                }));
            }
            long warm = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
            while (acknowledged.size() < 30 && System.nanoTime() < warm) pause(50);
            int beforeStop = acknowledged.size();
            server.stop();
            pause(4000); // longer than the pool's 2 s connection timeout: writes in between must fail, not hang
            server.start();
            restartedAt.set(System.nanoTime());
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
            while (writtenAfterRestart.get() < 30 && System.nanoTime() < deadline) pause(100);
            writing.set(false);
            for (Future<?> f : running) f.get(1, TimeUnit.MINUTES);
            writers.shutdown();

            assertThat(unexpected).isEmpty();
            assertThat(beforeStop).as("writes before the restart").isPositive();
            assertThat(failures.get()).as("writes refused during the outage").isPositive();
            assertThat(errorMessages).allSatisfy(m -> assertThat(m).startsWith("store unavailable").doesNotContain("\n"));
            assertThat(writtenAfterRestart.get()).as("the pool recovered by itself").isGreaterThanOrEqualTo(30);
        }

        try (CaseStore reopened = Postgres.open(settings)) {
            for (String id : acknowledged) assertThat(reopened.get(id)).as(id).isPresent();
            List<Change> changes = reopened.changesSince(0, 100_000);
            assertThat(changes).extracting(Change::seq).doesNotHaveDuplicates().isSorted();
            assertThat(changes.get(changes.size() - 1).seq()).isEqualTo(changes.size()).isEqualTo(reopened.lastSeq());
            assertThat(reopened.count()).isGreaterThanOrEqualTo(acknowledged.size());
        }
    }

    private static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
