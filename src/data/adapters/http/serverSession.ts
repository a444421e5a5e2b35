import * as z from 'zod/mini';
import { accountSchema, type Account } from '../../../domain/schemas/account';
import { StoreError } from '../../storeError';
import { ACCOUNT_HEADER } from './actorHeaders';
import { badResponse, errorBodySchema, NETWORK_MESSAGES } from './httpErrors';

const sessionSchema = z.object({ account: accountSchema });

async function send(path: string, init: RequestInit, fetchFn: typeof fetch): Promise<Response> {
  try {
    // Same origin: the browser sends the session cookie itself.
    return await fetchFn(`/api/v1${path}`, { ...init, credentials: 'same-origin', headers: { Accept: 'application/json', ...init.headers } });
  } catch {
    throw new StoreError({ kind: 'network', reason: 'offline' }, NETWORK_MESSAGES.offline);
  }
}

async function refusal(response: Response): Promise<StoreError> {
  const body = errorBodySchema.safeParse(await response.json().catch(() => undefined));
  if (!body.success) return response.status >= 500 ? new StoreError({ kind: 'network', reason: 'server', status: response.status }, NETWORK_MESSAGES.server(response.status)) : badResponse();
  const { message, fields, code, values } = body.data.error;
  if (response.status === 400) return new StoreError({ kind: 'validation', fields: fields ?? [] }, message);
  // A refusal the server names (a wrong password, a lock, a full queue: src/domain/signInRefusals.ts)
  // keeps its code and values, so the form words it in the reader's language; the message stays Thai.
  if (code !== undefined) return new StoreError({ kind: 'forbidden', code, ...(values ? { values } : {}) }, message);
  if (response.status >= 500) return new StoreError({ kind: 'network', reason: 'server', status: response.status }, message);
  // An older server's 401 or 429 says why in its Thai words only.
  return new StoreError({ kind: 'forbidden' }, message);
}

/** The account signed in on this browser, or null when nobody is (or the session has ended). */
export async function readSession(fetchFn: typeof fetch = fetch): Promise<Account | null> {
  const response = await send('/session', {}, fetchFn);
  if (response.status === 401) return null;
  if (!response.ok) throw await refusal(response);
  const parsed = sessionSchema.safeParse(await response.json().catch(() => undefined));
  if (!parsed.success) throw badResponse();
  return parsed.data.account;
}

export async function signIn(username: string, password: string, fetchFn: typeof fetch = fetch): Promise<Account> {
  const response = await send('/session', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ username, password }) }, fetchFn);
  if (!response.ok) throw await refusal(response);
  const parsed = sessionSchema.safeParse(await response.json().catch(() => undefined));
  if (!parsed.success) throw badResponse();
  return parsed.data.account;
}

/** Signs this tab's account out; a session someone else has since opened in the browser is left alone. */
export async function signOut(signedInAs?: string, fetchFn: typeof fetch = fetch): Promise<void> {
  const response = await send('/session', { method: 'DELETE', headers: signedInAs === undefined ? {} : { [ACCOUNT_HEADER]: signedInAs } }, fetchFn);
  if (!response.ok && response.status !== 401) throw await refusal(response);
}
