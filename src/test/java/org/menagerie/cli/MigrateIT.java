package org.menagerie.cli;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.menagerie.store.Postgres;
import org.menagerie.store.PostgresServer;

/** menagerie migrate from an embedded workspace into a real PostgreSQL server. */
class MigrateIT {
    @TempDir Path dir;

    @Test
    void copiesAnEmbeddedWorkspaceIntoPostgresOnceWithHistory() throws Exception {
        Postgres.Settings db = PostgresServer.shared().freshDatabase();
        MigrateScenario.run(dir, "store=postgres\nsearch.vectors=false\npostgres.url=" + db.url() + "\npostgres.user=" + db.user()
                + "\npostgres.password=" + db.password() + "\n");
    }
}
