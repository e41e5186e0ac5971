package org.menagerie.cli;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MigrateCommandTest {
    @TempDir Path dir;

    @Test
    void copiesAnEmbeddedWorkspaceIntoAnotherEmbeddedOneOnceWithHistory() throws Exception {
        MigrateScenario.run(dir, "store=h2\nsearch.vectors=false\n");
    }
}
