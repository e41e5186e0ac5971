-- PostgreSQL variant of db/migration/V1__catalog.sql. The same types and lengths on purpose: a document too long for one
-- database is too long for the other, so both stores refuse the same writes.
-- The catalog: cases with their revisions, narratives and outlets.

-- A case is stored as its CaseJson document; the columns beside it are what the store queries on.
CREATE TABLE cases (
    id           VARCHAR(160)     NOT NULL PRIMARY KEY,
    version      INTEGER          NOT NULL,
    content_hash VARCHAR(64)      NOT NULL,
    verdict      VARCHAR(32)      NOT NULL,
    status       VARCHAR(16)      NOT NULL,
    dataset      VARCHAR(64)      NOT NULL,
    language     VARCHAR(8),
    created_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    seq          BIGINT           NOT NULL,
    doc          VARCHAR(1000000) NOT NULL
);

-- One row per change to a case (creation, update, deletion), each with the global sequence number of its commit.
CREATE TABLE revisions (
    case_id      VARCHAR(160)     NOT NULL,
    version      INTEGER          NOT NULL,
    seq          BIGINT           NOT NULL,
    author       VARCHAR(200)     NOT NULL,
    committed_at TIMESTAMP WITH TIME ZONE NOT NULL,
    changed      VARCHAR(1000)    NOT NULL,
    snapshot     VARCHAR(1000000) NOT NULL,
    PRIMARY KEY (case_id, version)
);
CREATE UNIQUE INDEX revisions_by_seq ON revisions (seq);

-- The last sequence number handed out. Writers lock this one row for the length of their transaction, so sequence
-- numbers become visible in commit order and a reader catching up with changesSince never skips a late commit.
CREATE TABLE store_seq (
    id       INTEGER NOT NULL PRIMARY KEY,
    last_seq BIGINT  NOT NULL
);
INSERT INTO store_seq (id, last_seq) VALUES (1, 0);

CREATE TABLE narratives (
    id         VARCHAR(160)     NOT NULL PRIMARY KEY,
    updated_at TIMESTAMP WITH TIME ZONE NOT NULL,
    doc        VARCHAR(1000000) NOT NULL
);

CREATE TABLE outlets (
    name       VARCHAR(500)   NOT NULL PRIMARY KEY,
    updated_at TIMESTAMP WITH TIME ZONE NOT NULL,
    doc        VARCHAR(20000) NOT NULL
);
