import { useI18n } from '../../i18n/i18n';
import { BackupSection } from './BackupSection';
import { DataSourceSection } from './DataSourceSection';
import { ImprovementMarkSection } from './ImprovementMarkSection';
import { PersistenceSection } from './PersistenceSection';
import { ResetSection } from './ResetSection';
import { RestoreSection } from './RestoreSection';
import { UserSection } from './UserSection';

/** ตั้งค่า: who is at the keyboard, where the data lives, and keeping it safe. */
export function SettingsPage() {
  const { t } = useI18n();
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
