package org.menagerie.store;

class PostgresLoginThrottleIT extends LoginThrottleContract {
    @Override
    protected H2.Opened openDatabase() {
        return postgres();
    }
}
