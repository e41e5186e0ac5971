package org.menagerie.store;

import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;
import org.menagerie.catalog.CaseStore;

/** The case store contract on the embedded H2 database; a second store on the same file stands for another node. */
class JdbcCaseStoreTest extends CaseStoreContract {
    @TempDir Path dir;

    @Override
    protected CaseStore create() {
        return H2.open(dir);
    }

    @Override
    protected CaseStore reopen() {
        return H2.open(dir);
    }
}
