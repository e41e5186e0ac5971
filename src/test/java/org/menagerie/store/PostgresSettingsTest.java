package org.menagerie.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.Test;

class PostgresSettingsTest {
    private static Properties settings(String... pairs) {
        Properties p = new Properties();
        for (int i = 0; i < pairs.length; i += 2) p.setProperty(pairs[i], pairs[i + 1]);
        return p;
    }

    @Test
    void readsTheSettingsAndTheEnvironmentWins() {
        Properties p = settings("postgres.url", "jdbc:postgresql://a:5432/x", "postgres.user", "u", "postgres.password", "p",
                "postgres.pool-size", "4");

        Postgres.Settings s = Postgres.Settings.from(p, Map.of("MENAGERIE_POSTGRES_URL", "jdbc:postgresql://b:6543/y",
                "MENAGERIE_POSTGRES_PASSWORD", "secret", "MENAGERIE_POSTGRES_CONNECT_TIMEOUT_MS", "1500"));

        assertThat(s).isEqualTo(new Postgres.Settings("jdbc:postgresql://b:6543/y", "u", "secret", 4, 1500));
    }

    @Test
    void aMissingUrlIsRefusedNamingTheSettingAndTheVariable() {
        assertThatThrownBy(() -> Postgres.Settings.from(settings("postgres.user", "u"), Map.of()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("postgres.url").hasMessageContaining("MENAGERIE_POSTGRES_URL");
        assertThatThrownBy(() -> Postgres.Settings.from(settings("postgres.url", "jdbc:h2:mem:x"), Map.of()))
                .hasMessageContaining("jdbc:postgresql:");
    }

    @Test
    void thePasswordIsNeverPrinted() {
        Postgres.Settings s = new Postgres.Settings("jdbc:postgresql://a/x", "u", "hunter2-secret");

        assertThat(s.toString()).contains("jdbc:postgresql://a/x").doesNotContain("hunter2");
    }

    @Test
    void anUnreachableServerIsAStoreExceptionNamingTheUrl() {
        // Port 9 on loopback: nothing listens there; the failure must come back as one clear line, not a pool dump.
        Postgres.Settings s = new Postgres.Settings("jdbc:postgresql://127.0.0.1:9/none", "u", "p", 2, 1000);

        assertThatThrownBy(() -> Postgres.openAll(s)).isInstanceOf(StoreException.class)
                .hasMessageStartingWith("cannot open the PostgreSQL store at jdbc:postgresql://127.0.0.1:9/none: ")
                .hasMessageNotContaining("\n");
    }
}
