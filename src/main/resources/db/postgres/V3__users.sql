-- PostgreSQL variant of db/migration/V3__users.sql. The same types and lengths on purpose: a document too long for one
-- database is too long for the other, so both stores refuse the same writes.
-- Editors' accounts and API tokens; only hashes of secrets are stored.
CREATE TABLE account (
    name          VARCHAR(160) NOT NULL PRIMARY KEY,
    role          VARCHAR(16)  NOT NULL,
    password_hash VARCHAR(200) NOT NULL,
    created       TIMESTAMP    NOT NULL
);

CREATE TABLE api_token (
    token_hash   VARCHAR(64)  NOT NULL PRIMARY KEY,
    account_name VARCHAR(160) NOT NULL REFERENCES account (name) ON DELETE CASCADE,
    label        VARCHAR(200),
    created      TIMESTAMP    NOT NULL
);
