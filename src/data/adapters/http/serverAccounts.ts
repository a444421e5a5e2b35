import * as z from 'zod/mini';
import { accountSchema, type Account, type AccountChanges, type NewAccount, type PasswordChange } from '../../../domain/schemas/account';
import { ACCOUNT_HEADER } from './actorHeaders';
import { jsonCall } from './jsonCall';

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
 * data set, so not of the Store), and the password each person changes for themselves. Every answer is parsed with the domain's schema; a refusal
 * becomes a StoreError carrying the server's Thai words and, for a 400, its fields.
 */
export function createAccountsClient({ signedInAs, onUnauthorized, timeoutMs = 10_000, fetch = globalThis.fetch }: AccountsClientOptions) {
  const call = <S extends z.ZodMiniType>(schema: S, method: string, path: string, body?: unknown): Promise<z.infer<S>> =>
    // Same origin: the browser sends the session cookie itself.
    jsonCall(schema, `/api/v1${path}`, { method, credentials: 'same-origin', headers: { [ACCOUNT_HEADER]: signedInAs }, body }, { timeoutMs, fetch, onUnauthorized });

  const id = encodeURIComponent;
  return {
    list: (): Promise<Account[]> => call(z.array(accountSchema), 'GET', '/accounts'),
    create: (input: NewAccount): Promise<Account> => call(accountSchema, 'POST', '/accounts', input),
    /** A new password, a new role or unit, or disabling ends that account's sessions on the server. */
    update: (accountId: string, changes: AccountChanges): Promise<Account> => call(accountSchema, 'PATCH', `/accounts/${id(accountId)}`, changes),
    /** Anyone's own password, given the current one: their other sessions end, this one stays. */
    changeOwnPassword: async (change: PasswordChange): Promise<Account> => (await call(z.object({ account: accountSchema }), 'PUT', '/session/password', change)).account,
  };
}

export type AccountsClient = ReturnType<typeof createAccountsClient>;
