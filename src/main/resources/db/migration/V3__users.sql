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
