package org.menagerie.store;

class PostgresSessionsIT extends SessionStoreContract {
    @Override
    protected H2.Opened openDatabase() {
        return postgres();
    }
}
