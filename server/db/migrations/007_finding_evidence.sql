-- A finding carries files too (issue 25): the assessor's weakness as it was seen (a screenshot
-- of the web page, the letter). Each file belongs to exactly one owner, an update or a finding,
-- and goes with it: deleting the finding (a restore replacing the data) takes its files.
ALTER TABLE evidence_files ALTER COLUMN update_id DROP NOT NULL;
ALTER TABLE evidence_files ADD COLUMN finding_id text REFERENCES findings (id) ON DELETE CASCADE;
ALTER TABLE evidence_files ADD CONSTRAINT evidence_files_one_owner CHECK (num_nonnulls(update_id, finding_id) = 1);
-- A finding's files, read on every save of it (kept, removed, new), and the cascade, by index.
CREATE INDEX evidence_files_by_finding ON evidence_files (finding_id);
