import type { Context, Hono } from 'hono';
import { deleteCookie, getCookie, setCookie } from 'hono/cookie';
import type { Pool } from 'pg';
import { HttpRefusal } from '../../api/respond';
import { ACCOUNT_HEADER } from '../../src/data/adapters/http/actorHeaders';
import { signInSchema, type Account } from '../../src/domain/schemas/account';
import { parseInput } from '../../src/data/storeError';
import { answering, databaseAway } from '../app';
import { isConnectionError } from '../db/dbErrors';
import { oneLine } from '../db/pool';
import { clientAddress } from '../http/clientAddress';
import { createAccounts, LockedOut, lockedRefusal } from '../auth/accounts';
import { createAuditLog } from '../auth/auditLog';
import { createGate } from '../auth/passwordGate';
import { ATTEMPT_WINDOW_MINUTES, createAttemptLimiter } from '../auth/guard';
import { signInRefusalInThai, type SignInRefusal } from '../../src/domain/signInRefusals';

/** The session cookie's name over plain http (a test server, a machine's own loopback)… */
export const SESSION_COOKIE = 'ita_session';
/**
 * …and with secure cookies on: a __Host- cookie is only accepted by the browser when Secure,
 * with Path=/ and no Domain, so no other host or plain-http page can plant or shadow it.
 */
export const SECURE_SESSION_COOKIE = `__Host-${SESSION_COOKIE}`;
export const sessionCookieName = (secure: boolean) => (secure ? SECURE_SESSION_COOKIE : SESSION_COOKIE);
const WRITES = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

export type SessionEnv = { Variables: { account: Account | null } };

export interface SessionOptions {
  pool: Pool;
  secureCookies: boolean;
  trustProxy: boolean;
  now: () => Date;
  log: (message: string, error?: unknown) => void;
  passwordChecks: { running: number; waiting: number };
}

/**
 * A sign-in turned away: the Thai sentence the API always sent, and its code and values for a
 * screen in another language (docs/api.md).
 */
function refused(status: number, kind: string, refusal: SignInRefusal, headers: Record<string, string> = {}): Response {
  return Response.json({ error: { kind, message: signInRefusalInThai(refusal), code: refusal.code, values: refusal.values } }, { status, headers });
}

export const notSignedIn = () => new HttpRefusal(401, 'unauthorized', 'กรุณาลงชื่อเข้าใช้ก่อน (หรือการเข้าใช้หมดเวลาแล้ว)');

function planningOfficer(c: Context<SessionEnv>): Account {
  const account = c.get('account');
  if (!account) throw notSignedIn();
  if (account.role !== 'planning-officer') throw new HttpRefusal(403, 'forbidden', 'เฉพาะเจ้าหน้าที่วิเคราะห์นโยบายและแผนเท่านั้นที่จัดการบัญชีผู้ใช้ได้');
  return account;
}

/**
 * Who is signed in, for every /api request, and the routes of the server's own (not the
 * contract's store): sign-in and sign-out, the accounts the planning officer manages, and the
 * server's audit log.
 */
export function addSessionRoutes(app: Hono<SessionEnv>, { pool, secureCookies, trustProxy, now, log, passwordChecks }: SessionOptions): void {
  const accounts = createAccounts(pool, now, createGate(passwordChecks));
  const audit = createAuditLog(pool, log);
  const attempts = createAttemptLimiter();
  const addressOf = (c: Context<SessionEnv>) => clientAddress(c, trustProxy);
  setInterval(attempts.sweep, 60_000).unref();
  // A lock met while changing a password is sent with its code, as a sign-in's is.
  const answer = (work: (c: Context<SessionEnv>) => Promise<Response>) =>
    answering(log, (c: Context<SessionEnv>) => work(c).catch((error: unknown) => (error instanceof LockedOut ? refused(429, 'rate-limited', error.refusal) : Promise.reject(error))));
  const cookieName = sessionCookieName(secureCookies);
  const cookieOf = (c: Context<SessionEnv>) => getCookie(c, cookieName);

  // The audit log records each signed-in write once it is answered (writes with no session are
  // refused before anything happens, and would only let anyone flood the log).
  app.use('/api/*', async (c, next) => {
    const token = cookieOf(c);
    try {
      const account = token ? await accounts.fromSession(token) : null;
      // A tab that signed in as someone else than the cookie now holds (another account signed in
      // in another tab of the browser) is not signed in: it must not act as that account.
      const expected = c.req.header(ACCOUNT_HEADER);
      c.set('account', account && expected !== undefined && expected !== account.id ? null : account);
    } catch (error) {
      // The database not answering is not a signed-out person: say what it is, as every route
      // does while it is away (one line a request, not a stack).
      if (isConnectionError(error)) log(`session lookup: database unavailable (${oneLine(error)})`);
      else log('session lookup failed', error);
      return databaseAway();
    }
    await next();
    const account = c.get('account');
    if (account && WRITES.has(c.req.method) && c.req.path !== '/api/v1/session') {
      await audit.add({ account, action: `${c.req.method} ${c.req.routePath}`, target: c.req.path, status: c.res.status });
    }
  });

  app.get('/api/v1/session', answer(async (c) => {
    const account = c.get('account');
    if (!account) throw notSignedIn();
    return Response.json({ account });
  }));
  app.post('/api/v1/session', answer(async (c) => {
    const address = addressOf(c);
    // Already counted when they were refused: a blocked address's further tries are not logged one by one.
    if (attempts.blocked(address)) {
      return refused(429, 'rate-limited', { code: 'signIn.tooManyTries', values: { minutes: ATTEMPT_WINDOW_MINUTES } });
    }
    const { username, password } = parseInput(signInSchema, await c.req.json().catch(() => null));
    // Counted before the slow check, so a burst from one address is cut off at the limit.
    attempts.failed(address);
    const result = await accounts.signIn(username, password);
    // A right password, or a try refused as busy before any check, is not a failure of this address.
    if (result.ok || result.reason === 'busy') attempts.forgive(address);
    // Not logged one by one: a flood of sign-ins is what fills the waiting room.
    if (!result.ok && result.reason === 'busy') {
      return refused(503, 'busy', { code: 'signIn.busy', values: {} }, { 'Retry-After': '5' });
    }
    if (!result.ok) {
      await audit.add({ action: `sign-in-${result.reason}`, target: username, status: result.reason === 'locked' ? 429 : 401, detail: { address } });
      if (result.reason === 'locked' && result.lockedUntil) {
        return refused(429, 'rate-limited', lockedRefusal(result.lockedUntil, now()));
      }
      // The same words for an unknown name and a wrong password: which of the two it was stays untold.
      return refused(401, 'unauthorized', { code: result.reason === 'disabled' ? 'signIn.disabled' : 'signIn.wrong', values: {} });
    }
    // The session the browser brought, if any, ends: a sign-in always gets an id of its own, so an
    // id planted before it (session fixation) signs nobody in.
    const previous = cookieOf(c);
    if (previous) await accounts.signOut(previous);
    // No expiry on the cookie itself: the server ends the session, and renews it while it is used.
    setCookie(c, cookieName, result.token, { httpOnly: true, sameSite: 'Strict', secure: secureCookies, path: '/' });
    await audit.add({ account: result.account, action: 'sign-in', target: username, status: 200, detail: { address } });
    return c.json({ account: result.account });
  }));
  app.delete('/api/v1/session', answer(async (c) => {
    const token = cookieOf(c);
    // A tab that signed in as someone the cookie no longer holds signs nobody out: the session
    // is another account's, opened since in another tab, and stays theirs.
    if (c.req.header(ACCOUNT_HEADER) !== undefined && !c.get('account')) return c.body(null, 204);
    if (token) await accounts.signOut(token);
    await audit.add({ account: c.get('account'), action: 'sign-out', status: 204 });
    deleteCookie(c, cookieName, { path: '/', secure: secureCookies });
    return c.body(null, 204);
  }));
  // Anyone's own password, given the current one: their other sessions end, this one stays.
  app.put('/api/v1/session/password', answer(async (c) => {
    const account = c.get('account');
    if (!account) throw notSignedIn();
    return Response.json({ account: await accounts.changePassword(account.id, await c.req.json().catch(() => null), cookieOf(c) ?? '') });
  }));

  app.get('/api/v1/accounts', answer(async (c) => {
    planningOfficer(c);
    return Response.json(await accounts.list());
  }));
  app.post('/api/v1/accounts', answer(async (c) => {
    planningOfficer(c);
    return Response.json(await accounts.create(await c.req.json().catch(() => null)), { status: 201 });
  }));
  app.patch('/api/v1/accounts/:id', answer(async (c) => {
    const planner = planningOfficer(c);
    return Response.json(await accounts.update(c.req.param('id') ?? '', await c.req.json().catch(() => null), planner.id, cookieOf(c)));
  }));
  app.get('/api/v1/audit-log', answer(async (c) => {
    planningOfficer(c);
    const limit = Math.min(Math.max(Number(c.req.query('limit') ?? 200) || 200, 1), 1000);
    return Response.json(await audit.list(limit));
  }));
}
