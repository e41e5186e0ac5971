package org.menagerie.store;

class PostgresNoticeLogIT extends NoticeLogContract {
    @Override
    protected H2.Opened openDatabase() {
        return postgres();
    }
}
