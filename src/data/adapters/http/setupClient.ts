import * as z from 'zod/mini';
import { accountSchema, type Account } from '../../../domain/schemas/account';
import { setupStateSchema, type FirstAccount, type SetupState } from '../../../domain/schemas/firstAccount';
import { jsonCall } from './jsonCall';

export interface SetupClientOptions {
  timeoutMs?: number;
  fetch?: typeof globalThis.fetch;
}

/** Asked before anyone has signed in: no session, no account header. */
export function createSetupClient({ timeoutMs = 10_000, fetch = globalThis.fetch }: SetupClientOptions = {}) {
  const options = { timeoutMs, fetch };
  return {
    state: (): Promise<SetupState> => jsonCall(setupStateSchema, '/api/v1/setup', { method: 'GET', headers: {}, credentials: 'same-origin' }, options),
    createFirstAccount: async (input: FirstAccount): Promise<Account> =>
      (await jsonCall(z.object({ account: accountSchema }), '/api/v1/setup/first-account', { method: 'POST', headers: {}, body: input, credentials: 'same-origin' }, options)).account,
  };
}

export type SetupClient = ReturnType<typeof createSetupClient>;
