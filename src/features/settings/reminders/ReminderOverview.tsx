import type { ReminderOutlook, ReminderSettingsViewed } from '../../../data/reminderQueries';
import { formatDateTime, formatDay } from '../../../i18n/dates';
import { useMessages } from '../../../i18n/featureMessages';
import { reminderMessages } from './reminderMessages';

interface Props {
  settings: ReminderSettingsViewed;
  /** Absent while it loads, or when it could not be read: the settings still show. */
  outlook: ReminderOutlook | undefined;
  unitName: (unitId: string) => string;
}

/** Where the reminders stand: on or off, when they go, which channels can send, and who cannot be reached. */
export function ReminderOverview({ settings, outlook, unitName }: Props) {
  const { t, locale } = useMessages(reminderMessages);
  const channel = (name: 'line' | 'email') => t(`reminders.channel.${name}`);
  const next = outlook && {
    meeting: outlook.meeting ? formatDay(outlook.meeting, locale, 'long') : '',
    opensAt: outlook.opensAt ? formatDateTime(outlook.opensAt, locale) : '',
    count: outlook.due.length,
  };
  return (
    <>
      {/* A standing state of the server, not an error that just happened: a notice, not an alert. */}
      {!settings.secretKeyReady && (
        <p className="notice">
          {t('reminders.noSecretKey')}
        </p>
      )}
      {settings.unreadableSecrets.map((secret) => (
        <p key={secret} className="notice">
          {t(`reminders.unreadable.${secret}`)}
        </p>
      ))}
      <h3>{t('reminders.status')}</h3>
      <ul>
        <li>{t(settings.enabled ? 'reminders.on' : 'reminders.off')}</li>
        <li>{t('reminders.when', { days: settings.daysBefore, hour: String(settings.sendHour).padStart(2, '0') })}</li>
        {outlook && (['line', 'email'] as const).map((name) => <li key={name}>{t(outlook.ready[name] ? 'reminders.ready.yes' : 'reminders.ready.no', { channel: channel(name) })}</li>)}
        {outlook && next && <li>{t(`reminders.state.${outlook.state}`, next)}</li>}
      </ul>
      {outlook && outlook.unaddressed.length > 0 && (
        <p className="hint">
          {t('reminders.unaddressed', { units: outlook.unaddressed.map(unitName).join(', ') })}
        </p>
      )}
    </>
  );
}
