import type { Pool } from 'pg';
import { accountChangesSchema, newAccountSchema, passwordChangeSchema, type Account } from '../../src/domain/schemas/account';
import { passwordInThai, type PasswordOwner } from '../../src/domain/passwordRule';
import { accountFault } from '../../src/domain/accountRefusals';
import { signInRefusalInThai, type SignInRefusal } from '../../src/domain/signInRefusals';
import { newId } from '../../src/data/ids';
import { notFound, parseInput, validationError } from '../../src/data/storeError';
import { inTransaction, type Queryable } from '../store/pgAccess';
import { HttpRefusal } from '../../api/respond';
import { LAST_PLANNER, refuseOwnLockout } from '../../src/domain/accountRules';
import { COLUMNS, toAccount, type AccountRow } from './accountRows';
import { serverPasswordProblem } from './commonPasswords';
import { createGate, GateFull, type Gate } from './passwordGate';
import { createPasswordTries } from './passwordTries';
import { hashPassword } from './passwords';
import { createSessions } from './sessions';

export { LOCK_AFTER_FAILURES, LOCK_MINUTES } from './passwordTries';
export { SESSION_HOURS, SESSION_MAX_DAYS } from './sessions';
/** Password checks at once (each holds 128 MiB), and how many more may wait their turn. */
export const PASSWORD_CHECKS = { running: 2, waiting: 30 };

function refuseWeakPassword(password: string, owner: PasswordOwner, path = 'password'): void {
  const problem = serverPasswordProblem(password, owner);
  // The code and values too, so a screen in another language words it (the Thai is the API's).
  if (problem) throw validationError([{ path, message: passwordInThai(problem), code: problem.code, values: problem.values }]);
}

async function refuseUnknownUnit(q: Queryable, unitId: string | null | undefined): Promise<void> {
  if (!unitId) return;
  const { rowCount } = await q.query('SELECT 1 FROM units WHERE id = $1', [unitId]);
  if (rowCount === 0) throw validationError([accountFault('unitId', 'unknown-unit', { unitId })]);
}

/**
 * An account's name is who its progress updates say recorded them, and only their author may
 * take one back (src/domain/access.ts): two accounts of one name would be one author. Checked
 * under a lock, so two accounts made at once cannot both take a name.
 */
async function refuseTakenName(q: Queryable, name: string, exceptId: string | null): Promise<void> {
  await q.query("SELECT pg_advisory_xact_lock(hashtext('ita:account-names'))");
  const { rowCount } = await q.query('SELECT 1 FROM accounts WHERE lower(btrim(name)) = lower(btrim($1)) AND id IS DISTINCT FROM $2', [name, exceptId]);
  if (rowCount) throw validationError([
      accountFault('name', 'name-taken', { name: name.trim() }),
    ]);
}

const usernameTaken = (username: string) => validationError([accountFault('username', 'username-taken', { username })]);
const formatThaiTime = (at: Date) => at.toLocaleTimeString('th-TH', { hour: '2-digit', minute: '2-digit', timeZone: 'Asia/Bangkok' });
/** A lock until `until`, as of `at`: the clock time it ends, and the minutes left (at least one). */
export const lockedRefusal = (until: Date, at: Date): SignInRefusal => ({
  code: 'signIn.locked',
  values: { time: formatThaiTime(until), minutes: Math.max(1, Math.ceil((until.getTime() - at.getTime()) / 60_000)) },
});

/** A 429 for a locked account, keeping its refusal so a route can send the code and values too. */
export class LockedOut extends HttpRefusal {
  constructor(readonly refusal: SignInRefusal) {
    super(429, 'rate-limited', signInRefusalInThai(refusal));
  }
}

export type SignInResult =
  | { ok: true; account: Account; token: string; expiresAt: Date }
  | { ok: false; reason: 'wrong' | 'locked' | 'disabled' | 'busy'; lockedUntil?: Date };

/** Accounts, passwords and sessions on the server's database. */
export function createAccounts(pool: Pool, now = () => new Date(), checks: Gate = createGate(PASSWORD_CHECKS)) {
  const tries = createPasswordTries(pool);
  const sessions = createSessions(pool, now);
  const busy = (error: unknown) => {
    throw error instanceof GateFull ? new HttpRefusal(503, 'busy', error.message) : error;
  };
  const hashing = (password: string) => checks.run(() => hashPassword(password)).catch(busy);

  /**
   * The current password of one's own account, counted like a sign-in's (five wrong lock the
   * account), refused as a 400 naming `field`, or a 429 once locked.
   */
  async function checkOwnPassword(id: string, password: string, field: string): Promise<void> {
    const result = await checks.run(() => tries.byId(id, password, now())).catch(busy);
    if (result.ok) return;
    if (result.reason === 'locked' && result.lockedUntil) throw new LockedOut(lockedRefusal(result.lockedUntil, now()));
    throw validationError([accountFault(field, 'current-password-wrong')]);
  }

  async function accountRow(q: Queryable, id: string, lock = false): Promise<AccountRow> {
    const { rows } = await q.query<AccountRow>(`SELECT ${COLUMNS} FROM accounts WHERE id = $1${lock ? ' FOR UPDATE' : ''}`, [id]);
    if (!rows[0]) throw notFound(`ไม่พบบัญชีรหัส "${id}"`);
    return rows[0];
  }

  async function signInNow(username: string, password: string): Promise<SignInResult> {
    const at = now();
    const result = await tries.byUsername(username, password, at);
    if (!result.ok) return { ok: false, reason: result.reason, ...(result.lockedUntil ? { lockedUntil: result.lockedUntil } : {}) };
    if (result.row.disabled) return { ok: false, reason: 'disabled' };
    const { token, expiresAt } = await sessions.open(pool, result.row.id, at);
    return { ok: true, account: toAccount(result.row), token, expiresAt };
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
      refuseWeakPassword(valid.password, valid);
      await refuseUnknownUnit(pool, valid.unitId);
      const hash = await hashing(valid.password);
      try {
        return await inTransaction(pool, async (client) => {
          await refuseTakenName(client, valid.name, null);
          const { rows } = await client.query<AccountRow>(
            `INSERT INTO accounts (id, username, name, role, unit_id, password_hash) VALUES ($1, $2, $3, $4, $5, $6) RETURNING ${COLUMNS}`,
            [newId(), valid.username, valid.name, valid.role, valid.unitId, hash],
          );
          return toAccount(rows[0] as AccountRow);
        });
      } catch (error) {
        if ((error as { code?: string }).code === '23505') throw usernameTaken(valid.username);
        throw error;
      }
    },

    /**
     * Changes an account; a new password, a new role or disabling it ends the account's sessions.
     * `by`: the planning officer asking, who may not disable or demote themselves, and gives their
     * current password to set a new one of their own; `keep`: their session, which then stays.
     */
    async update(id: string, input: unknown, by?: string, keep?: string): Promise<Account> {
      const changes = parseInput(accountChangesSchema, input);
      const own = by === id;
      const lockout = own ? refuseOwnLockout(changes) : null;
      if (lockout) throw new HttpRefusal(403, 'forbidden', lockout);
      if (changes.password !== undefined) {
        const before = await accountRow(pool, id);
        refuseWeakPassword(changes.password, { username: before.username, name: changes.name ?? before.name });
        if (own && !changes.currentPassword) throw validationError([accountFault('currentPassword', 'current-password-missing')]);
        if (own) await checkOwnPassword(id, changes.currentPassword ?? '', 'currentPassword');
      }
      await refuseUnknownUnit(pool, changes.unitId);
      const hash = changes.password === undefined ? undefined : await hashing(changes.password);
      return inTransaction(pool, async (client) => {
        const current = await accountRow(client, id, true);
        if (changes.name !== undefined) await refuseTakenName(client, changes.name, id);
        const role = changes.role ?? current.role;
        const unitId = changes.role !== undefined ? (changes.unitId ?? null) : changes.unitId !== undefined ? changes.unitId : current.unit_id;
        if ((role === 'department-head') !== (unitId !== null)) {
          throw validationError([{ path: 'unitId', message: 'หัวหน้าส่วนราชการต้องระบุส่วนราชการ บทบาทอื่นต้องไม่ระบุ', code: 'unit-matches-role' }]);
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
          await sessions.endAllBut(client, id, own ? keep : undefined);
        }
        return toAccount(updated[0] as AccountRow);
      });
    },

    /**
     * Anyone's own new password, given the current one: the account's other sessions end, the
     * one asking (`keep`) stays. A weak new one is refused before the current one is checked.
     */
    async changePassword(id: string, input: unknown, keep: string): Promise<Account> {
      const { currentPassword, newPassword } = parseInput(passwordChangeSchema, input);
      const before = await accountRow(pool, id);
      refuseWeakPassword(newPassword, { username: before.username, name: before.name }, 'newPassword');
      if (newPassword === currentPassword) throw validationError([{ path: 'newPassword', message: 'รหัสผ่านใหม่ต้องไม่ซ้ำกับรหัสผ่านปัจจุบัน' }]);
      await checkOwnPassword(id, currentPassword, 'currentPassword');
      const hash = await hashing(newPassword);
      return inTransaction(pool, async (client) => {
        const { rows } = await client.query<AccountRow>(
          `UPDATE accounts SET password_hash = $2, failed_sign_ins = 0, locked_until = NULL, updated_at = now() WHERE id = $1 RETURNING ${COLUMNS}`,
          [id, hash],
        );
        await sessions.endAllBut(client, id, keep);
        return toAccount(rows[0] as AccountRow);
      });
    },

    /** Checks a password (see passwordTries.ts), and opens a new session when it is right. */
    async signIn(username: string, password: string): Promise<SignInResult> {
      // The whole try waits its turn, the count included: a try refused as busy is not counted.
      return checks.run(() => signInNow(username, password)).catch((error: unknown) => {
        if (error instanceof GateFull) return { ok: false, reason: 'busy' };
        throw error;
      });
    },

    fromSession: sessions.fromSession,
    signOut: sessions.end,
  };
}

export type Accounts = ReturnType<typeof createAccounts>;
