-- The files an update carries (issue 25), kept in the update's own transaction: an update is never
-- kept without a file it names, and deleting the update (a withdrawal) takes its files with it.
-- One agency per database, as every table here: no agency column. The reference is also in the
-- update's doc; these columns are what the server sends the file with.
CREATE TABLE evidence_files (
  id text PRIMARY KEY,
  update_id text NOT NULL REFERENCES progress_updates (id) ON DELETE CASCADE,
  name text NOT NULL,
  type text NOT NULL,
  size integer NOT NULL CHECK (size > 0),
  sha256 char(64) NOT NULL,
  width integer,
  height integer,
  content bytea NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  -- Read from the TOAST pointer, not the bytes: the size the quota adds up is the size kept.
  CHECK (octet_length(content) = size)
);
-- JPEG, PNG, PDF and Office files are compressed already: TOAST would only spend time trying.
ALTER TABLE evidence_files ALTER COLUMN content SET STORAGE EXTERNAL;
-- An update's files, and the cascade of a withdrawal, by index.
CREATE INDEX evidence_files_by_update ON evidence_files (update_id);
