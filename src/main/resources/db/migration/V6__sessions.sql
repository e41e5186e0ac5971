-- Editors' sessions and sign-in throttling, kept in the store so that every serve node behind a load balancer sees
-- the same ones and a restart signs no one out. Dialect-neutral SQL: runs on H2 2.x and PostgreSQL.

-- A session is known only by the SHA-256 of its id: the id itself lives in the visitor's cookie. Anonymous sessions
-- (no account) carry the CSRF token of a form such as the sign-in page.
CREATE TABLE web_session (
    id_hash      VARCHAR(64)  NOT NULL PRIMARY KEY,
    csrf         VARCHAR(64)  NOT NULL,
    account_name VARCHAR(160) REFERENCES account (name) ON DELETE CASCADE,
    created      TIMESTAMP WITH TIME ZONE NOT NULL,
    expires      TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX web_session_by_expiry ON web_session (expires);
CREATE INDEX web_session_by_account ON web_session (account_name);

-- Failed sign-ins per account and per client address within a time window that starts with the first failure.
CREATE TABLE login_failure (
    throttle_key VARCHAR(200) NOT NULL PRIMARY KEY,
    failures     INTEGER      NOT NULL,
    window_start TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX login_failure_by_window ON login_failure (window_start);
