package org.menagerie.store;

import java.net.URI;

/**
 * How to back up and restore a PostgreSQL store: with PostgreSQL's own tools, which the server's operator runs. The
 * commands are filled in from the store's settings so that they can be pasted as they are.
 */
public final class PostgresBackups {
    private PostgresBackups() {}

    /** Where the store is: host, port and database of a {@code jdbc:postgresql://} URL. */
    public record Target(String host, int port, String database, String user) {
        public static Target of(Postgres.Settings s) {
            URI uri = URI.create(s.url().substring("jdbc:".length()));
            String path = uri.getPath() == null ? "" : uri.getPath().replaceFirst("^/", "");
            return new Target(uri.getHost() == null ? "localhost" : uri.getHost(), uri.getPort() < 0 ? 5432 : uri.getPort(),
                    path.isEmpty() ? "postgres" : path, s.user() == null ? "postgres" : s.user());
        }

        String connection() {
            return "--host=" + host + " --port=" + port + " --username=" + user;
        }
    }

    /** What {@code menagerie backup} says instead of writing a zip. */
    public static String backupAdvice(Target t, String stamp) {
        return """
                This workspace's store is PostgreSQL (database %3$s on %1$s:%2$d); menagerie backup copies only the \
                embedded store, so it wrote nothing.
                Back up the database with PostgreSQL's own tools (they ask for the password or read PGPASSWORD / ~/.pgpass):
                  A consistent dump, taken while menagerie keeps serving:
                    pg_dump %4$s --format=custom --file=menagerie-%5$s.dump %3$s
                  Point-in-time recovery (continuous WAL archiving plus base backups), set once on the server:
                    postgresql.conf: wal_level = replica, archive_mode = on,
                                     archive_command = 'test ! -f /var/backups/menagerie/wal/%%f && cp %%p /var/backups/menagerie/wal/%%f'
                    then regularly: pg_basebackup %4$s --pgdata=/var/backups/menagerie/base-%5$s --format=tar --gzip \
                --wal-method=stream --checkpoint=fast
                The search index is not backed up: it is derived, and rebuilt with menagerie reindex.
                """.formatted(t.host(), t.port(), t.database(), t.connection(), stamp);
    }

    /** What {@code menagerie restore} says instead of unpacking a zip into the store directory. */
    public static String restoreAdvice(Target t) {
        return """
                This workspace's store is PostgreSQL (database %3$s on %1$s:%2$d); menagerie restore reads only zips of \
                the embedded store, so it changed nothing.
                Restore with PostgreSQL's own tools, with every menagerie process (serve, watch, worker) stopped:
                  From a dump written by pg_dump --format=custom:
                    pg_restore %4$s --dbname=%3$s --clean --if-exists --no-owner menagerie-YYYYMMDD-HHMMSS.dump
                  To a point in time: restore the base backup into an empty data directory, then in postgresql.conf set
                    restore_command = 'cp /var/backups/menagerie/wal/%%f %%p' and recovery_target_time = 'YYYY-MM-DD HH:MM:SS+00'
                    touch recovery.signal in the data directory and start the server.
                Then rebuild the search index from the restored store: menagerie reindex
                (the restored change sequence is older than the index's, so the index must not just catch up).
                """.formatted(t.host(), t.port(), t.database(), t.connection());
    }
}
