package org.menagerie.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.zip.ZipFile;
import org.h2.api.ErrorCode;
import org.h2.tools.Restore;

/**
 * Online backups of the store and restores from them. A backup is H2's {@code BACKUP TO}: a zip of the database file
 * taken while the store stays open for reads and writes. H2 copies the file together with its transaction log, so the
 * copy is transactionally consistent: it holds every transaction committed before the backup began and no half of one.
 */
public final class Backups {
    private Backups() {}

    /**
     * Backs up the store in {@code storeDir} to the zip {@code out}. In the process that has the store open this joins
     * the open database; otherwise it opens the store for the time of the backup.
     *
     * @throws StoreException when there is no store there, or another process holds it
     */
    public static void backup(Path storeDir, Path out) {
        if (!H2.exists(storeDir)) throw new IllegalArgumentException("no store in " + storeDir);
        Path target = out.toAbsolutePath();
        try {
            if (target.getParent() != null) Files.createDirectories(target.getParent());
            Files.deleteIfExists(target);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + target + ": " + e.getMessage(), e);
        }
        try (Connection c = connect(storeDir); Statement st = c.createStatement()) {
            st.execute("BACKUP TO '" + target.toString().replace("'", "''") + "'");
        } catch (SQLException e) {
            throw failure(storeDir, e);
        }
    }

    /**
     * Restores the backup {@code zip} into the store directory {@code storeDir}, replacing what is there when
     * {@code force}. The store must not be open in any process.
     *
     * @throws IllegalStateException when a store is there and {@code force} is false, or the store is open
     */
    public static void restore(Path zip, Path storeDir, boolean force) {
        if (!Files.isRegularFile(zip)) throw new IllegalArgumentException("no backup file " + zip);
        checkIsBackup(zip);
        if (H2.exists(storeDir)) {
            if (!force) throw new IllegalStateException("a store exists in " + storeDir + "; restore with --force to replace it");
            ensureClosed(storeDir);
            deleteDatabaseFiles(storeDir);
        }
        try {
            Files.createDirectories(storeDir);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create " + storeDir + ": " + e.getMessage(), e);
        }
        Restore.execute(zip.toAbsolutePath().toString(), storeDir.toAbsolutePath().toString(), H2.NAME);
        if (!H2.exists(storeDir)) throw new IllegalArgumentException(zip + " holds no database named " + H2.NAME);
    }

    private static void checkIsBackup(Path zip) {
        try (ZipFile z = new ZipFile(zip.toFile())) {
            if (z.getEntry(H2.NAME + ".mv.db") == null) {
                throw new IllegalArgumentException(zip + " is not a menagerie backup (no " + H2.NAME + ".mv.db inside)");
            }
        } catch (IOException e) {
            throw new IllegalArgumentException(zip + " is not a zip file: " + e.getMessage(), e);
        }
    }

    /** Opening the store exclusively proves that no other process (a running serve) has it. */
    private static void ensureClosed(Path storeDir) {
        try (Connection c = connect(storeDir)) {
            c.createStatement().execute("SHUTDOWN");
        } catch (SQLException e) {
            throw failure(storeDir, e);
        }
    }

    private static Connection connect(Path storeDir) throws SQLException {
        return DriverManager.getConnection("jdbc:h2:file:" + storeDir.toAbsolutePath().resolve(H2.NAME) + ";IFEXISTS=TRUE",
                "menagerie", "");
    }

    private static void deleteDatabaseFiles(Path storeDir) {
        try (var files = Files.list(storeDir)) {
            for (Path f : (Iterable<Path>) files::iterator) {
                if (f.getFileName().toString().startsWith(H2.NAME + ".")) Files.delete(f);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot clear " + storeDir + ": " + e.getMessage(), e);
        }
    }

    private static RuntimeException failure(Path storeDir, SQLException e) {
        if (e.getErrorCode() == ErrorCode.DATABASE_ALREADY_OPEN_1) {
            return new StoreException("the store in " + storeDir + " is open in another process (a running menagerie serve?)", e);
        }
        return new StoreException(e);
    }
}
