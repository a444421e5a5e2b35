import { useId, useState } from 'react';
import { useSendReminderTest, type TestResult } from '../../../data/reminderQueries';
import { useMessages } from '../../../i18n/featureMessages';
import { useErrorWords } from '../../../i18n/useErrorWords';
import { reminderMessages } from './reminderMessages';
import { useSendFailureWords } from './sendFailureWords';
import { Alert } from '../../../ui/Alert';

type Channel = 'line' | 'email';
type Outcome = { channel: Channel; result: TestResult } | { channel: Channel; refused: unknown };

/**
 * One button a channel: a message goes now with the saved settings, and what happened is said.
 * While the form above holds unsaved changes, a note says the test will not use them.
 */
export function ReminderTests({ unsaved = false }: { unsaved?: boolean }) {
  const { t } = useMessages(reminderMessages);
  const id = useId();
  const send = useSendReminderTest();
  const failureWords = useSendFailureWords();
  const errorWords = useErrorWords();
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const [sending, setSending] = useState<Channel | null>(null);

  const test = (channel: Channel) => {
    setOutcome(null);
    setSending(channel);
    send.mutate(channel, {
      onSuccess: (result) => setOutcome({ channel, result }),
      onError: (refused) => setOutcome({ channel, refused }),
      onSettled: () => setSending(null),
    });
  };

  const said = (o: Outcome): string => {
    const channel = t(`reminders.channel.${o.channel}`);
    if ('refused' in o) return t('reminders.test.failed', { channel, reason: errorWords.storeError(o.refused) });
    if (o.result.ok) return t('reminders.test.sent', { channel, to: o.result.entry.to });
    return t('reminders.test.failed', { channel, reason: failureWords(o.result.error, o.channel, o.result.error.message) });
  };

  const failed = outcome !== null && ('refused' in outcome || !outcome.result.ok);
  return (
    <section aria-labelledby={`${id}-h`}>
      <h3 id={`${id}-h`}>{t('reminders.test.heading')}</h3>
      <p className="hint">{t('reminders.test.hint')}</p>
      {unsaved && (
        <p className="notice" id={`${id}-unsaved`}>
          {t('reminders.test.unsaved')}
        </p>
      )}
      <div className="actions">
        <button type="button" disabled={sending !== null} aria-describedby={unsaved ? `${id}-unsaved` : undefined} onClick={() => test('line')}>
          {t('reminders.test.line')}
        </button>
        <button type="button" disabled={sending !== null} aria-describedby={unsaved ? `${id}-unsaved` : undefined} onClick={() => test('email')}>
          {t('reminders.test.email')}
        </button>
      </div>
      <p role="status" className="form-status">
        {sending !== null && t('reminders.test.sending', { channel: t(`reminders.channel.${sending}`) })}
        {outcome !== null && !failed && said(outcome)}
      </p>
      {outcome !== null && failed && (
        <Alert>
          {said(outcome)}
        </Alert>
      )}
    </section>
  );
}
