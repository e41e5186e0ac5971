-- Stories a checking worker has finished. Stories are handed on at least once, so a story can come back after a
-- worker died between checking and acknowledging; the first worker to finish it records it here and a later one
-- skips it. Its alerts are kept once by the alert table's own unique key.
CREATE TABLE checked_story (
    article_id BIGINT       NOT NULL PRIMARY KEY,
    alerts     INTEGER      NOT NULL,
    checked_by VARCHAR(200) NOT NULL,
    checked    TIMESTAMP    NOT NULL
);

CREATE INDEX checked_story_checked ON checked_story (checked);
