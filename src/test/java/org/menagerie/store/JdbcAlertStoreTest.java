package org.menagerie.store;

class JdbcAlertStoreTest extends AlertStoreContract {
    @Override
    protected H2.Opened openDatabase() {
        return h2();
    }
}
