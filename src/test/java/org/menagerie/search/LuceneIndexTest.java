package org.menagerie.search;

import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;

/** The embedded engine keeps the index contract. */
class LuceneIndexTest extends IndexContract {
    @TempDir
    static Path dir;

    @Override
    protected SearchEngine open(String name, SearchSettings settings) {
        return LuceneIndex.open(dir.resolve(name), settings);
    }
}
