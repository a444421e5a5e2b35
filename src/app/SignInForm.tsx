import { useId, useState, type FormEvent } from 'react';
import { signIn } from '../data/adapters/http/serverSession';
import type { Account } from '../domain/schemas/account';
import { useI18n } from '../i18n/i18n';

/**
 * Username and password for the agency's server. A refusal is said in the server's own Thai
 * words (a wrong password and an unknown name read the same; a locked account says until when),
 * and what was typed stays, but for the password.
 */
export function SignInForm({ onSignedIn, autoFocus = true }: { onSignedIn: (account: Account) => void; autoFocus?: boolean }) {
  const { t } = useI18n();
  const id = useId();
  const [username, setUsername] = useState('');
  const [password, setPassword] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [working, setWorking] = useState(false);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!username.trim() || !password) {
      setError(t('signIn.missing'));
      return;
    }
    setWorking(true);
    setError(null);
    try {
      onSignedIn(await signIn(username, password));
    } catch (failure) {
      setError(failure instanceof Error ? failure.message : String(failure));
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
        <p id={`${id}-error`} role="alert" className="field-error">
          {error}
        </p>
      )}
      <button type="submit" disabled={working}>
        {working ? t('signIn.working') : t('signIn.submit')}
      </button>
    </form>
  );
}
