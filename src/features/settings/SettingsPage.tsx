import { useMessages } from '../../i18n/featureMessages';
import { BackupSection } from './BackupSection';
import { DataSourceSection } from './DataSourceSection';
import { ImprovementMarkSection } from './ImprovementMarkSection';
import { PersistenceSection } from './PersistenceSection';
import { ResetSection } from './ResetSection';
import { RestoreSection } from './RestoreSection';
import { UserSection } from './UserSection';
import { messages } from './messages';

/** ตั้งค่า: who is at the keyboard, where the data lives, and keeping it safe. */
export function SettingsPage() {
  const { t } = useMessages(messages);
  return (
    <div className="settings">
      <h1>{t('settings.heading')}</h1>
      <UserSection />
      <DataSourceSection />
      <PersistenceSection />
      <ImprovementMarkSection />
      <BackupSection />
      <RestoreSection />
      <ResetSection />
    </div>
  );
}
