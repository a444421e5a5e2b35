import { useMemo } from 'react';
import type { FieldError } from '../../data/storeError';
import { useMessages } from '../../i18n/featureMessages';
import { useErrorWords } from '../../i18n/useErrorWords';
import { fieldWording, type AccountWording } from './accountForm';
import { messages, type AccountsKey } from './messages';
import { ownPasswordMessages } from './ownPasswordMessages';
import { passwordWording, type PasswordWording } from './passwordWords';

/**
 * The server's refusals of an account, by the code it sends with its Thai sentence; spelled out
 * so the catalog test can see every key in use.
 */
const ACCOUNT_FAULT_KEYS = {
  'username-taken': 'accounts.fault.usernameTaken',
  'name-taken': 'accounts.fault.nameTaken',
  'unknown-unit': 'accounts.fault.unknownUnit',
  'current-password-wrong': 'accounts.fault.currentWrong',
  'current-password-missing': 'accounts.reset.currentMissing',
} as const satisfies Record<string, AccountsKey>;

const isAccountFault = (code: string | undefined): code is keyof typeof ACCOUNT_FAULT_KEYS => code !== undefined && code in ACCOUNT_FAULT_KEYS;

/**
 * The accounts screen's words for what is wrong: a password problem and the server's refusals of
 * an account (a username or name taken, a unit it does not know) by their codes, anything else
 * by the shared words for a field's fault or a store's refusal.
 */
export function useAccountWords(): AccountWording & { password: PasswordWording } {
  const { t } = useMessages(messages);
  const own = useMessages(ownPasswordMessages);
  const words = useErrorWords();
  return useMemo(() => {
    const password = passwordWording(own.t);
    const field = fieldWording(password, (f: FieldError) => (isAccountFault(f.code) ? t(ACCOUNT_FAULT_KEYS[f.code], f.values ?? {}) : words.field(f)));
    return { password, field, storeError: words.storeError };
  }, [t, own.t, words]);
}
