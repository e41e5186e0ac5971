-- PostgreSQL variant of db/migration/V5__alerts.sql. The same types and lengths on purpose: a document too long for one
-- database is too long for the other, so both stores refuse the same writes.
-- Resurfacing alerts and the sightings analysts confirm from them. One alert per item and case, so a re-run or a
-- restarted worker never doubles one; a sighting is its own record, the case itself is not rewritten.
CREATE TABLE alert (
    id         VARCHAR(64)      NOT NULL PRIMARY KEY,
    item_id    VARCHAR(300)     NOT NULL,
    case_id    VARCHAR(160)     NOT NULL,
    outlet     VARCHAR(300),
    url        VARCHAR(2000),
    sentence   VARCHAR(2000)    NOT NULL,
    confidence DOUBLE PRECISION NOT NULL,
    level      VARCHAR(16)      NOT NULL,
    reasons    VARCHAR(1000),
    raised     TIMESTAMP        NOT NULL,
    state      VARCHAR(16)      NOT NULL,
    decided_by VARCHAR(160),
    decided_at TIMESTAMP,
    CONSTRAINT alert_item_case UNIQUE (item_id, case_id)
);

CREATE INDEX alert_raised ON alert (raised);
CREATE INDEX alert_case ON alert (case_id);

CREATE TABLE sighting (
    alert_id     VARCHAR(64)   NOT NULL PRIMARY KEY REFERENCES alert (id),
    case_id      VARCHAR(160)  NOT NULL,
    outlet       VARCHAR(300),
    url          VARCHAR(2000),
    seen         TIMESTAMP     NOT NULL,
    language     VARCHAR(8),
    sentence     VARCHAR(2000) NOT NULL,
    confirmed_by VARCHAR(160)  NOT NULL,
    confirmed_at TIMESTAMP     NOT NULL
);

CREATE INDEX sighting_case ON sighting (case_id, seen);
