package org.menagerie.search;

import org.menagerie.store.memory.MemoryCaseStore;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.menagerie.catalog.Case;

/**
 * The writer side of {@link IndexCrashIT}, run in its own JVM: applies a fixed script of store writes (every real case
 * created, some updated, some deleted) in chunks, catching the index up after each, until it is killed.
 */
public final class IndexingProcess {
    static final int CHUNK = 100;

    /** The script: the same steps in the same order every time, so that a second store gets the same sequence. */
    static List<Consumer<MemoryCaseStore>> script() {
        List<Case> cases = new ArrayList<>(RealCases.rofact());
        cases.addAll(RealCases.euvsdisinfo());
        List<Consumer<MemoryCaseStore>> steps = new ArrayList<>();
        for (Case c : cases) steps.add(s -> s.put(c, "test"));
        for (int i = 0; i < cases.size(); i += 10) {
            Case c = cases.get(i);
            steps.add(s -> s.put(c.toBuilder().summary("Revised: " + c.claim()).keywords(List.of("revised")).build(), "test"));
        }
        for (int i = 5; i < cases.size(); i += 25) {
            String id = cases.get(i).id();
            steps.add(s -> s.delete(id, "test"));
        }
        return steps;
    }

    static MemoryCaseStore storeAfter(List<Consumer<MemoryCaseStore>> steps) {
        MemoryCaseStore store = new MemoryCaseStore();
        steps.forEach(step -> step.accept(store));
        return store;
    }

    public static void main(String[] args) {
        Path index = Path.of(args[0]);
        List<Consumer<MemoryCaseStore>> steps = script();
        MemoryCaseStore store = new MemoryCaseStore();
        try (Search search = Search.open(index, store, SearchSettings.keywordOnly(), null)) {
            for (int i = 0; i < steps.size(); i++) {
                steps.get(i).accept(store);
                if ((i + 1) % CHUNK == 0 || i == steps.size() - 1) {
                    search.catchUp();
                    System.out.println("applied " + (i + 1));
                    System.out.flush();
                }
            }
        }
        System.out.println("done");
    }
}
