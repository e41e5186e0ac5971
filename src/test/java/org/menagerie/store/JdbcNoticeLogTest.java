package org.menagerie.store;

class JdbcNoticeLogTest extends NoticeLogContract {
    @Override
    protected H2.Opened openDatabase() {
        return h2();
    }
}
