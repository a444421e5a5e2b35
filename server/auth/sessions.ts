import { createHash, randomBytes } from 'node:crypto';
import type { Pool } from 'pg';
import type { Account } from '../../src/domain/schemas/account';
import type { Queryable } from '../store/pgAccess';
import { COLUMNS, toAccount, type AccountRow } from './accountRows';

/** A session ends this long after it was last used (renewed at most once an hour)… */
export const SESSION_HOURS = 12;
/** …and this long after it began, however much it is used: a stolen cookie does not last for ever. */
export const SESSION_MAX_DAYS = 7;

const HOUR_MS = 3_600_000;
const MAX_MS = SESSION_MAX_DAYS * 24 * HOUR_MS;

export const hashToken = (token: string) => createHash('sha256').update(token).digest('hex');

/** Sessions on the server's database: random tokens in the cookie, only their hashes kept. */
export function createSessions(pool: Pool, now: () => Date) {
  return {
    /** A new session with an id of its own: never one the browser brought (no fixation). */
    async open(q: Queryable, accountId: string, at: Date): Promise<{ token: string; expiresAt: Date }> {
      // Ended sessions are cleared as new ones begin, so the table does not grow for ever.
      await q.query('DELETE FROM sessions WHERE expires_at <= $1 OR created_at <= $2', [at, new Date(at.getTime() - MAX_MS)]);
      const token = randomBytes(32).toString('base64url');
      const expiresAt = new Date(at.getTime() + SESSION_HOURS * HOUR_MS);
      await q.query('INSERT INTO sessions (token_hash, account_id, created_at, expires_at) VALUES ($1, $2, $3, $4)', [hashToken(token), accountId, at, expiresAt]);
      return { token, expiresAt };
    },

    /** The account a session token belongs to, while the session lasts and the account is enabled. */
    async fromSession(token: string): Promise<Account | null> {
      const at = now();
      const oldest = new Date(at.getTime() - MAX_MS);
      // In use, a session lasts: renewed to SESSION_HOURS from now, at most once an hour, never past its absolute end.
      await pool.query(
        `UPDATE sessions SET expires_at = least($2::timestamptz, created_at + make_interval(days => ${SESSION_MAX_DAYS}))
         WHERE token_hash = $1 AND expires_at > $3 AND expires_at < $4 AND created_at > $5`,
        [hashToken(token), new Date(at.getTime() + SESSION_HOURS * HOUR_MS), at, new Date(at.getTime() + (SESSION_HOURS - 1) * HOUR_MS), oldest],
      );
      const { rows } = await pool.query<AccountRow>(
        `SELECT ${COLUMNS.split(', ').map((c) => `a.${c}`).join(', ')} FROM sessions s JOIN accounts a ON a.id = s.account_id
         WHERE s.token_hash = $1 AND s.expires_at > $2 AND s.created_at > $3 AND NOT a.disabled`,
        [hashToken(token), at, oldest],
      );
      const row = rows[0];
      return row ? toAccount(row) : null;
    },

    async end(token: string): Promise<void> {
      await pool.query('DELETE FROM sessions WHERE token_hash = $1', [hashToken(token)]);
    },

    /** Every session of the account but `keep` (the one asking, when it changed its own password). */
    async endAllBut(q: Queryable, accountId: string, keep?: string): Promise<void> {
      await q.query('DELETE FROM sessions WHERE account_id = $1 AND token_hash <> $2', [accountId, keep === undefined ? '' : hashToken(keep)]);
    },
  };
}

export type Sessions = ReturnType<typeof createSessions>;
