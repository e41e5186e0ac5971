package org.menagerie.store;

class JdbcSubscriptionsTest extends SubscriptionsContract {
    @Override
    protected H2.Opened openDatabase() {
        return h2();
    }
}
