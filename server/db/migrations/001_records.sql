-- The agency's records, one table per collection of the browser store. Each record is kept
-- whole as the app wrote it (doc), parsed with the app's own schemas on every read; the columns
-- beside it are what the server looks records up by, and what it checks in SQL.

CREATE TABLE singletons (
  key text PRIMARY KEY CHECK (key IN ('organisation', 'settings')),
  doc jsonb NOT NULL
);

CREATE TABLE units (
  id text PRIMARY KEY,
  doc jsonb NOT NULL
);

CREATE TABLE frameworks (
  fiscal_year integer PRIMARY KEY,
  doc jsonb NOT NULL
);

-- One assessment per fiscal year, held by the database itself, so two saves at once cannot
-- both take the same year.
CREATE TABLE assessments (
  id text PRIMARY KEY,
  fiscal_year integer NOT NULL UNIQUE,
  doc jsonb NOT NULL
);

CREATE TABLE findings (
  id text PRIMARY KEY,
  assessment_id text NOT NULL,
  doc jsonb NOT NULL
);
CREATE INDEX findings_by_assessment ON findings (assessment_id);

-- version is the measure's own, checked in the UPDATE that writes it: a stale write changes no row.
CREATE TABLE measures (
  id text PRIMARY KEY,
  assessment_id text NOT NULL,
  version integer NOT NULL,
  doc jsonb NOT NULL
);
CREATE INDEX measures_by_assessment ON measures (assessment_id);

CREATE TABLE progress_updates (
  id text PRIMARY KEY,
  measure_id text NOT NULL,
  date text NOT NULL,
  created_at text NOT NULL,
  doc jsonb NOT NULL
);
-- A measure's history newest first, and each measure's latest update, straight from the index.
CREATE INDEX progress_by_measure_date ON progress_updates (measure_id, date DESC, created_at DESC);

-- Who changed a measure, when and what (the app's audit entries).
CREATE TABLE measure_audit (
  id text PRIMARY KEY,
  measure_id text NOT NULL,
  at text NOT NULL,
  doc jsonb NOT NULL
);
CREATE INDEX measure_audit_by_measure ON measure_audit (measure_id, at);

-- Records found unreadable, copied here as they were: a restore clears the tables above, never this.
CREATE TABLE quarantine (
  id bigserial PRIMARY KEY,
  collection text NOT NULL,
  key text NOT NULL,
  raw jsonb NOT NULL,
  message text NOT NULL,
  found_at timestamptz NOT NULL DEFAULT now(),
  -- The same damage found again is kept once; a hash, since a whole record may be too large for an index entry.
  raw_hash text GENERATED ALWAYS AS (md5(raw::text)) STORED,
  UNIQUE (collection, key, raw_hash)
);
