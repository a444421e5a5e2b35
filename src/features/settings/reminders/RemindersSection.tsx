import { useId, useState } from 'react';
import { useUnits } from '../../../data/queries';
import { useReminderOutlook, useReminderSettings } from '../../../data/reminderQueries';
import { useMessages } from '../../../i18n/featureMessages';
import { ErrorState } from '../../../ui/ErrorState';
import { LoadingState } from '../../../ui/LoadingState';
import { ReminderForm } from './ReminderForm';
import { ReminderOverview } from './ReminderOverview';
import { reminderMessages } from './reminderMessages';
import { ReminderSendsLog } from './ReminderSendsLog';
import { ReminderTests } from './ReminderTests';

/**
 * The reminders the agency's server sends: where they stand, how they go, and what went. Shown
 * to the planning officer on the server only; browser storage has no server to send them.
 */
export default function RemindersSection() {
  const { t } = useMessages(reminderMessages);
  const id = useId();
  const settings = useReminderSettings();
  const outlook = useReminderOutlook();
  const units = useUnits();
  const unitName = (unitId: string) => units.data?.find((u) => u.id === unitId)?.name ?? unitId;
  // The tests send with what is saved: they say so while the form holds changes not yet saved.
  const [unsaved, setUnsaved] = useState(false);
  return (
    <section className="card" aria-labelledby={id}>
      <h2 id={id}>{t('reminders.heading')}</h2>
      <p className="hint">{t('reminders.intro')}</p>
      {settings.isError ? (
        <ErrorState error={settings.error} onRetry={() => void settings.refetch()} />
      ) : !settings.data ? (
        <LoadingState />
      ) : (
        <>
          <ReminderOverview settings={settings.data} outlook={outlook.data} unitName={unitName} />
          {units.data ? <ReminderForm saved={settings.data} units={units.data} unitName={unitName} onUnsavedChange={setUnsaved} /> : <LoadingState />}
          <ReminderTests unsaved={unsaved} />
          <ReminderSendsLog unitName={unitName} />
        </>
      )}
    </section>
  );
}
