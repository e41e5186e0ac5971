package org.menagerie.store;

import org.menagerie.catalog.CaseStore;

/** The case store contract on a real PostgreSQL 15 server (store/PostgresServer); a second pool on the same database stands for another node. */
class PostgresCaseStoreIT extends CaseStoreContract {
    private Postgres.Settings database;

    @Override
    protected CaseStore create() {
        database = PostgresServer.shared().freshDatabase();
        return Postgres.open(database);
    }

    @Override
    protected CaseStore reopen() {
        return Postgres.open(database);
    }
}
