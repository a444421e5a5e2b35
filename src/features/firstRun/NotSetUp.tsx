import { useId } from 'react';
import { Link } from 'react-router';
import { useMessages } from '../../i18n/featureMessages';
import { useSession } from '../../data/sessionContext';
import { useLangLink } from '../../i18n/langLink';
import { messages } from './messages';

/**
 * What everyone but the planning officer sees before there is any data: nothing has failed and
 * there is nothing for them to do, so no error and no retry, only what they are waiting for.
 */
export function WaitingForSetUp() {
  const { t } = useMessages(messages);
  const id = useId();
  const withLang = useLangLink();
  // In this browser's own storage nobody else will come: the person is the planning officer too,
  // under another role chosen in settings.
  const alone = useSession().server === null;
  return (
    <section className="card first-run-waiting" aria-labelledby={`${id}-h`}>
      <h1 id={`${id}-h`}>{t('firstRun.waiting.heading')}</h1>
      {alone ? (
        <p>
          {t('firstRun.waiting.alone')} <Link to={withLang('/settings')}>{t('firstRun.waiting.toSettings')}</Link>
        </p>
      ) : (
        <p>{t('firstRun.waiting.text')}</p>
      )}
    </section>
  );
}

/** The planning officer on a screen that needs a year's result: the way to the first run. */
export function SetUpPointer() {
  const { t } = useMessages(messages);
  const withLang = useLangLink();
  const id = useId();
  return (
    <section className="card first-run-waiting" aria-labelledby={`${id}-h`}>
      <h1 id={`${id}-h`}>{t('firstRun.pointer.heading')}</h1>
      <p>{t('firstRun.pointer.text')}</p>
      <p>
        <Link to={withLang('/')}>{t('firstRun.pointer.link')}</Link>
      </p>
    </section>
  );
}
