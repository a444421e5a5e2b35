import { useMemo } from 'react';
import { useMessages } from '../../../i18n/featureMessages';
import { reminderMessages, type ReminderKey } from './reminderMessages';

/** The failure codes of server/reminders/sendFailure.ts that the catalog words. */
const CODES = new Set([
  'not-configured',
  'secret-unreadable',
  'line-unauthorized',
  'line-refused',
  'rate-limited',
  'server-error',
  'network',
  'smtp-auth',
  'smtp-tls',
  'smtp-refused',
  'smtp-unavailable',
  'interrupted',
]);

export interface SendFailureLike {
  code: string;
  values: Record<string, string | number>;
}

/**
 * Why a message did not go, in the reader's language, with what the other side said after it.
 * A code this screen does not know yet: a Thai reader gets the server's Thai (`thai`), others a
 * plain "not sent".
 */
export function useSendFailureWords() {
  const { t, language } = useMessages(reminderMessages);
  return useMemo(
    () =>
      (failure: SendFailureLike, channel: 'line' | 'email', thai: string | null | undefined): string => {
        if (!CODES.has(failure.code)) return language === 'th' && thai ? thai : t('reminders.failure.unknown');
        const { status, detail } = failure.values;
        const said = t(`reminders.failure.${failure.code}` as ReminderKey, {
          channel: t(`reminders.channel.${channel}`),
          status: status === undefined ? '' : ` (${status})`,
        });
        return detail === undefined || detail === '' ? said : `${said} (${detail})`;
      },
    [t, language],
  );
}
