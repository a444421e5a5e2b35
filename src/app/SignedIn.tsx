import { useState, type RefObject } from 'react';
import type { ServerSession } from '../data/sessionContext';
import { useI18n } from '../i18n/i18n';
import { useErrorWords } from '../i18n/useErrorWords';

/**
 * Who is signed in on the agency's server, their own password, and the way out, on every screen
 * rather than in settings only.
 */
export default function SignedIn({ server, onChangePassword, passwordButton }: { server: ServerSession; onChangePassword: () => void; passwordButton: RefObject<HTMLButtonElement | null> }) {
  const { t } = useI18n();
  const words = useErrorWords();
  // Kept as the error, worded as shown, so switching language rewords it.
  const [failed, setFailed] = useState<unknown>(null);
  return (
    <div className="app-account">
      <p className="app-account-name">
        <span className="visually-hidden">{t('account.signedInAs')} </span>
        {server.account.name}
      </p>
      <button type="button" className="sign-out" ref={passwordButton} aria-haspopup="dialog" onClick={onChangePassword}>
        {t('account.changePassword')}
      </button>
      <button
        type="button"
        className="sign-out"
        onClick={() => {
          setFailed(null);
          server.signOut().catch((error: unknown) => setFailed(error));
        }}
      >
        {t('account.signOut')}
      </button>
      {failed !== null && (
        <p role="alert" className="app-account-error">
          {t('account.signOutFailed', { message: words.storeError(failed) })}
        </p>
      )}
    </div>
  );
}
