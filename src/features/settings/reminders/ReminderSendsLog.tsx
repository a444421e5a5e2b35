import { useId } from 'react';
import { useReminderSends, type SendEntry } from '../../../data/reminderQueries';
import { formatDateTime } from '../../../i18n/dates';
import { useMessages } from '../../../i18n/featureMessages';
import { ErrorState } from '../../../ui/ErrorState';
import { LoadingState } from '../../../ui/LoadingState';
import { reminderMessages } from './reminderMessages';
import { useSendFailureWords } from './sendFailureWords';
import './reminders.css';

/** What the server sent, newest first: when, to whom, how, and why not. */
export function ReminderSendsLog({ unitName }: { unitName: (unitId: string) => string }) {
  const { t, locale } = useMessages(reminderMessages);
  const id = useId();
  const sends = useReminderSends();
  const failureWords = useSendFailureWords();

  const why = (entry: SendEntry) => {
    const reason = entry.error ? failureWords(entry.error, entry.channel, entry.errorText) : '';
    const next = entry.nextTryAt && entry.status === 'failed' ? t('reminders.log.nextTry', { when: formatDateTime(entry.nextTryAt, locale) }) : '';
    return [reason, next].filter(Boolean).join(' · ');
  };
  const status = (entry: SendEntry) => {
    const word = t(`reminders.send.${entry.status}`);
    return entry.kind === 'test' ? t('reminders.log.test', { status: word }) : word;
  };

  return (
    <section aria-labelledby={`${id}-h`}>
      <h3 id={`${id}-h`}>{t('reminders.log.heading')}</h3>
      {sends.isError ? (
        <ErrorState error={sends.error} onRetry={() => void sends.refetch()} />
      ) : !sends.data ? (
        <LoadingState />
      ) : sends.data.length === 0 ? (
        <p className="hint">{t('reminders.log.empty')}</p>
      ) : (
        // Focusable: on a phone the table scrolls sideways, and a keyboard must be able to scroll it.
        <div className="table-scroll" role="group" aria-labelledby={`${id}-h`} tabIndex={0}>
          <table className="sends-log" role="table" aria-labelledby={`${id}-h`}>
            <thead role="rowgroup">
              <tr role="row">
                <th scope="col" role="columnheader">{t('reminders.log.when')}</th>
                <th scope="col" role="columnheader">{t('reminders.log.whom')}</th>
                <th scope="col" role="columnheader">{t('reminders.log.channel')}</th>
                <th scope="col" role="columnheader">{t('reminders.log.status')}</th>
                <th scope="col" role="columnheader" className="num">
                  {t('reminders.log.attempts')}
                </th>
                <th scope="col" role="columnheader">{t('reminders.log.why')}</th>
              </tr>
            </thead>
            <tbody role="rowgroup">
              {sends.data.map((entry) => (
                <tr key={entry.key} role="row">
                  <td role="cell" className="when">{formatDateTime(entry.sentAt ?? entry.createdAt, locale)}</td>
                  <td role="cell">
                    {entry.recipient === 'planner' ? t('reminders.log.planner') : unitName(entry.recipient)}
                    <br />
                    <span className="hint to">{entry.to}</span>
                  </td>
                  <td role="cell" className="channel" data-label={t('reminders.log.channel')}>
                    {t(`reminders.channel.${entry.channel}`)}
                  </td>
                  <td role="cell" data-label={t('reminders.log.status')}>{status(entry)}</td>
                  <td role="cell" className="num" data-label={t('reminders.log.attempts')}>
                    {entry.attempts}
                  </td>
                  <td role="cell" className="why" data-label={t('reminders.log.why')}>
                    {why(entry)}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
