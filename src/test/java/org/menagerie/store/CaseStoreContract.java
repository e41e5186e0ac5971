package org.menagerie.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.menagerie.catalog.Appearance;
import org.menagerie.catalog.Case;
import org.menagerie.catalog.CaseStore;
import org.menagerie.catalog.CaseStore.Change;
import org.menagerie.catalog.CaseStore.Outcome;
import org.menagerie.catalog.CaseStore.Written;
import org.menagerie.catalog.ClaimOutlet;
import org.menagerie.catalog.Narrative;
import org.menagerie.catalog.Provenance;
import org.menagerie.catalog.Revision;
import org.menagerie.catalog.Verdict;

/**
 * What every durable {@link CaseStore} promises: revisions, the change sequence the search index catches up from,
 * atomic batches. Each database's test extends this and says how to open a fresh store, reopen it, and open a second
 * one on the same database as another node would.
 */
public abstract class CaseStoreContract {
    protected CaseStore store;
    private final List<CaseStore> others = new ArrayList<>();

    /** A store over a new, empty database. */
    protected abstract CaseStore create();

    /** A new store over the database {@link #create} made, as a restarted process or another node opens it. */
    protected abstract CaseStore reopen();

    @BeforeEach
    void openStore() {
        store = create();
    }

    @AfterEach
    void closeStores() {
        for (CaseStore other : others) other.close();
        store.close();
    }

    static Case sample(String id, String claim) {
        return Case.builder(id, claim).verdict(Verdict.FALSE).languages(List.of("ro", "en"))
                .countries(List.of("RO")).appearances(List.of(new Appearance("Sputnik", "https://example.org/a", null, null)))
                .provenance(Provenance.ofFile("test", "cases.jsonl", 1)).build();
    }

    @Test
    void createsACaseAndStampsIt() {
        Written w = store.put(sample("test-1", "The moon is made of cheese."), "import:test");

        assertThat(w).isEqualTo(new Written("test-1", Outcome.CREATED, 1, 1));
        Case stored = store.get("test-1").orElseThrow();
        assertThat(stored.created()).isNotNull().isEqualTo(stored.updated());
        assertThat(stored.changedFrom(sample("test-1", "The moon is made of cheese."))).isEmpty();
        assertThat(store.count()).isEqualTo(1);
        assertThat(store.lastSeq()).isEqualTo(1);
    }

    @Test
    void anIdenticalCaseIsUnchangedAndMakesNoRevision() {
        store.put(sample("test-1", "Claim one."), "import:test");
        Case again = sample("test-1", "Claim one.").toBuilder()
                .provenance(Provenance.ofFile("other", "elsewhere.csv", 99)).build();

        Written w = store.put(again, "import:other");

        assertThat(w.outcome()).isEqualTo(Outcome.UNCHANGED);
        assertThat(w.version()).isEqualTo(1);
        assertThat(store.history("test-1")).hasSize(1);
        assertThat(store.lastSeq()).isEqualTo(1);
        assertThat(store.get("test-1").orElseThrow().provenance().dataset()).isEqualTo("test");
    }

    @Test
    void aChangedCaseMakesARevisionNamingTheChangedFields() {
        Case first = sample("test-1", "Claim one.");
        store.put(first, "import:test");
        Case created = store.get("test-1").orElseThrow();

        Written w = store.put(first.toBuilder().verdict(Verdict.MISLEADING).summary("Now with a summary.").build(), "editor:ana");

        assertThat(w).isEqualTo(new Written("test-1", Outcome.UPDATED, 2, 2));
        List<Revision> history = store.history("test-1");
        assertThat(history).extracting(Revision::version).containsExactly(1, 2);
        assertThat(history.get(0).author()).isEqualTo("import:test");
        assertThat(history.get(0).changed()).contains("claim", "verdict", "status");
        assertThat(history.get(1).author()).isEqualTo("editor:ana");
        assertThat(history.get(1).changed()).containsExactly("summary", "verdict");
        assertThat(history.get(1).snapshot().verdict()).isEqualTo(Verdict.MISLEADING);
        Case updated = store.get("test-1").orElseThrow();
        assertThat(updated.created()).isEqualTo(created.created());
        assertThat(updated.updated()).isAfterOrEqualTo(created.updated());
    }

    @Test
    void aBatchReportsEachCaseAndHandlesTheSameIdTwice() {
        store.put(sample("test-2", "Two."), "import:test");

        List<Written> written = store.putAll(List.of(sample("test-1", "One."), sample("test-2", "Two."),
                sample("test-3", "Three."), sample("test-1", "One, corrected.")), "import:test");

        assertThat(written).extracting(Written::outcome)
                .containsExactly(Outcome.CREATED, Outcome.UNCHANGED, Outcome.CREATED, Outcome.UPDATED);
        assertThat(written).extracting(Written::seq).containsExactly(2L, 1L, 3L, 4L);
        assertThat(store.get("test-1").orElseThrow().claim()).isEqualTo("One, corrected.");
        assertThat(store.history("test-1")).extracting(Revision::version).containsExactly(1, 2);
        assertThat(store.count()).isEqualTo(3);
    }

    @Test
    void aBadCaseRollsBackItsWholeBatch() {
        store.put(sample("test-1", "One."), "import:test");
        Case tooLong = sample("test-3", "x".repeat(1_100_000));

        assertThatThrownBy(() -> store.putAll(List.of(sample("test-2", "Two."), sample("test-1", "One, changed."), tooLong), "import:test"))
                .isInstanceOf(StoreException.class);

        assertThat(store.count()).isEqualTo(1);
        assertThat(store.get("test-2")).isEmpty();
        assertThat(store.get("test-1").orElseThrow().claim()).isEqualTo("One.");
        assertThat(store.history("test-1")).hasSize(1);
        assertThat(store.lastSeq()).isEqualTo(1);
        assertThat(store.put(sample("test-2", "Two."), "import:test").seq()).isEqualTo(2);
    }

    @Test
    void changesSinceListsEveryCommittedChangeInOrderIncludingDeletions() {
        store.putAll(List.of(sample("test-1", "One."), sample("test-2", "Two.")), "import:test");
        store.put(sample("test-1", "One, changed."), "editor:ana");
        assertThat(store.delete("test-2", "editor:ana")).isTrue();
        assertThat(store.delete("test-2", "editor:ana")).isFalse();

        assertThat(store.changesSince(0, 100)).containsExactly(new Change(1, "test-1"), new Change(2, "test-2"),
                new Change(3, "test-1"), new Change(4, "test-2"));
        assertThat(store.changesSince(2, 1)).containsExactly(new Change(3, "test-1"));
        assertThat(store.lastSeq()).isEqualTo(4);
        assertThat(store.get("test-2")).isEmpty();
        assertThat(store.history("test-2")).extracting(Revision::changed)
                .last().isEqualTo(List.of("deleted"));
    }

    @Test
    void keepsEverythingAcrossReopening() {
        store.put(sample("test-1", "One."), "import:test");
        store.putNarrative(new Narrative("nato-aggression", "NATO prepares aggression", null, List.of("ro"), null));
        store.putOutlet(new ClaimOutlet("Sputnik", "sputnik.md", "MD"));
        store.close();

        store = reopen();

        assertThat(store.get("test-1")).isPresent();
        assertThat(store.lastSeq()).isEqualTo(1);
        assertThat(store.narratives()).extracting(Narrative::name).containsExactly("NATO prepares aggression");
        assertThat(store.outlets()).containsExactly(new ClaimOutlet("Sputnik", "sputnik.md", "MD"));
    }

    @Test
    void narrativesAndOutletsAreReplacedByKey() {
        store.putNarrative(new Narrative("n1", "First name", null, List.of(), null));
        store.putNarrative(new Narrative("n1", "Second name", "described", List.of("en"), null));
        store.putOutlet(new ClaimOutlet("Sputnik", null, null));
        store.putOutlet(new ClaimOutlet("Sputnik", "sputnik.md", null));

        assertThat(store.narrative("n1").orElseThrow().name()).isEqualTo("Second name");
        assertThat(store.narrative("n2")).isEmpty();
        assertThat(store.outlets()).containsExactly(new ClaimOutlet("Sputnik", "sputnik.md", null));
    }

    @Test
    void visitsEveryCaseInIdOrderAcrossPages() {
        List<Case> cases = new ArrayList<>();
        for (int i = 1200; i > 0; i--) cases.add(sample(String.format("test-%05d", i), "Claim " + i));
        store.putAll(cases, "import:test");

        List<String> seen = new ArrayList<>();
        store.forEach(c -> seen.add(c.id()));

        assertThat(seen).hasSize(1200).isSorted().doesNotHaveDuplicates();
    }

    @Test
    void twoNodesWritingAtOnceNumberEveryChangeOnceAndReadersNeverSeeAGap() throws Exception {
        CaseStore second = reopen();
        others.add(second);
        int perWriter = 60;
        AtomicBoolean writing = new AtomicBoolean(true);
        Set<String> problems = ConcurrentHashMap.newKeySet();
        ExecutorService pool = Executors.newFixedThreadPool(5);
        try {
            List<Future<?>> writers = new ArrayList<>();
            for (int w = 0; w < 4; w++) {
                CaseStore node = w % 2 == 0 ? store : second;
                int writer = w;
                writers.add(pool.submit(() -> {
                    for (int i = 0; i < perWriter; i++) {
                        node.putAll(List.of(sample("w" + writer + "-" + i, "Claim " + i), sample("w" + writer + "-" + i + "b", "B " + i)), "import:w" + writer);
                    }
                }));
            }
            // A reader catching up as the index does: whatever it sees must continue exactly where it left off.
            Future<?> reader = pool.submit(() -> {
                long seen = 0;
                while (writing.get() || seen < store.lastSeq()) {
                    for (Change ch : store.changesSince(seen, 50)) {
                        if (ch.seq() != seen + 1) problems.add("after " + seen + " came " + ch.seq());
                        seen = ch.seq();
                    }
                }
                return null;
            });
            for (Future<?> f : writers) f.get(2, TimeUnit.MINUTES);
            writing.set(false);
            reader.get(2, TimeUnit.MINUTES);
        } finally {
            pool.shutdownNow();
        }

        long expected = 4L * perWriter * 2;
        assertThat(problems).isEmpty();
        assertThat(store.lastSeq()).isEqualTo(expected);
        assertThat(second.lastSeq()).isEqualTo(expected);
        assertThat(store.changesSince(0, 10_000)).extracting(Change::seq).hasSize((int) expected).doesNotHaveDuplicates().isSorted();
        assertThat(store.count()).isEqualTo(expected);
    }

    @Test
    void aNewCaseTooLongForTheStoreIsRefusedWithAStoreException() {
        assertThatThrownBy(() -> store.put(sample("test-long", "y".repeat(1_100_000)), "import:test"))
                .isInstanceOf(StoreException.class).hasMessageStartingWith("store failure: ");
        assertThat(store.lastSeq()).isZero();
    }
}
