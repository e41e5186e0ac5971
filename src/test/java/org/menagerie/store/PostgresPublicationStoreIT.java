package org.menagerie.store;

class PostgresPublicationStoreIT extends PublicationStoreContract {
    @Override
    protected H2.Opened openDatabase() {
        return postgres();
    }
}
