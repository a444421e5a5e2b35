import { skipToken, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useMemo } from 'react';
import type { Account, AccountChanges, NewAccount } from '../domain/schemas/account';
import { createAccountsClient } from './adapters/http/serverAccounts';
import { useSession } from './sessionContext';
import { forbidden } from './storeError';
import { useStore } from './storeContext';

/** The accounts' own keys: they live on the server beside the data set, not in the Store. */
export const accountKeys = { all: ['accounts'] as const };

/**
 * The client for this tab's signed-in account, or null where there is no server (browser
 * storage, the mocked API). An ended session is announced by the store, which the app listens
 * to: asking the store anything after a 401 here lets it find out too and ask for a sign-in.
 */
function useAccountsClient() {
  const signedInAs = useSession().server?.account.id;
  const store = useStore();
  return useMemo(
    () => (signedInAs === undefined ? null : createAccountsClient({ signedInAs, onUnauthorized: () => void store.getSettings().catch(() => undefined) })),
    [signedInAs, store],
  );
}

/** Every account, as the server lists them (by username); only the planning officer may ask. */
export function useAccounts() {
  const client = useAccountsClient();
  return useQuery({ queryKey: accountKeys.all, queryFn: client ? () => client.list() : skipToken });
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
    onSuccess: (account) => queryClient.setQueryData<Account[]>(accountKeys.all, (old) => old && [...old, account].sort(byUsername)),
    onSettled: () => queryClient.invalidateQueries({ queryKey: accountKeys.all }),
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
    onSuccess: (account) => queryClient.setQueryData<Account[]>(accountKeys.all, (old) => old?.map((a) => (a.id === account.id ? account : a))),
    onSettled: () => queryClient.invalidateQueries({ queryKey: accountKeys.all }),
  });
}

const noServer = () => forbidden('บัญชีผู้ใช้มีเฉพาะบนเซิร์ฟเวอร์ของหน่วยงาน');

/**
 * The planning officer cannot lock themselves out: disabling their own account or giving up
 * their own role could leave the agency with nobody who manages accounts.
 */
function refuseOwnLockout(changes: AccountChanges): string | null {
  if (changes.disabled === true) return 'ปิดการใช้งานบัญชีของตนเองไม่ได้';
  if (changes.role !== undefined && changes.role !== 'planning-officer') return 'เปลี่ยนบทบาทเจ้าหน้าที่วิเคราะห์นโยบายและแผนของตนเองไม่ได้';
  return null;
}
