package org.menagerie.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A throwaway PostgreSQL server for tests: the binaries Maven fetched ({@link PostgresBinaries}), a temporary data directory, listening on 127.0.0.1
 * only at a free port, with password authentication for TCP. initdb refuses to run as root, so when the JVM is root
 * the server runs as {@code nobody}. One server is shared by the tests of a JVM and stopped by a shutdown hook; the
 * fault test starts its own to stop and restart it. Missing binaries fail the test, naming the package to install.
 */
public final class PostgresServer {
    public static final String USER = "postgres";
    public static final String PASSWORD = "menagerie-test-password";

    private static PostgresServer shared;

    private final Path bin = PostgresBinaries.bin();
    private final Path home;
    private final Path data;
    private final Path sockets;
    private final int port;
    private final AtomicInteger databases = new AtomicInteger();
    private static final String TEMPLATE = "menagerie_template";
    private boolean running;
    private boolean templated;

    private PostgresServer(Path home, int port) {
        this.home = home;
        this.data = home.resolve("data");
        this.sockets = home.resolve("sockets");
        this.port = port;
    }

    /** The server shared by this JVM's tests, started on first use. */
    public static synchronized PostgresServer shared() {
        if (shared == null) shared = startNew();
        return shared;
    }

    /** A server of its own, initialised and started; stopped at JVM exit at the latest. */
    public static PostgresServer startNew() {
        try {
            Path home = Files.createTempDirectory("menagerie-pg");
            PostgresServer server = new PostgresServer(home, freePort());
            server.init();
            server.start();
            Runtime.getRuntime().addShutdownHook(new Thread(server::stopQuietly, "postgres-stop"));
            return server;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void init() throws IOException {
        Files.createDirectories(sockets);
        Path pwfile = home.resolve("pwfile");
        Files.writeString(pwfile, PASSWORD + "\n", StandardCharsets.UTF_8);
        if (root()) run(List.of("chown", "-R", "nobody:nogroup", home.toString()), false);
        run(List.of(bin.resolve("initdb").toString(), "-D", data.toString(), "-U", USER, "--pwfile=" + pwfile,
                "--auth-host=scram-sha-256", "--auth-local=trust", "-E", "UTF8", "--no-locale", "--no-sync"), true);
    }

    /** Starts the server (again, after {@link #stop}); returns when it accepts connections. */
    public synchronized void start() {
        // fsync off: the tests stop the server, never the machine, so the operating system keeps every write; the
        // server still writes its WAL before each commit returns, so an immediate stop loses no acknowledged commit.
        String options = "-c listen_addresses=127.0.0.1 -p " + port + " -k " + sockets + " -c fsync=off -c max_connections=200";
        run(List.of(bin.resolve("pg_ctl").toString(), "-D", data.toString(), "-l", home.resolve("server.log").toString(),
                "-w", "-t", "60", "-o", options, "start"), true);
        running = true;
    }

    /** Stops the server at once, as a crash would: no checkpoint, open connections cut; a restart replays the WAL. */
    public synchronized void stop() {
        run(List.of(bin.resolve("pg_ctl").toString(), "-D", data.toString(), "-m", "immediate", "-w", "stop"), true);
        running = false;
    }

    private synchronized void stopQuietly() {
        try {
            if (running) stop();
        } catch (RuntimeException ignored) {
            // Exiting anyway.
        }
        try (var all = Files.walk(home)) {
            all.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException ignored) {
            // A temporary folder: the system clears it eventually.
        }
    }

    public int port() {
        return port;
    }

    /**
     * A new, empty database on this server and the settings to open it as a store. It is copied from a template the
     * store's migrations ran on once (a file copy, much faster than migrating each test's database).
     */
    public synchronized Postgres.Settings freshDatabase() {
        if (!templated) {
            createDatabase(TEMPLATE, null);
            Postgres.open(settings(TEMPLATE)).close();
            templated = true;
        }
        String name = "menagerie_" + databases.incrementAndGet();
        createDatabase(name, TEMPLATE);
        return settings(name);
    }

    /** A new database with nothing in it, not even the store's tables. */
    public Postgres.Settings emptyDatabase() {
        String name = "empty_" + databases.incrementAndGet();
        createDatabase(name, null);
        return settings(name);
    }

    private Postgres.Settings settings(String database) {
        return new Postgres.Settings(url(database), USER, PASSWORD, 10, 2000);
    }

    private void createDatabase(String name, String template) {
        try (Connection c = DriverManager.getConnection(url("postgres"), USER, PASSWORD); Statement st = c.createStatement()) {
            st.execute("CREATE DATABASE " + name + (template == null ? "" : " TEMPLATE " + template));
        } catch (SQLException e) {
            throw new IllegalStateException("cannot create database " + name + ": " + e.getMessage(), e);
        }
    }

    public String url(String database) {
        return "jdbc:postgresql://127.0.0.1:" + port + "/" + database;
    }

    private static boolean root() {
        return "root".equals(System.getProperty("user.name"));
    }

    private void run(List<String> command, boolean asServerUser) {
        List<String> full = new ArrayList<>();
        if (asServerUser && root()) full.addAll(List.of("runuser", "-u", "nobody", "--"));
        full.addAll(command);
        try {
            Path out = Files.createTempFile("pg-cmd", ".log");
            Process p = new ProcessBuilder(full).redirectErrorStream(true).redirectOutput(out.toFile()).start();
            if (!p.waitFor(120, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                throw new IllegalStateException("timed out: " + String.join(" ", command));
            }
            String output = Files.readString(out);
            Files.deleteIfExists(out);
            if (p.exitValue() != 0) {
                String log = Files.exists(home.resolve("server.log")) ? Files.readString(home.resolve("server.log")) : "";
                throw new IllegalStateException("failed (exit " + p.exitValue() + "): " + String.join(" ", command)
                        + "\n" + output + "\n" + log);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted: " + String.join(" ", command), e);
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return s.getLocalPort();
        }
    }
}
