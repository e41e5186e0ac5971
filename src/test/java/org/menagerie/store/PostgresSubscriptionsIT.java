package org.menagerie.store;

class PostgresSubscriptionsIT extends SubscriptionsContract {
    @Override
    protected H2.Opened openDatabase() {
        return postgres();
    }
}
