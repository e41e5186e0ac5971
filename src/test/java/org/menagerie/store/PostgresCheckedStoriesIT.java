package org.menagerie.store;

class PostgresCheckedStoriesIT extends CheckedStoriesContract {
    @Override
    protected H2.Opened openDatabase() {
        return postgres();
    }
}
