import { serve, type ServerType } from '@hono/node-server';
import type { AddressInfo } from 'node:net';
import { createAccounts } from '../../server/auth/accounts';
import { createServerApp, SESSION_COOKIE, type ServerAppOptions } from '../../server/serverApp';
import { createPgStore } from '../../server/store/pgStore';
import type { Actor } from '../../src/domain/schemas/actor';
import { EXECUTIVE, FINANCE_HEAD, OFFICE_HEAD, PLANNER } from '../contract/storeContract';
import { seedData } from '../support/seed';
import { freshDatabase } from './database';

export type ApiInit = RequestInit & { cookie?: string | null };

/** The contract's four people, each with an account on the server. */
export const PEOPLE: [string, Actor][] = [
  ['planner', PLANNER],
  ['finance', FINANCE_HEAD],
  ['office', OFFICE_HEAD],
  ['executive', EXECUTIVE],
];
export const PASSWORD = 'รหัสผ่านทดสอบ-2565';

/**
 * The whole server on a database of its own, on a free loopback port, with the seed's data and
 * an account for each of the contract's people, each already signed in. `options` are the
 * server's own (a small evidence quota, say).
 */
export async function startTestServer(options: Omit<ServerAppOptions, 'pool'> = {}) {
  const db = await freshDatabase();
  await createPgStore({ pool: db.pool, actor: () => PLANNER }).replaceData(seedData());
  const accounts = createAccounts(db.pool);
  for (const [username, actor] of PEOPLE) await accounts.create({ username, name: actor.name, role: actor.role, unitId: actor.unitId, password: PASSWORD });
  const app = createServerApp({ pool: db.pool, log: () => undefined, logRequest: () => undefined, ...options });
  let server: ServerType | undefined;
  await new Promise<void>((resolve) => {
    server = serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' }, () => resolve());
  });
  const base = `http://127.0.0.1:${(server?.address() as AddressInfo).port}`;

  /** The session cookie from a sign-in, or the refusal's status. */
  async function signIn(username: string, password = PASSWORD): Promise<{ status: number; cookie: string | null; body: unknown }> {
    const response = await fetch(`${base}/api/v1/session`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Origin: base },
      body: JSON.stringify({ username, password }),
    });
    const cookie = response.headers.get('set-cookie')?.match(new RegExp(`${SESSION_COOKIE}=[^;]+`))?.[0] ?? null;
    return { status: response.status, cookie, body: await response.json().catch(() => null) };
  }

  const cookies = new Map<string, string>();
  for (const [username, actor] of PEOPLE) {
    const { cookie } = await signIn(username);
    if (!cookie) throw new Error(`${username} could not sign in`);
    cookies.set(actor.name, cookie);
  }

  /** fetch as a browser on this site would send it for `actor`: their cookie, this origin. */
  const fetchAs =
    (actor: () => Actor): typeof fetch =>
    (input, init = {}) => {
      const headers = new Headers(init.headers);
      headers.set('Origin', base);
      const cookie = cookies.get(actor().name);
      if (cookie) headers.set('Cookie', cookie);
      return fetch(input, { ...init, headers });
    };

  /** A request to /api/v1 from this site, with a session cookie when given, the body as JSON. */
  const api = (path: string, init: ApiInit = {}) => {
    const headers = new Headers(init.headers);
    headers.set('Origin', headers.get('Origin') ?? base);
    if (init.cookie) headers.set('Cookie', init.cookie);
    if (init.body !== undefined && !headers.has('Content-Type')) headers.set('Content-Type', 'application/json');
    return fetch(`${base}/api/v1${path}`, { ...init, headers });
  };

  return {
    db,
    base,
    signIn,
    fetchAs,
    api,
    close: async () => {
      await new Promise((resolve) => server?.close(resolve));
      await db.drop();
    },
  };
}
