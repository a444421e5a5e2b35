-- Wrong tries at names that have no account, counted and locked exactly as an account's are:
-- otherwise a name that never locks is a name that does not exist, and the lockout would tell.
CREATE TABLE unknown_sign_ins (
  username text PRIMARY KEY,
  failed_sign_ins integer NOT NULL DEFAULT 0,
  locked_until timestamptz,
  last_try timestamptz NOT NULL
);
CREATE INDEX unknown_sign_ins_by_last_try ON unknown_sign_ins (last_try);
