-- Wrong passwords are counted towards a lock only within a day of each other, for accounts as
-- for names with no account (whose rows go after a day): otherwise a name whose count never
-- faded would be a name that exists.
ALTER TABLE accounts ADD COLUMN last_failed_at timestamptz;
