package org.menagerie.store;

class JdbcSessionsTest extends SessionStoreContract {
    @Override
    protected H2.Opened openDatabase() {
        return h2();
    }
}
