package org.menagerie.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import org.junit.jupiter.api.Test;

class StoreExceptionTest {

    @Test
    void aDatabaseThatCannotBeReachedIsUnavailableSoTheWebAsksClientsToRetry() {
        assertThat(new StoreException(new SQLTransientConnectionException("pool timed out")).unavailable()).isTrue();
        assertThat(new StoreException(new SQLException("connection refused", "08001")).unavailable()).isTrue();
        assertThat(new StoreException(new SQLException("terminating connection due to administrator command", "57P01"))
                .unavailable()).isTrue();
        assertThat(new StoreException(new SQLException("wrapper", new SQLException("reset", "08006"))).unavailable()).isTrue();
    }

    @Test
    void aStatementTheDatabaseRefusedIsAFailureNotAnOutage() {
        StoreException e = new StoreException(new SQLException("value too long for type character varying(160)\nDetail: ...", "22001"));
        assertThat(e.unavailable()).isFalse();
        assertThat(e.getMessage()).startsWith("store failure: ").doesNotContain("\n");
        assertThat(new StoreException("the store is open in another process", null).unavailable()).isFalse();
    }
}
