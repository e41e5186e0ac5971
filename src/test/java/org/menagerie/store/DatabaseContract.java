package org.menagerie.store;

import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/**
 * The base of the contracts for the tables beside the catalog: each test gets a new, migrated database, and each
 * database's subclass says how to open and release one.
 */
public abstract class DatabaseContract {
    protected DataSource db;
    private Runnable release;

    /** A new, empty, migrated database and what releases it. */
    protected abstract H2.Opened openDatabase();

    @BeforeEach
    void openDb() {
        H2.Opened opened = openDatabase();
        db = opened.tables();
        release = opened.close();
    }

    @AfterEach
    void closeDb() {
        release.run();
    }

    /** A fresh in-memory H2 database (the embedded subclasses). */
    static H2.Opened h2() {
        return H2.memory();
    }

    /** A fresh database on the shared PostgreSQL test server (the {@code *IT} subclasses). */
    static H2.Opened postgres() {
        return Postgres.openAll(PostgresServer.shared().freshDatabase());
    }
}
