import * as z from 'zod/mini';
import { accountSchema, type Account, type AccountChanges, type NewAccount } from '../../../domain/schemas/account';
import { StoreError } from '../../storeError';
import { ACCOUNT_HEADER } from './actorHeaders';
import { badResponse, errorFromResponse, NETWORK_MESSAGES } from './httpErrors';

export interface AccountsClientOptions {
  /** The account this tab signed in as: the server refuses (401) a tab whose cookie is now someone else's. */
  signedInAs: string;
  /** Told when the server answers 401: the session has ended, and the person must sign in again. */
  onUnauthorized?: () => void;
  timeoutMs?: number;
  fetch?: typeof globalThis.fetch;
}

/**
 * The accounts the planning officer manages on the agency's server (they are not part of the
 * data set, so not of the Store). Every answer is parsed with the domain's schema; a refusal
 * becomes a StoreError carrying the server's Thai words and, for a 400, its fields.
 */
export function createAccountsClient({ signedInAs, onUnauthorized, timeoutMs = 10_000, fetch = globalThis.fetch }: AccountsClientOptions) {
  async function call<S extends z.ZodMiniType>(schema: S, method: string, path: string, body?: unknown): Promise<z.infer<S>> {
    const controller = new AbortController();
    const timer = setTimeout(() => controller.abort(), timeoutMs);
    let response: Response;
    try {
      // Same origin: the browser sends the session cookie itself.
      response = await fetch(`/api/v1${path}`, {
        method,
        credentials: 'same-origin',
        headers: { Accept: 'application/json', [ACCOUNT_HEADER]: signedInAs, ...(body === undefined ? {} : { 'Content-Type': 'application/json' }) },
        body: body === undefined ? undefined : JSON.stringify(body),
        signal: controller.signal,
      });
    } catch {
      throw controller.signal.aborted
        ? new StoreError({ kind: 'network', reason: 'timeout' }, NETWORK_MESSAGES.timeout(Math.round(timeoutMs / 1000)))
        : new StoreError({ kind: 'network', reason: 'offline' }, NETWORK_MESSAGES.offline);
    } finally {
      clearTimeout(timer);
    }
    const payload: unknown = await response.json().catch(() => undefined);
    if (response.status === 401) onUnauthorized?.();
    if (!response.ok) throw errorFromResponse(response.status, payload);
    const parsed = schema.safeParse(payload);
    if (!parsed.success) throw badResponse();
    return parsed.data;
  }

  const id = encodeURIComponent;
  return {
    list: (): Promise<Account[]> => call(z.array(accountSchema), 'GET', '/accounts'),
    create: (input: NewAccount): Promise<Account> => call(accountSchema, 'POST', '/accounts', input),
    /** A new password, a new role or unit, or disabling ends that account's sessions on the server. */
    update: (accountId: string, changes: AccountChanges): Promise<Account> => call(accountSchema, 'PATCH', `/accounts/${id(accountId)}`, changes),
  };
}

export type AccountsClient = ReturnType<typeof createAccountsClient>;
