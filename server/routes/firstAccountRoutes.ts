import type { Context, Env, Hono } from 'hono';
import type { Pool } from 'pg';
import { errorResponse } from '../../api/respond';
import { firstAccountSchema } from '../../src/domain/schemas/firstAccount';
import { SIGN_IN_TH, signInRefusalInThai, type SignInRefusal } from '../../src/domain/signInRefusals';
import { parseInput } from '../../src/data/storeError';
import { answering } from '../app';
import { createAccounts, PASSWORD_CHECKS } from '../auth/accounts';
import { createAuditLog } from '../auth/auditLog';
import { createGate } from '../auth/passwordGate';
import { SETUP_CODE_TRIES, type SetupCode } from '../auth/setupCode';
import { clientAddress } from '../http/clientAddress';

export interface FirstAccountOptions {
  pool: Pool;
  log: (message: string, error?: unknown) => void;
  now: () => Date;
  /** Made at start while there is no account (server/main.ts); without one, nobody sets up from a browser. */
  setupCode?: SetupCode | undefined;
  /** As for sign-in: the client's address from X-Forwarded-For only behind the agency's own proxy. */
  trustProxy?: boolean;
}

/** A setup refused with its code (docs/api.md): thrown under the lock, answered outside it. */
class SetupRefused extends Error {
  constructor(readonly refusal: SignInRefusal) {
    super(signInRefusalInThai(refusal));
  }
}

export const ACCOUNTS_EXIST = SIGN_IN_TH['setup.accountsExist'];
export const NO_CODE = SIGN_IN_TH['setup.noCode'];
export const CODE_VOID = signInRefusalInThai({ code: 'setup.codeVoid', values: { tries: SETUP_CODE_TRIES } });
export const codeWrong = (triesLeft: number) => signInRefusalInThai({ code: 'setup.codeWrong', values: { triesLeft } });

/**
 * Holds PostgreSQL's lock for making the first account on a connection of its own, so that two
 * made at once (two tabs, two servers on one database) are one after the other: the second sees
 * the first's account and is refused. The lock ends with its connection if that is lost.
 */
async function underSetupLock<T>(pool: Pool, work: () => Promise<T>): Promise<T> {
  const client = await pool.connect();
  try {
    await client.query("SELECT pg_advisory_lock(hashtext('ita:first-account'))");
    try {
      return await work();
    } finally {
      await client.query("SELECT pg_advisory_unlock(hashtext('ita:first-account'))");
    }
  } finally {
    client.release();
  }
}

/**
 * The first planning officer's account, made from a browser with the one-time code the server
 * printed in its log. Both routes answer without a session; once any account exists they say
 * so and make nothing.
 */
export function addFirstAccountRoutes<E extends Env>(app: Hono<E>, { pool, log, now, setupCode, trustProxy = false }: FirstAccountOptions): void {
  const accounts = createAccounts(pool, now, createGate(PASSWORD_CHECKS));
  const audit = createAuditLog(pool, log);
  const answer = (work: (c: Context<E>) => Promise<Response>) => answering(log, work);
  // One at a time in this process, waiting in memory: a burst of tries must not hold every
  // connection of the pool blocked on the lock while the one holding it waits for another.
  let queue: Promise<unknown> = Promise.resolve();
  const oneAtATime = <T>(work: () => Promise<T>): Promise<T> => {
    const run = queue.then(work, work);
    queue = run.catch(() => undefined);
    return run;
  };
  const addressOf = (c: Context<E>) => clientAddress(c, trustProxy);

  app.get('/api/v1/setup', answer(async () => Response.json({ firstAccount: Boolean(setupCode) && (await accounts.count()) === 0 })));

  app.post('/api/v1/setup/first-account', answer(async (c) => {
    const { setupCode: given, ...account } = parseInput(firstAccountSchema, await c.req.json().catch(() => null));
    const address = addressOf(c);
    const refuse = (refusal: SignInRefusal) => new SetupRefused(refusal);
    const making = oneAtATime(() => underSetupLock(pool, async () => {
      if ((await accounts.count()) > 0) throw refuse({ code: 'setup.accountsExist', values: {} });
      if (!setupCode) throw refuse({ code: 'setup.noCode', values: {} });
      const checked = setupCode.check(given);
      if (!checked.ok) {
        await audit.add({ action: `first-account-code-${checked.reason}`, target: account.username, status: 403, detail: { address } });
        throw refuse(checked.reason === 'void' ? { code: 'setup.codeVoid', values: { tries: SETUP_CODE_TRIES } } : { code: 'setup.codeWrong', values: { triesLeft: checked.triesLeft } });
      }
      // A weak password or a bad name is a 400 from here, and the code stays good for the next try.
      const made = await accounts.create({ ...account, role: 'planning-officer', unitId: null });
      setupCode.spend();
      return made;
    }));
    const created = await making.catch((error: unknown) => (error instanceof SetupRefused ? error : Promise.reject(error)));
    if (created instanceof SetupRefused) {
      const { refusal } = created;
      return errorResponse(403, { kind: 'forbidden', message: created.message, code: refusal.code, values: refusal.values });
    }
    await audit.add({ account: created, action: 'first-account', target: created.username, status: 201, detail: { address } });
    return Response.json({ account: created }, { status: 201 });
  }));
}
