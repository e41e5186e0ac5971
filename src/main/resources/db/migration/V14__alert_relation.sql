-- Whether an alert's item restates its case (an alert proper) or discusses it (quotes it to refute it, reports the
-- event behind it): a discussed link is kept for the analyst but never becomes a sighting.
ALTER TABLE alert ADD COLUMN relation VARCHAR(16) DEFAULT 'RESTATES' NOT NULL;
