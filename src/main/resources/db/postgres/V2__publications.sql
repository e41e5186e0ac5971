-- PostgreSQL variant of db/migration/V2__publications.sql. The same types and lengths on purpose: a document too long for one
-- database is too long for the other, so both stores refuse the same writes.
-- Analyses and bulletins written by the editors, with every saved version kept.
CREATE TABLE publication (
    slug          VARCHAR(160)  NOT NULL PRIMARY KEY,
    kind          VARCHAR(16)   NOT NULL,
    language      VARCHAR(2)    NOT NULL,
    title         VARCHAR(1000) NOT NULL,
    author        VARCHAR(200)  NOT NULL,
    category      VARCHAR(200),
    body          TEXT          NOT NULL,
    extras_json   TEXT          NOT NULL,
    status        VARCHAR(16)   NOT NULL,
    published     DATE,
    updated       TIMESTAMP     NOT NULL
);
CREATE INDEX publication_listing ON publication (kind, language, status, published);

CREATE TABLE publication_tag (
    slug VARCHAR(160) NOT NULL REFERENCES publication (slug) ON DELETE CASCADE,
    tag  VARCHAR(200) NOT NULL,
    PRIMARY KEY (slug, tag)
);
CREATE INDEX publication_tag_by_tag ON publication_tag (tag);

CREATE TABLE publication_revision (
    slug          VARCHAR(160) NOT NULL,
    version       INTEGER      NOT NULL,
    editor        VARCHAR(200) NOT NULL,
    saved_at      TIMESTAMP    NOT NULL,
    snapshot_json TEXT         NOT NULL,
    PRIMARY KEY (slug, version)
);
