package org.menagerie.store;

class JdbcPublicationStoreTest extends PublicationStoreContract {
    @Override
    protected H2.Opened openDatabase() {
        return h2();
    }
}
