import { useId, useState, type FormEvent } from 'react';
import { signIn } from '../data/adapters/http/serverSession';
import { isStoreError } from '../data/storeError';
import type { Account } from '../domain/schemas/account';
import { signInRefusalOf, type SignInRefusal } from '../domain/signInRefusals';
import { useMessages } from '../i18n/featureMessages';
import { useErrorWords } from '../i18n/useErrorWords';
import { signInMessages, type SignInKey } from './signInMessages';
import { Alert } from '../ui/Alert';

/** Each refusal's words, spelled out so the catalog test can see every key in use; a setup code is not a sign-in's. */
const REFUSAL_KEYS: Partial<Record<SignInRefusal['code'], SignInKey>> = {
  'signIn.wrong': 'signIn.refusal.wrong',
  'signIn.disabled': 'signIn.refusal.disabled',
  'signIn.locked': 'signIn.refusal.locked',
  'signIn.tooManyTries': 'signIn.refusal.tooManyTries',
  'signIn.busy': 'signIn.refusal.busy',
};

/** What went wrong: a field left empty, or the server's refusal, worded when shown. */
type Problem = { missing: true } | { failure: unknown };

/**
 * Username and password for the agency's server. A refusal is said in the reader's language from
 * the server's code (a wrong password and an unknown name read the same; a locked account says
 * until when), and what was typed stays, but for the password.
 */
export function SignInForm({ onSignedIn, autoFocus = true }: { onSignedIn: (account: Account) => void; autoFocus?: boolean }) {
  const { t } = useMessages(signInMessages);
  const words = useErrorWords();
  const id = useId();
  const [username, setUsername] = useState('');
  const [password, setPassword] = useState('');
  const [problem, setProblem] = useState<Problem | null>(null);
  const [working, setWorking] = useState(false);

  const said = (failure: unknown): string => {
    const detail = isStoreError(failure, 'forbidden') && failure.detail.kind === 'forbidden' ? failure.detail : null;
    const refusal = detail && signInRefusalOf(detail.code, detail.values);
    const key = refusal && REFUSAL_KEYS[refusal.code];
    // Offline, a server fault, an older server's Thai: said as any store error is.
    return refusal && key ? t(key, refusal.values) : words.storeError(failure);
  };
  const error = problem === null ? null : 'missing' in problem ? t('signIn.missing') : said(problem.failure);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!username.trim() || !password) {
      setProblem({ missing: true });
      return;
    }
    setWorking(true);
    setProblem(null);
    try {
      onSignedIn(await signIn(username, password));
    } catch (failure) {
      setProblem({ failure });
      setPassword('');
    } finally {
      setWorking(false);
    }
  };

  return (
    <form className="form sign-in" onSubmit={(e) => void submit(e)} noValidate aria-describedby={error ? `${id}-error` : undefined}>
      <div className="field">
        <label htmlFor={`${id}-user`}>{t('signIn.username')}</label>
        <input id={`${id}-user`} autoComplete="username" autoCapitalize="none" spellCheck={false} autoFocus={autoFocus} value={username} onChange={(e) => setUsername(e.target.value)} />
      </div>
      <div className="field">
        <label htmlFor={`${id}-password`}>{t('signIn.password')}</label>
        <input id={`${id}-password`} type="password" autoComplete="current-password" value={password} onChange={(e) => setPassword(e.target.value)} />
      </div>
      {error && (
        <Alert id={`${id}-error`}>{error}</Alert>
      )}
      <button type="submit" disabled={working}>
        {working ? t('signIn.working') : t('signIn.submit')}
      </button>
    </form>
  );
}
