package org.menagerie.lab.cli;

import java.nio.file.Path;
import java.util.List;
import org.menagerie.catalog.Case;
import org.menagerie.check.Checker;
import org.menagerie.embedding.Embedder;
import org.menagerie.search.Search;
import org.menagerie.search.SearchSettings;
import org.menagerie.store.memory.MemoryCaseStore;

/**
 * A checker over a chosen set of cases (a catalog with some claims withheld, say), through its own search index under
 * {@code dir}, so evaluations check through the same retrieval path as the product. The index keeps its vectors, so a
 * second run over the same cases embeds nothing.
 */
record ScratchChecker(Checker checker, Search search, MemoryCaseStore store) implements AutoCloseable {

    static ScratchChecker over(List<Case> cases, Path dir, String name) {
        MemoryCaseStore store = new MemoryCaseStore();
        store.putAll(cases, "import:scratch");
        Search search = Search.open(dir.resolve("index-" + name), store, SearchSettings.defaults(), Embedder.e5Small());
        return new ScratchChecker(Checker.over(search, store), search, store);
    }

    @Override
    public void close() {
        search.close();
    }
}
