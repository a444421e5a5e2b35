import { createHash, randomBytes } from 'node:crypto';
import type { Pool } from 'pg';
import { accountChangesSchema, accountSchema, newAccountSchema, type Account } from '../../src/domain/schemas/account';
import { newId } from '../../src/data/ids';
import { notFound, parseInput, validationError } from '../../src/data/storeError';
import { inTransaction, type Queryable } from '../store/pgAccess';
import { HttpRefusal } from '../../api/respond';
import { LAST_PLANNER, refuseOwnLockout } from '../../src/domain/accountRules';
import { createGate, GateFull, type Gate } from './passwordGate';
import { hashPassword, passwordProblem, verifyPassword } from './passwords';

/** Wrong passwords in a row before an account is locked, and for how long. */
export const LOCK_AFTER_FAILURES = 5;
export const LOCK_MINUTES = 15;
/** Tries further apart than this start the count again, for accounts and unknown names alike. */
const FAILURES_FADE_MS = 86_400_000;
/** A session ends this long after it was last used (renewed at most once an hour). */
export const SESSION_HOURS = 12;
/** Password checks at once (each holds 128 MiB), and how many more may wait their turn. */
export const PASSWORD_CHECKS = { running: 2, waiting: 30 };

interface AccountRow {
  id: string;
  username: string;
  name: string;
  role: string;
  unit_id: string | null;
  disabled: boolean;
  locked_until: Date | null;
  created_at: Date;
  password_hash: string;
  failed_sign_ins: number;
}

const COLUMNS = 'id, username, name, role, unit_id, disabled, locked_until, created_at, password_hash, failed_sign_ins';

/** The account as the API shows it: parsed with the app's schema, never with its hash. */
function toAccount(row: AccountRow): Account {
  return accountSchema.parse({
    id: row.id,
    username: row.username,
    name: row.name,
    role: row.role,
    unitId: row.unit_id,
    disabled: row.disabled,
    lockedUntil: row.locked_until && row.locked_until > new Date() ? row.locked_until.toISOString() : null,
    createdAt: row.created_at.toISOString(),
  });
}

const hashToken = (token: string) => createHash('sha256').update(token).digest('hex');

function refuseWeakPassword(password: string): void {
  const problem = passwordProblem(password);
  if (problem) throw validationError([{ path: 'password', message: problem }]);
}

async function refuseUnknownUnit(q: Queryable, unitId: string | null | undefined): Promise<void> {
  if (!unitId) return;
  const { rowCount } = await q.query('SELECT 1 FROM units WHERE id = $1', [unitId]);
  if (rowCount === 0) throw validationError([{ path: 'unitId', message: `ไม่รู้จักส่วนราชการรหัส "${unitId}"` }]);
}

const usernameTaken = (username: string) => validationError([{ path: 'username', message: `มีบัญชีชื่อผู้ใช้ "${username}" อยู่แล้ว` }]);

export type SignInResult =
  | { ok: true; account: Account; token: string; expiresAt: Date }
  | { ok: false; reason: 'wrong' | 'locked' | 'disabled' | 'busy'; lockedUntil?: Date };

/** Accounts, passwords and sessions on the server's database. */
export function createAccounts(pool: Pool, now = () => new Date(), checks: Gate = createGate(PASSWORD_CHECKS)) {
  // An unknown name costs as much time as a wrong password, so timing does not tell which it was.
  const decoy = hashPassword('not a real password, only for timing');

  /**
   * A name with no account (or one whose lock is being checked again) goes the same way as a
   * wrong password: counted before the check, locked after LOCK_AFTER_FAILURES for LOCK_MINUTES,
   * with the decoy hash checked in between. Names not tried for a day are forgotten.
   */
  const hashing = (password: string) =>
    checks.run(() => hashPassword(password)).catch((error: unknown) => {
      throw error instanceof GateFull ? new HttpRefusal(503, 'busy', error.message) : error;
    });

  async function unknownName(username: string, password: string, at: Date): Promise<SignInResult> {
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

  async function signInNow(username: string, password: string): Promise<SignInResult> {
    const at = now();
    const { rows } = await pool.query<AccountRow & { attempt: number }>(
      `UPDATE accounts SET
         failed_sign_ins = CASE WHEN (locked_until IS NOT NULL AND locked_until <= $2) OR last_failed_at < $3 THEN 1 ELSE failed_sign_ins + 1 END,
         locked_until = CASE WHEN locked_until IS NOT NULL AND locked_until <= $2 THEN NULL ELSE locked_until END,
         last_failed_at = $2
       WHERE username = $1 AND (locked_until IS NULL OR locked_until <= $2)
       RETURNING ${COLUMNS}, failed_sign_ins AS attempt`,
      [username.trim().toLowerCase(), at, new Date(at.getTime() - FAILURES_FADE_MS)],
    );
    const row = rows[0];
    if (!row) {
      const { rows: locked } = await pool.query<{ locked_until: Date }>('SELECT locked_until FROM accounts WHERE username = $1 AND locked_until > $2', [
        username.trim().toLowerCase(),
        at,
      ]);
      if (locked[0]) return { ok: false, reason: 'locked', lockedUntil: locked[0].locked_until };
      return unknownName(username.trim().toLowerCase(), password, at);
    }
    const lock = async () => {
      const lockedUntil = new Date(at.getTime() + LOCK_MINUTES * 60_000);
      await pool.query('UPDATE accounts SET locked_until = $2 WHERE id = $1', [row.id, lockedUntil]);
      return { ok: false as const, reason: 'locked' as const, lockedUntil };
    };
    // Tries beyond the limit that arrived together are refused without a check.
    if (row.attempt > LOCK_AFTER_FAILURES) return lock();
    const right = await verifyPassword(password, row.password_hash);
    if (!right) return row.attempt >= LOCK_AFTER_FAILURES ? lock() : { ok: false, reason: 'wrong' };
    if (row.disabled) return { ok: false, reason: 'disabled' };
    await pool.query('UPDATE accounts SET failed_sign_ins = 0, locked_until = NULL WHERE id = $1', [row.id]);
    // Ended sessions are cleared as new ones begin, so the table does not grow for ever.
    await pool.query('DELETE FROM sessions WHERE expires_at <= $1', [at]);
    const token = randomBytes(32).toString('base64url');
    const expiresAt = new Date(at.getTime() + SESSION_HOURS * 3_600_000);
    await pool.query('INSERT INTO sessions (token_hash, account_id, expires_at) VALUES ($1, $2, $3)', [hashToken(token), row.id, expiresAt]);
    return { ok: true, account: toAccount({ ...row, failed_sign_ins: 0, locked_until: null }), token, expiresAt };
  }

  return {
    async list(): Promise<Account[]> {
      const { rows } = await pool.query<AccountRow>(`SELECT ${COLUMNS} FROM accounts ORDER BY username`);
      return rows.map(toAccount);
    },

    async count(): Promise<number> {
      const { rows } = await pool.query<{ n: string }>('SELECT count(*) AS n FROM accounts');
      return Number(rows[0]?.n ?? 0);
    },

    async create(input: unknown): Promise<Account> {
      const valid = parseInput(newAccountSchema, input);
      refuseWeakPassword(valid.password);
      await refuseUnknownUnit(pool, valid.unitId);
      const hash = await hashing(valid.password);
      try {
        const { rows } = await pool.query<AccountRow>(
          `INSERT INTO accounts (id, username, name, role, unit_id, password_hash) VALUES ($1, $2, $3, $4, $5, $6) RETURNING ${COLUMNS}`,
          [newId(), valid.username, valid.name, valid.role, valid.unitId, hash],
        );
        return toAccount(rows[0] as AccountRow);
      } catch (error) {
        if ((error as { code?: string }).code === '23505') throw usernameTaken(valid.username);
        throw error;
      }
    },

    /** Changes an account; a new password, a new role or disabling it ends the account's sessions. */
    /** `by`: the planning officer asking, who may not disable or demote themselves. */
    async update(id: string, input: unknown, by?: string): Promise<Account> {
      const changes = parseInput(accountChangesSchema, input);
      const own = by === id ? refuseOwnLockout(changes) : null;
      if (own) throw new HttpRefusal(403, 'forbidden', own);
      if (changes.password !== undefined) refuseWeakPassword(changes.password);
      await refuseUnknownUnit(pool, changes.unitId);
      const hash = changes.password === undefined ? undefined : await hashing(changes.password);
      return inTransaction(pool, async (client) => {
        const { rows } = await client.query<AccountRow>(`SELECT ${COLUMNS} FROM accounts WHERE id = $1 FOR UPDATE`, [id]);
        const current = rows[0];
        if (!current) throw notFound(`ไม่พบบัญชีรหัส "${id}"`);
        const role = changes.role ?? current.role;
        const unitId = changes.role !== undefined ? (changes.unitId ?? null) : changes.unitId !== undefined ? changes.unitId : current.unit_id;
        if ((role === 'department-head') !== (unitId !== null)) {
          throw validationError([{ path: 'unitId', message: 'หัวหน้าส่วนราชการต้องระบุส่วนราชการ บทบาทอื่นต้องไม่ระบุ' }]);
        }
        const stillPlanner = role === 'planning-officer' && !(changes.disabled ?? current.disabled);
        if (current.role === 'planning-officer' && !current.disabled && !stillPlanner) {
          // The others locked too, so two planning officers disabling each other at once cannot both pass.
          const { rows: others } = await client.query("SELECT id FROM accounts WHERE role = 'planning-officer' AND NOT disabled AND id <> $1 FOR UPDATE", [id]);
          if (others.length === 0) throw new HttpRefusal(403, 'forbidden', LAST_PLANNER);
        }
        const { rows: updated } = await client.query<AccountRow>(
          `UPDATE accounts SET name = $2, role = $3, unit_id = $4, disabled = $5, password_hash = coalesce($6, password_hash),
             failed_sign_ins = CASE WHEN $6 IS NULL THEN failed_sign_ins ELSE 0 END,
             locked_until = CASE WHEN $6 IS NULL THEN locked_until ELSE NULL END, updated_at = now()
           WHERE id = $1 RETURNING ${COLUMNS}`,
          [id, changes.name ?? current.name, role, unitId, changes.disabled ?? current.disabled, hash ?? null],
        );
        if (hash !== undefined || changes.disabled === true || role !== current.role || unitId !== current.unit_id) {
          await client.query('DELETE FROM sessions WHERE account_id = $1', [id]);
        }
        return toAccount(updated[0] as AccountRow);
      });
    },

    /**
     * Checks a password. Each try is counted before the (slow) check, in the same statement that
     * tests the lock, so a burst of tries at once cannot all slip past it: at most
     * LOCK_AFTER_FAILURES are ever checked before the account locks for LOCK_MINUTES, even to the
     * right password. A lock that has run out starts the count again.
     */
    async signIn(username: string, password: string): Promise<SignInResult> {
      // The whole try waits its turn, the count included: a try refused as busy is not counted.
      return checks.run(() => signInNow(username, password)).catch((error: unknown) => {
        if (error instanceof GateFull) return { ok: false, reason: 'busy' };
        throw error;
      });
    },

    /** The account a session token belongs to, while the session lasts and the account is enabled. */
    async fromSession(token: string): Promise<Account | null> {
      // In use, a session lasts: renewed to SESSION_HOURS from now, at most once an hour.
      const at = now();
      await pool.query('UPDATE sessions SET expires_at = $2 WHERE token_hash = $1 AND expires_at > $3 AND expires_at < $4', [
        hashToken(token),
        new Date(at.getTime() + SESSION_HOURS * 3_600_000),
        at,
        new Date(at.getTime() + (SESSION_HOURS - 1) * 3_600_000),
      ]);
      const { rows } = await pool.query<AccountRow>(
        `SELECT ${COLUMNS.split(', ').map((c) => `a.${c}`).join(', ')} FROM sessions s JOIN accounts a ON a.id = s.account_id
         WHERE s.token_hash = $1 AND s.expires_at > $2 AND NOT a.disabled`,
        [hashToken(token), now()],
      );
      const row = rows[0];
      return row ? toAccount(row) : null;
    },

    async signOut(token: string): Promise<void> {
      await pool.query('DELETE FROM sessions WHERE token_hash = $1', [hashToken(token)]);
    },
  };
}

export type Accounts = ReturnType<typeof createAccounts>;
