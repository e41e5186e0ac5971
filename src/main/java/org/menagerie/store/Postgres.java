package org.menagerie.store;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;

/**
 * Opens the PostgreSQL store: a pool of connections to the database the settings name, migrated with the PostgreSQL
 * scripts (same versions and names as the embedded ones). Every part of an installation shares the one pool.
 *
 * <p>The pool is HikariCP rather than the driver's own data source: PGSimpleDataSource opens a new connection (a new
 * server process) for every request, and nothing would notice a connection broken by a server restart. Hikari tests a
 * connection before handing it out after idling, replaces broken ones, and bounds the wait for one, so requests
 * during an outage fail after a known time and the pool heals by itself when the server is back.
 */
public final class Postgres {
    /**
     * The same migrations as the embedded store's: every script is written in the SQL both databases read, with the
     * same types and lengths, so both stores refuse the same writes and one history describes both schemas. A change
     * that needs dialects of its own would add a vendor folder beside it ({@code db/migration/{vendor}}).
     */
    public static final String MIGRATIONS = "classpath:db/migration";

    private Postgres() {}

    /**
     * Connection settings: {@code postgres.url} (a {@code jdbc:postgresql://} URL), {@code postgres.user},
     * {@code postgres.password}, and the pool's {@code postgres.pool-size} and {@code postgres.connect-timeout-ms}.
     *
     * @param connectTimeoutMillis how long a request waits for a connection before it fails (also while the server is down)
     */
    public record Settings(String url, String user, String password, int poolSize, long connectTimeoutMillis) {
        public Settings {
            if (url == null || url.isBlank()) {
                throw new IllegalArgumentException("store=postgres needs the setting postgres.url (or the environment "
                        + "variable MENAGERIE_POSTGRES_URL), e.g. jdbc:postgresql://db.example:5432/menagerie");
            }
            url = url.strip();
            if (!url.startsWith("jdbc:postgresql:")) {
                throw new IllegalArgumentException("postgres.url must be a jdbc:postgresql: URL, not '" + url + "'");
            }
            if (poolSize < 1) throw new IllegalArgumentException("postgres.pool-size must be positive: " + poolSize);
            if (connectTimeoutMillis < 250) {
                throw new IllegalArgumentException("postgres.connect-timeout-ms must be at least 250: " + connectTimeoutMillis);
            }
        }

        public Settings(String url, String user, String password) {
            this(url, user, password, 10, 5000);
        }

        /** The settings in {@code settings}, each overridden by its {@code MENAGERIE_POSTGRES_*} variable in {@code env}. */
        public static Settings from(Properties settings, Map<String, String> env) {
            return new Settings(value("url", settings, env), value("user", settings, env), value("password", settings, env),
                    Integer.parseInt(orElse(value("pool-size", settings, env), "10")),
                    Long.parseLong(orElse(value("connect-timeout-ms", settings, env), "5000")));
        }

        private static String value(String key, Properties settings, Map<String, String> env) {
            String fromEnv = env.get("MENAGERIE_POSTGRES_" + key.toUpperCase(Locale.ROOT).replace('-', '_'));
            return fromEnv != null && !fromEnv.isBlank() ? fromEnv : settings.getProperty("postgres." + key);
        }

        private static String orElse(String value, String fallback) {
            return value == null || value.isBlank() ? fallback : value.strip();
        }

        // The password never appears in logs or messages.
        @Override
        public String toString() {
            return "Settings[url=" + url + ", user=" + user + ", poolSize=" + poolSize + "]";
        }
    }

    /** The catalog alone over a pool of its own, which closing it releases (as {@link H2#open}). */
    public static JdbcCaseStore open(Settings settings) {
        HikariDataSource pool = migrated(settings);
        return new JdbcCaseStore(pool, pool::close);
    }

    /** Connects, applies pending migrations and returns the catalog and the tables beside it over one pool. */
    public static H2.Opened openAll(Settings settings) {
        HikariDataSource pool = migrated(settings);
        return new H2.Opened(new JdbcCaseStore(pool, () -> {}), pool, pool::close);
    }

    private static HikariDataSource migrated(Settings settings) {
        HikariDataSource pool = pool(settings);
        try {
            Flyway.configure().dataSource(pool).locations(MIGRATIONS).load().migrate();
        } catch (FlywayException | StoreException e) {
            pool.close();
            throw new StoreException("cannot open the PostgreSQL store at " + settings.url() + ": " + rootMessage(e), e);
        } catch (RuntimeException e) {
            pool.close();
            throw e;
        }
        return pool;
    }

    private static HikariDataSource pool(Settings s) {
        HikariConfig config = new HikariConfig();
        config.setPoolName("menagerie-postgres");
        config.setJdbcUrl(s.url());
        if (s.user() != null) config.setUsername(s.user());
        if (s.password() != null) config.setPassword(s.password());
        config.setMaximumPoolSize(s.poolSize());
        config.setConnectionTimeout(s.connectTimeoutMillis());
        config.setValidationTimeout(Math.min(s.connectTimeoutMillis(), 2000));
        // Open lazily: the first use (the migration just after) reports an unreachable server as a StoreException.
        config.setInitializationFailTimeout(-1);
        // A statement hung on a dead server is cut after the socket timeout, so a writer never waits forever.
        config.addDataSourceProperty("socketTimeout", "60");
        config.addDataSourceProperty("connectTimeout", String.valueOf(Math.max(1, s.connectTimeoutMillis() / 1000)));
        config.addDataSourceProperty("ApplicationName", "menagerie");
        return new HikariDataSource(config);
    }

    private static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) t = t.getCause();
        String m = t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
        int nl = m.indexOf('\n');
        return nl < 0 ? m : m.substring(0, nl);
    }
}
