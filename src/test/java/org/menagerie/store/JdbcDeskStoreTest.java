package org.menagerie.store;

class JdbcDeskStoreTest extends DeskStoreContract {
    @Override
    protected H2.Opened openDatabase() {
        return h2();
    }
}
