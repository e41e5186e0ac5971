package org.menagerie.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.menagerie.catalog.Case;
import org.menagerie.catalog.CaseStore;
import org.menagerie.catalog.Provenance;
import org.menagerie.catalog.Verdict;
import java.util.concurrent.TimeUnit;

class BackupsTest {
    private static final Provenance P = Provenance.ofFile("test", "cases.jsonl", 1);
    @TempDir Path dir;

    @Test
    void aBackupTakenDuringWritesHoldsEveryCaseCommittedBeforeItStarted() throws Exception {
        Path live = dir.resolve("live");
        Path zip = dir.resolve("backups/b.zip");
        Set<String> committedBeforeBackup;
        try (CaseStore store = H2.open(live)) {
            List<Case> bulk = new java.util.ArrayList<>();
            for (int i = 0; i < 3000; i++) bulk.add(Case.builder("bulk-" + i, "Bulk claim " + i + " " + "x".repeat(500)).verdict(Verdict.FALSE).provenance(P).build());
            store.putAll(bulk, "bulk");
            ConcurrentLinkedQueue<String> committed = new ConcurrentLinkedQueue<>();
            AtomicBoolean stop = new AtomicBoolean();
            CountDownLatch someWritten = new CountDownLatch(50);
            Thread writer = new Thread(() -> {
                for (int i = 0; !stop.get(); i++) {
                    String id = "case-" + i;
                    store.put(Case.builder(id, "Claim number " + i).verdict(Verdict.FALSE).provenance(P).build(), "writer");
                    committed.add(id); // acknowledged: put returned after the commit
                    someWritten.countDown();
                }
            });
            writer.start();
            assertThat(someWritten.await(60, TimeUnit.SECONDS)).as("the writer is writing").isTrue();
            committedBeforeBackup = new HashSet<>(committed);
            Backups.backup(live, zip);
            int atEnd = committed.size();
            // The store stays open for writes: the writer goes on committing after the backup.
            long deadline = System.nanoTime() + 60_000_000_000L;
            while (committed.size() < atEnd + 20 && System.nanoTime() < deadline) Thread.sleep(10);
            stop.set(true);
            writer.join();
            System.out.printf("backup: %d committed before it started, %d when it ended, %d in all%n",
                    committedBeforeBackup.size(), atEnd, committed.size());
            assertThat(committed.size()).as("writes went on after the backup").isGreaterThanOrEqualTo(atEnd + 20);
        }

        Path restored = dir.resolve("restored");
        Backups.restore(zip, restored, false);
        try (CaseStore store = H2.open(restored)) {
            Set<String> ids = new HashSet<>();
            store.forEach(c -> ids.add(c.id()));
            assertThat(ids).containsAll(committedBeforeBackup).hasSizeGreaterThanOrEqualTo(3000 + committedBeforeBackup.size());
            // Consistent: every case in the copy has its revision, and the change log reaches exactly the cases present.
            assertThat(store.changesSince(0, 1_000_000).stream().map(CaseStore.Change::caseId).distinct().toList())
                    .containsExactlyInAnyOrderElementsOf(ids);
            for (String id : committedBeforeBackup) assertThat(store.history(id)).hasSize(1);
        }
    }

    @Test
    void restoreRefusesToReplaceAStoreWithoutForce() {
        Path live = dir.resolve("live");
        Path zip = dir.resolve("b.zip");
        try (CaseStore store = H2.open(live)) {
            store.put(Case.builder("one", "Claim one").verdict(Verdict.FALSE).provenance(P).build(), "t");
            Backups.backup(live, zip);
            store.put(Case.builder("two", "Claim two").verdict(Verdict.FALSE).provenance(P).build(), "t");
        }
        assertThatThrownBy(() -> Backups.restore(zip, live, false)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("--force");
        Backups.restore(zip, live, true);
        try (CaseStore store = H2.open(live)) {
            assertThat(store.get("one")).isPresent();
            assertThat(store.get("two")).isEmpty();
        }
    }

    @Test
    void restoreRefusesAFileThatIsNoBackup() throws Exception {
        Path bogus = Files.writeString(dir.resolve("not.zip"), "hello");
        assertThatThrownBy(() -> Backups.restore(bogus, dir.resolve("x"), false)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("not a zip");
        assertThat(List.of(dir.resolve("x"))).allMatch(p -> !H2.exists(p));
    }
}
