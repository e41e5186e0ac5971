package org.menagerie.store;

class JdbcLoginThrottleTest extends LoginThrottleContract {
    @Override
    protected H2.Opened openDatabase() {
        return h2();
    }
}
