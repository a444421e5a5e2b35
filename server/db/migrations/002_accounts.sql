-- Sign-in: the people who use a shared data set, their sessions, and what the server did for them.

CREATE TABLE accounts (
  id text PRIMARY KEY,
  -- What a person types to sign in, kept in lower case so "Somchai" and "somchai" are one account.
  username text NOT NULL UNIQUE CHECK (username = lower(username) AND length(username) BETWEEN 3 AND 64),
  name text NOT NULL CHECK (length(trim(name)) > 0),
  role text NOT NULL CHECK (role IN ('planning-officer', 'department-head', 'executive')),
  unit_id text,
  -- scrypt, with its cost and salt: see server/auth/passwords.ts.
  password_hash text NOT NULL,
  disabled boolean NOT NULL DEFAULT false,
  failed_sign_ins integer NOT NULL DEFAULT 0,
  locked_until timestamptz,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  -- A department head acts for one unit; the other roles for the whole agency.
  CHECK ((role = 'department-head') = (unit_id IS NOT NULL))
);

-- The cookie holds a random token; only its SHA-256 is kept, so a copy of this table signs no one in.
CREATE TABLE sessions (
  token_hash text PRIMARY KEY,
  account_id text NOT NULL REFERENCES accounts (id) ON DELETE CASCADE,
  created_at timestamptz NOT NULL DEFAULT now(),
  expires_at timestamptz NOT NULL
);
CREATE INDEX sessions_by_account ON sessions (account_id);

-- Who did what and when, kept by the server: every change, every sign-in and every refusal of one.
CREATE TABLE audit_log (
  id bigserial PRIMARY KEY,
  at timestamptz NOT NULL DEFAULT now(),
  account_id text,
  actor_name text,
  action text NOT NULL,
  target text,
  status integer,
  detail jsonb
);
CREATE INDEX audit_log_by_time ON audit_log (at DESC);
