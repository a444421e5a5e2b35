-- The reminders the server sends before each meeting: what the planning officer set, and every
-- send it made or tried.

-- One row. The secrets are sealed with ITA_SECRET_KEY (server/reminders/secretBox.ts), a key the
-- database never holds: a copy of this table sends nothing.
CREATE TABLE reminder_settings (
  id boolean PRIMARY KEY DEFAULT true CHECK (id),
  doc jsonb NOT NULL,
  line_token_sealed text,
  smtp_password_sealed text,
  updated_at timestamptz NOT NULL DEFAULT now(),
  updated_by text
);

-- A reminder is claimed here (status 'sending') before it is sent: the key is unique, so two
-- servers, or a server and itself after a restart, never send it twice. A test message has a
-- key of its own and no meeting.
CREATE TABLE reminder_sends (
  key text PRIMARY KEY,
  kind text NOT NULL CHECK (kind IN ('reminder', 'test')),
  meeting date,
  recipient text NOT NULL,
  channel text NOT NULL CHECK (channel IN ('line', 'email')),
  to_address text NOT NULL,
  status text NOT NULL CHECK (status IN ('sending', 'sent', 'failed', 'gave-up')),
  -- LINE takes a message with one retry key once: a send cut off mid-way can be tried again.
  retry_key uuid NOT NULL,
  attempts integer NOT NULL DEFAULT 0,
  -- { code, values } of the last failure, and its Thai words as they were told.
  last_error jsonb,
  last_error_text text,
  claimed_at timestamptz NOT NULL,
  next_try_at timestamptz,
  sent_at timestamptz,
  created_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX reminder_sends_by_time ON reminder_sends (created_at DESC);
CREATE INDEX reminder_sends_by_meeting ON reminder_sends (meeting);
