package org.menagerie.store;

class PostgresAlertStoreIT extends AlertStoreContract {
    @Override
    protected H2.Opened openDatabase() {
        return postgres();
    }
}
