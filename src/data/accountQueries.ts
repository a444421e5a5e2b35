import { skipToken, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useMemo } from 'react';
import { refuseOwnLockout } from '../domain/accountRules';
import type { Account, AccountChanges, NewAccount, PasswordChange } from '../domain/schemas/account';
import { createAccountsClient } from './adapters/http/serverAccounts';
import { queryKeys } from './queryKeys';
import { useSession } from './sessionContext';
import { forbidden } from './storeError';

/**
 * The client for this tab's signed-in account, or null where there is no server (browser
 * storage, the mocked API). A 401 here ends the session as one from the store does: the sign-in
 * is asked for over the screen.
 */
function useAccountsClient() {
  const server = useSession().server;
  const signedInAs = server?.account.id;
  const ended = server?.ended;
  return useMemo(() => (signedInAs === undefined ? null : createAccountsClient({ signedInAs, onUnauthorized: ended })), [signedInAs, ended]);
}

/** Every account, as the server lists them (by username); only the planning officer may ask. */
export function useAccounts() {
  const client = useAccountsClient();
  return useQuery({ queryKey: queryKeys.accounts.all, queryFn: client ? () => client.list() : skipToken });
}

const byUsername = (a: Account, b: Account) => (a.username < b.username ? -1 : a.username > b.username ? 1 : 0);

/**
 * Not optimistic, unlike the data set's writes: an account shown as disabled before the server
 * has ended its sessions would tell the planning officer something that is not yet true.
 */
export function useCreateAccount() {
  const client = useAccountsClient();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: NewAccount) => (client ? client.create(input) : Promise.reject(noServer())),
    onSuccess: (account) => queryClient.setQueryData<Account[]>(queryKeys.accounts.all, (old) => old && [...old, account].sort(byUsername)),
    onSettled: () => queryClient.invalidateQueries({ queryKey: queryKeys.accounts.all }),
  });
}

export function useUpdateAccount() {
  const client = useAccountsClient();
  const self = useSession().server?.account.id;
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, changes }: { id: string; changes: AccountChanges }) => {
      if (!client) return Promise.reject(noServer());
      const refusal = id === self ? refuseOwnLockout(changes) : null;
      return refusal ? Promise.reject(forbidden(refusal)) : client.update(id, changes);
    },
    onSuccess: (account) => queryClient.setQueryData<Account[]>(queryKeys.accounts.all, (old) => old?.map((a) => (a.id === account.id ? account : a))),
    onSettled: () => queryClient.invalidateQueries({ queryKey: queryKeys.accounts.all }),
  });
}

/** One's own password, from the header: the signed-in account's list entry is refreshed with it. */
export function useChangeOwnPassword() {
  const client = useAccountsClient();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (change: PasswordChange) => (client ? client.changeOwnPassword(change) : Promise.reject(noServer())),
    onSuccess: (account) => queryClient.setQueryData<Account[]>(queryKeys.accounts.all, (old) => old?.map((a) => (a.id === account.id ? account : a))),
  });
}

const noServer = () => forbidden('บัญชีผู้ใช้มีเฉพาะบนเซิร์ฟเวอร์ของหน่วยงาน');

