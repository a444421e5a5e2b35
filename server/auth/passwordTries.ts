import type { Pool } from 'pg';
import { COLUMNS, type AccountRow } from './accountRows';
import { hashPassword, verifyPassword } from './passwords';

/** Wrong passwords in a row before an account is locked, and for how long. */
export const LOCK_AFTER_FAILURES = 5;
export const LOCK_MINUTES = 15;
/** Tries further apart than this start the count again, for accounts and unknown names alike. */
const FAILURES_FADE_MS = 86_400_000;

export type TryResult =
  | { ok: true; row: AccountRow }
  | { ok: false; reason: 'wrong' | 'locked'; lockedUntil?: Date; row?: AccountRow };

/**
 * Password checks that count: each try is counted before the (slow) check, in the same statement
 * that tests the lock, so a burst of tries at once cannot all slip past it: at most
 * LOCK_AFTER_FAILURES are ever checked before the account locks for LOCK_MINUTES, even to the
 * right password. A lock that has run out starts the count again. A sign-in and the current
 * password given to change it count alike.
 */
export function createPasswordTries(pool: Pool) {
  // An unknown name costs as much time as a wrong password, so timing does not tell which it was.
  const decoy = hashPassword('not a real password, only for timing');

  /**
   * A name with no account goes the same way as a wrong password: counted before the check,
   * locked after LOCK_AFTER_FAILURES for LOCK_MINUTES, with the decoy hash checked in between.
   * Names not tried for a day are forgotten.
   */
  async function unknownName(username: string, password: string, at: Date): Promise<TryResult> {
    await pool.query('DELETE FROM unknown_sign_ins WHERE last_try < $1', [new Date(at.getTime() - FAILURES_FADE_MS)]);
    const { rows } = await pool.query<{ attempt: number; locked_until: Date | null }>(
      `INSERT INTO unknown_sign_ins AS u (username, failed_sign_ins, last_try) VALUES ($1, 1, $2)
       ON CONFLICT (username) DO UPDATE SET
         failed_sign_ins = CASE WHEN u.locked_until IS NOT NULL AND u.locked_until <= $2 THEN 1 ELSE u.failed_sign_ins + 1 END,
         locked_until = CASE WHEN u.locked_until IS NOT NULL AND u.locked_until <= $2 THEN NULL ELSE u.locked_until END,
         last_try = $2
       RETURNING failed_sign_ins AS attempt, locked_until`,
      [username, at],
    );
    const { attempt, locked_until: lockedUntil } = rows[0] as { attempt: number; locked_until: Date | null };
    if (lockedUntil && lockedUntil > at) return { ok: false, reason: 'locked', lockedUntil };
    const lock = async () => {
      const until = new Date(at.getTime() + LOCK_MINUTES * 60_000);
      await pool.query('UPDATE unknown_sign_ins SET locked_until = $2 WHERE username = $1', [username, until]);
      return { ok: false as const, reason: 'locked' as const, lockedUntil: until };
    };
    if (attempt > LOCK_AFTER_FAILURES) return lock();
    await verifyPassword(password, await decoy);
    return attempt >= LOCK_AFTER_FAILURES ? lock() : { ok: false, reason: 'wrong' };
  }

  /** One counted try at the account `column` = `key` (its username, or its id). */
  async function attempt(column: 'username' | 'id', key: string, password: string, at: Date): Promise<TryResult> {
    const { rows } = await pool.query<AccountRow & { attempt: number }>(
      `UPDATE accounts SET
         failed_sign_ins = CASE WHEN (locked_until IS NOT NULL AND locked_until <= $2) OR last_failed_at < $3 THEN 1 ELSE failed_sign_ins + 1 END,
         locked_until = CASE WHEN locked_until IS NOT NULL AND locked_until <= $2 THEN NULL ELSE locked_until END,
         last_failed_at = $2
       WHERE ${column} = $1 AND (locked_until IS NULL OR locked_until <= $2)
       RETURNING ${COLUMNS}, failed_sign_ins AS attempt`,
      [key, at, new Date(at.getTime() - FAILURES_FADE_MS)],
    );
    const row = rows[0];
    if (!row) {
      const { rows: locked } = await pool.query<{ locked_until: Date }>(`SELECT locked_until FROM accounts WHERE ${column} = $1 AND locked_until > $2`, [key, at]);
      if (locked[0]) return { ok: false, reason: 'locked', lockedUntil: locked[0].locked_until };
      return column === 'username' ? unknownName(key, password, at) : { ok: false, reason: 'wrong' };
    }
    const lock = async () => {
      const lockedUntil = new Date(at.getTime() + LOCK_MINUTES * 60_000);
      await pool.query('UPDATE accounts SET locked_until = $2 WHERE id = $1', [row.id, lockedUntil]);
      return { ok: false as const, reason: 'locked' as const, lockedUntil, row };
    };
    // Tries beyond the limit that arrived together are refused without a check.
    if (row.attempt > LOCK_AFTER_FAILURES) return lock();
    const right = await verifyPassword(password, row.password_hash);
    if (!right) return row.attempt >= LOCK_AFTER_FAILURES ? lock() : { ok: false, reason: 'wrong', row };
    await pool.query('UPDATE accounts SET failed_sign_ins = 0, locked_until = NULL WHERE id = $1', [row.id]);
    return { ok: true, row: { ...row, failed_sign_ins: 0, locked_until: null } };
  }

  return {
    byUsername: (username: string, password: string, at: Date) => attempt('username', username.trim().toLowerCase(), password, at),
    byId: (id: string, password: string, at: Date) => attempt('id', id, password, at),
  };
}
