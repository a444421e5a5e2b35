import { useMemo } from 'react';
import type { Account } from '../domain/schemas/account';
import { signIn } from './adapters/http/serverSession';
import type { FirstAccount } from '../domain/schemas/firstAccount';
import { createSetupClient, type SetupClient } from './adapters/http/setupClient';

export type { FirstAccount } from '../domain/schemas/firstAccount';

/** The first account was made but the sign-in after it failed: the person signs in by hand. */
export class FirstAccountMade extends Error {
  constructor(readonly account: Account) {
    super('first account made, sign-in failed');
  }
}

/** Whether the server waits for its first account; a server that cannot say is treated as set up. */
export const askFirstAccount = (client: SetupClient = createSetupClient()): Promise<boolean> => client.state().then((s) => s.firstAccount, () => false);

/**
 * Before anyone is signed in there is no query client yet, so these are plain calls: making the
 * first planning officer, then signing them in through the ordinary sign-in, as anyone is.
 */
export function useFirstAccount(client?: SetupClient) {
  return useMemo(() => {
    const setup = client ?? createSetupClient();
    return {
      create: async (input: FirstAccount): Promise<Account> => {
        const made = await setup.createFirstAccount(input);
        try {
          return await signIn(input.username, input.password);
        } catch {
          throw new FirstAccountMade(made);
        }
      },
      stillWaiting: () => askFirstAccount(setup),
    };
  }, [client]);
}
