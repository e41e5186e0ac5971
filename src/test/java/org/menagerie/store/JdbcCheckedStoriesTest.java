package org.menagerie.store;

class JdbcCheckedStoriesTest extends CheckedStoriesContract {
    @Override
    protected H2.Opened openDatabase() {
        return h2();
    }
}
