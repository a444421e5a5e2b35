import { randomUUID } from 'node:crypto';
import type { Pool } from 'pg';
import type { ReminderChannel } from '../../src/domain/reminders/due';
import { sendFailureThai, type SendFailureCode, type SendOutcome } from './sendFailure';

/** Tries in all, over every round, before a reminder that keeps failing is given up. */
export const MAX_ATTEMPTS = 12;
/** The wait before the next round after a failed one, doubled each round (10, 20, 40 … minutes). */
const ROUND_WAIT_MS = 10 * 60_000;
/** A LINE send claimed this long ago and never finished was cut off (a crash): it may go again, with its retry key. */
const CUT_OFF_MS = 10 * 60_000;

export type SendStatus = 'sending' | 'sent' | 'failed' | 'gave-up';

/** One row of the log as the screen shows it: what, to whom, when, and what went wrong. */
export interface SendEntry {
  key: string;
  kind: 'reminder' | 'test';
  meeting: string | null;
  recipient: string;
  channel: ReminderChannel;
  to: string;
  status: SendStatus;
  attempts: number;
  error: { code: SendFailureCode; values: Record<string, string | number> } | null;
  /** The failure's Thai words as they were when it happened. */
  errorText: string | null;
  createdAt: string;
  sentAt: string | null;
  nextTryAt: string | null;
}

/** What a send is claimed with, before it is tried: the entry's who and what. */
export type Claim = Pick<SendEntry, 'key' | 'kind' | 'meeting' | 'recipient' | 'channel' | 'to'>;

const COLUMNS = 'key, kind, meeting::text AS meeting, recipient, channel, to_address, status, attempts, last_error, last_error_text, created_at, sent_at, next_try_at';

interface Row {
  key: string;
  kind: 'reminder' | 'test';
  meeting: string | null;
  recipient: string;
  channel: ReminderChannel;
  to_address: string;
  status: SendStatus;
  attempts: number;
  last_error: SendEntry['error'];
  last_error_text: string | null;
  created_at: Date;
  sent_at: Date | null;
  next_try_at: Date | null;
}

const entryOf = (r: Row): SendEntry => ({
  key: r.key,
  kind: r.kind,
  meeting: r.meeting,
  recipient: r.recipient,
  channel: r.channel,
  to: r.to_address,
  status: r.status,
  attempts: r.attempts,
  error: r.last_error,
  errorText: r.last_error_text,
  createdAt: r.created_at.toISOString(),
  sentAt: r.sent_at?.toISOString() ?? null,
  nextTryAt: r.next_try_at?.toISOString() ?? null,
});

/** The day in Thailand (UTC+7, no summer time): a meeting's day begins there. */
const thaiDay = (at: Date) => new Date(at.getTime() + 7 * 3_600_000).toISOString().slice(0, 10);

/**
 * The sends log, which is also the lock: a reminder is claimed by inserting its key before it is
 * sent, and only the one insert (or the one update of a failed row whose time has come) that
 * succeeds sends it. A row left 'sending' by a crash is sent again only by LINE, whose retry key
 * makes the second try a no-op if the first got through; an e-mail cut off is given up instead
 * (see giveUpCutOff) rather than risk a second one.
 */
export function createSendsLog(pool: Pool) {
  return {
    /** Keys of a meeting not to be sent now: sent, being sent, given up, or failed and waiting for their next round. */
    async blocking(meeting: string, now: Date): Promise<Set<string>> {
      const { rows } = await pool.query<{ key: string }>(
        `SELECT key FROM reminder_sends WHERE meeting = $1 AND NOT (
           (status = 'failed' AND next_try_at <= $2) OR
           (status = 'sending' AND channel = 'line' AND claimed_at < $3))`,
        [meeting, now, new Date(now.getTime() - CUT_OFF_MS)],
      );
      return new Set(rows.map((r) => r.key));
    },

    /** The retry key to send with when this server now holds the send, else null (another has it, or it is done). */
    async claim(claim: Claim, now: Date): Promise<string | null> {
      const { rows } = await pool.query<{ retry_key: string }>(
        `INSERT INTO reminder_sends (key, kind, meeting, recipient, channel, to_address, status, retry_key, claimed_at)
         VALUES ($1, $2, $3, $4, $5, $6, 'sending', $7, $8)
         ON CONFLICT (key) DO UPDATE SET status = 'sending', claimed_at = $8
           WHERE (reminder_sends.status = 'failed' AND reminder_sends.next_try_at <= $8)
              OR (reminder_sends.status = 'sending' AND reminder_sends.channel = 'line' AND reminder_sends.claimed_at < $9)
         RETURNING retry_key`,
        [claim.key, claim.kind, claim.meeting, claim.recipient, claim.channel, claim.to, randomUUID(), now, new Date(now.getTime() - CUT_OFF_MS)],
      );
      return rows[0]?.retry_key ?? null;
    },

    /** Records how a claimed send ended: sent, failed until its next round, or given up (a test message is not tried again). */
    async finish(key: string, outcome: SendOutcome, tries: number, now: Date): Promise<SendEntry> {
      const { rows } = await pool.query<Row>(
        `UPDATE reminder_sends SET attempts = attempts + $2,
           status = CASE WHEN $3::boolean THEN 'sent' WHEN $4::boolean AND kind = 'reminder' AND attempts + $2::integer < $5::integer THEN 'failed' ELSE 'gave-up' END,
           sent_at = CASE WHEN $3 THEN $6::timestamptz ELSE NULL END,
           next_try_at = CASE WHEN NOT $3 AND $4 AND kind = 'reminder' AND attempts + $2 < $5 THEN $6::timestamptz + make_interval(secs => $7::double precision * 2 ^ (attempts / 3)) ELSE NULL END,
           last_error = $8, last_error_text = $9
         WHERE key = $1
         RETURNING ${COLUMNS}`,
        [
          key,
          tries,
          outcome.ok,
          !outcome.ok && outcome.failure.retry,
          MAX_ATTEMPTS,
          now,
          ROUND_WAIT_MS / 1000,
          outcome.ok ? null : JSON.stringify({ code: outcome.failure.code, values: outcome.failure.values }),
          outcome.ok ? null : sendFailureThai(outcome.failure),
        ],
      );
      const row = rows[0];
      if (!row) throw new Error(`no send claimed as ${key}`);
      return entryOf(row);
    },

    /**
     * Sends cut off by a crash that nothing will try again, given up with the reason so the log
     * stops saying 'sending': an e-mail (whether it went is unknown, and SMTP has no retry key),
     * a test, and a LINE reminder whose meeting day has come. Only rows claimed before the cut-off:
     * a younger one may be another server's send under way. Returns how many.
     */
    async giveUpCutOff(now: Date): Promise<number> {
      const words = (channel: ReminderChannel) => sendFailureThai({ code: 'interrupted', values: { channel } });
      const { rowCount } = await pool.query(
        `UPDATE reminder_sends SET status = 'gave-up', attempts = attempts + 1, next_try_at = NULL,
           last_error = jsonb_build_object('code', 'interrupted', 'values', jsonb_build_object('channel', channel)),
           last_error_text = CASE channel WHEN 'line' THEN $3 ELSE $4 END
         WHERE status = 'sending' AND claimed_at < $1 AND (channel = 'email' OR kind = 'test' OR meeting <= $2::date)`,
        [new Date(now.getTime() - CUT_OFF_MS), thaiDay(now), words('line'), words('email')],
      );
      return rowCount ?? 0;
    },

    /** Newest first. */
    async list(limit = 200): Promise<SendEntry[]> {
      const { rows } = await pool.query<Row>(`SELECT ${COLUMNS} FROM reminder_sends ORDER BY created_at DESC, key LIMIT $1`, [limit]);
      return rows.map(entryOf);
    },
  };
}
export type SendsLog = ReturnType<typeof createSendsLog>;
