import { useId } from 'react';
import { useSession } from '../../data/sessionContext';
import { planningOnlyRefusal } from '../../domain/access';
import { useMessages } from '../../i18n/featureMessages';
import { AccountSection } from './AccountSection';
import { BackupSection } from './BackupSection';
import { DataSourceSection } from './DataSourceSection';
import { EvidenceUsageSection } from './EvidenceUsageSection';
import { ImprovementMarkSection } from './ImprovementMarkSection';
import { MeetingCalendarSection } from './MeetingCalendarSection';
import { PersistenceSection } from './PersistenceSection';
import { RemindersSettings } from './reminders/RemindersSettings';
import { ResetSection } from './ResetSection';
import { RestoreSection } from './RestoreSection';
import { UserSection } from './UserSection';
import { messages } from './messages';

/**
 * ตั้งค่า: who is at the keyboard, where the data lives, and keeping it safe. On the agency's
 * server, who is signed in replaces the choice of user and source, and the server keeps the data
 * (a reset to the sample document, which would wipe everyone's work, is not offered there).
 */
export function SettingsPage() {
  const { t } = useMessages(messages);
  const { source, server, preferences } = useSession();
  // Restoring and resetting replace every unit's data: only the planning officer is offered them.
  const planner = planningOnlyRefusal(preferences.actor) === null;
  const careId = useId();
  return (
    <div className="settings">
      <h1>{t('settings.heading')}</h1>
      {server ? <AccountSection server={server} /> : <UserSection />}
      {source !== 'server' && <DataSourceSection source={source} />}
      {source !== 'server' && <PersistenceSection />}
      <EvidenceUsageSection />
      <ImprovementMarkSection />
      <MeetingCalendarSection />
      {server && planner && <RemindersSettings />}
      <BackupSection />
      {planner && <RestoreSection />}
      {planner && source !== 'server' && <ResetSection />}
      {!planner && (
        <section className="card" aria-labelledby={careId}>
          <h2 id={careId}>{t('settings.dataCare.heading')}</h2>
          <p className="hint">{t('settings.dataCare.planningOnly')}</p>
        </section>
      )}
    </div>
  );
}
