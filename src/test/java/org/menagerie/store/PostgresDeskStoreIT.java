package org.menagerie.store;

class PostgresDeskStoreIT extends DeskStoreContract {
    @Override
    protected H2.Opened openDatabase() {
        return postgres();
    }
}
