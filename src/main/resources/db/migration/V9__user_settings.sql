-- What each account wants to hear about: how often, where (e-mail, webhooks), and what (saved searches, watched cases
-- and narratives). Dialect-neutral SQL: runs on H2 2.x and PostgreSQL.
CREATE TABLE user_settings (
    account_name    VARCHAR(160) NOT NULL PRIMARY KEY REFERENCES account (name) ON DELETE CASCADE,
    frequency       VARCHAR(16)  NOT NULL,
    email           VARCHAR(320),
    feed_token_hash VARCHAR(64),
    updated         TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE UNIQUE INDEX user_settings_by_feed_token ON user_settings (feed_token_hash);

-- A saved search (kind SEARCH, target the query) or a watched case or narrative (target its id).
CREATE TABLE standing_query (
    owner     VARCHAR(160)  NOT NULL REFERENCES account (name) ON DELETE CASCADE,
    id        VARCHAR(160)  NOT NULL,
    kind      VARCHAR(16)   NOT NULL,
    target    VARCHAR(2000) NOT NULL,
    languages VARCHAR(200)  NOT NULL,
    outlets   VARCHAR(2000) NOT NULL,
    PRIMARY KEY (owner, id)
);

-- A webhook endpoint; its secret signs every delivery (HMAC-SHA256), so it is kept as given.
CREATE TABLE webhook_endpoint (
    owner   VARCHAR(160)  NOT NULL REFERENCES account (name) ON DELETE CASCADE,
    url     VARCHAR(2000) NOT NULL,
    secret  VARCHAR(200)  NOT NULL,
    created TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (owner, url)
);
