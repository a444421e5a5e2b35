import { useEffect, useId } from 'react';
import type { ServerSession } from '../data/sessionContext';
import { useI18n } from '../i18n/i18n';
import { SignInForm } from './SignInForm';

/**
 * Over the screen when the server says the session has ended: the page behind it keeps what was
 * typed (it is only made inert), so after signing in again the failed save can simply be repeated.
 */
export default function SessionExpiredDialog({ server }: { server: ServerSession }) {
  const { t } = useI18n();
  const id = useId();
  // Back to where the person was (the save button, say) once they have signed in again.
  useEffect(() => {
    const before = document.activeElement;
    return () => {
      if (before instanceof HTMLElement && before.isConnected) before.focus();
    };
  }, []);
  return (
    // What is typed here is the dialog's: a screen's own keys (the meeting screen's P, F, 1–9 and
    // space) must not take a username's letters or a password's digits and spaces.
    <div className="modal-backdrop" onKeyDown={(e) => e.stopPropagation()}>
      <section className="card modal" role="dialog" aria-modal="true" aria-labelledby={`${id}-h`} aria-describedby={`${id}-d`}>
        <h2 id={`${id}-h`}>{t('signIn.heading')}</h2>
        <p id={`${id}-d`}>{t('signIn.expired')}</p>
        <SignInForm onSignedIn={server.resumed} />
      </section>
    </div>
  );
}
