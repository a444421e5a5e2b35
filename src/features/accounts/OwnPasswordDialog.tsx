import { useEffect, useId, useMemo, useRef } from 'react';
import { useForm } from 'react-hook-form';
import { useChangeOwnPassword } from '../../data/accountQueries';
import type { Account } from '../../domain/schemas/account';
import { useMessages } from '../../i18n/featureMessages';
import { useErrorWords } from '../../i18n/useErrorWords';
import { SaveControls } from '../../ui/SaveControls';
import { fieldWording, type AccountWording } from './accountForm';
import { EMPTY_OWN_PASSWORD, ownPasswordResolver } from './ownPasswordForm';
import { OwnPasswordFields } from './OwnPasswordFields';
import { ownPasswordMessages } from './ownPasswordMessages';
import { passwordWording } from './passwordWords';
import { useSaveOutcome } from './useSaveOutcome';
import { useRefusalsFollowLanguage } from '../../ui/useRefusalsFollowLanguage';

const FIELDS = ['currentPassword', 'newPassword'] as const;

/**
 * Anyone's own new password, from the header, given the current one. Over the screen like the
 * sign-in: Escape or the close button leaves it, and focus goes back to the header's button.
 */
export default function OwnPasswordDialog({ account, onClose }: { account: Pick<Account, 'username' | 'name'>; onClose: () => void }) {
  const { t } = useMessages(ownPasswordMessages);
  const id = useId();
  const change = useChangeOwnPassword();
  const errorWords = useErrorWords();
  // The accounts screen's words are not loaded with the header's dialog: a password's and the shared ones are enough here.
  const words = useMemo((): AccountWording & { password: ReturnType<typeof passwordWording> } => {
    const password = passwordWording(t);
    return { password, field: fieldWording(password, errorWords.field), storeError: errorWords.storeError };
  }, [t, errorWords]);
  const resolver = useMemo(() => ownPasswordResolver(account, t('ownPassword.mismatch'), words.password, words.field), [account, t, words]);
  const form = useForm({ resolver, defaultValues: EMPTY_OWN_PASSWORD });
  useRefusalsFollowLanguage(form);
  const outcome = useSaveOutcome(form, FIELDS, t('ownPassword.fixFields'), words);
  const dialog = useRef<HTMLElement>(null);
  useEffect(() => {
    dialog.current?.querySelector('input')?.focus();
  }, []);
  const submit = form.handleSubmit(({ currentPassword, newPassword }) => {
    outcome.clear();
    change.mutate(
      { currentPassword, newPassword },
      {
        onSuccess: () => {
          form.reset(EMPTY_OWN_PASSWORD);
          outcome.saved(t('ownPassword.done'));
        },
        onError: outcome.refused,
      },
    );
  });
  return (
    // Keys typed here are the dialog's: a screen's own shortcuts must not take a password's letters.
    <div
      className="modal-backdrop"
      onKeyDown={(e) => {
        e.stopPropagation();
        if (e.key === 'Escape') onClose();
      }}
    >
      <section ref={dialog} className="card modal" role="dialog" aria-modal="true" aria-labelledby={`${id}-h`} aria-describedby={`${id}-d`}>
        <h2 id={`${id}-h`}>{t('ownPassword.heading')}</h2>
        <p id={`${id}-d`}>{t('ownPassword.intro')}</p>
        {/* The sign-in's form styles: the same kind of dialog over the screen. */}
        <form className="form sign-in" noValidate aria-labelledby={`${id}-h`} onSubmit={(e) => void submit(e)}>
          <OwnPasswordFields id={id} register={form.register} errors={form.formState.errors} />
          <SaveControls pending={change.isPending} label={t('ownPassword.submit')} status={outcome.done} failure={outcome.refusal} />
        </form>
        <button type="button" className="link-button" onClick={onClose}>
          {t('ownPassword.close')}
        </button>
      </section>
    </div>
  );
}
