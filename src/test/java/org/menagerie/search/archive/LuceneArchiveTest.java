package org.menagerie.search.archive;

import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;
import org.menagerie.archive.ArticleIndex;
import org.menagerie.archive.ArticleIndexContract;

/** The embedded article index keeps the archive's contract. */
class LuceneArchiveTest extends ArticleIndexContract {
    @TempDir
    static Path dir;

    @Override
    protected ArticleIndex open(String name) {
        return LuceneArchive.open(dir.resolve(name));
    }
}
