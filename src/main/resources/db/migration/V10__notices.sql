-- The delivery loop's state. An alert a user should hear about waits in notice_pending until the user's frequency
-- says a notice is due; notified records every (user, alert) already sent, so an alert handed on again (at least once)
-- is never sent twice; notice_sent records each notice by its delivery id, the same on every retry.
CREATE TABLE notice_pending (
    account_name VARCHAR(160) NOT NULL REFERENCES account (name) ON DELETE CASCADE,
    alert_id     VARCHAR(64)  NOT NULL REFERENCES alert (id),
    query_id     VARCHAR(160) NOT NULL,
    added        TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (account_name, alert_id)
);

CREATE TABLE notified (
    account_name VARCHAR(160) NOT NULL,
    alert_id     VARCHAR(64)  NOT NULL,
    delivery_id  VARCHAR(64)  NOT NULL,
    sent         TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (account_name, alert_id)
);
CREATE INDEX notified_by_account ON notified (account_name, sent);

CREATE TABLE notice_sent (
    delivery_id  VARCHAR(64)  NOT NULL PRIMARY KEY,
    account_name VARCHAR(160) NOT NULL,
    alerts       INTEGER      NOT NULL,
    sent         TIMESTAMP WITH TIME ZONE NOT NULL
);
