import type { FilesSummary } from '../../data/restoreBackup';
import type { BackupSummary } from '../../domain/backup';
import { sizeText } from '../../domain/evidence/limits';
import { useMessages } from '../../i18n/featureMessages';
import { formatList } from '../../i18n/numbers';
import { messages, type SettingsKey } from './messages';

const ROWS: [keyof BackupSummary['counts'], SettingsKey][] = [
  ['units', 'count.units'],
  ['frameworks', 'count.frameworks'],
  ['assessments', 'count.assessments'],
  ['findings', 'count.findings'],
  ['measures', 'count.measures'],
  ['progressUpdates', 'count.progressUpdates'],
];

/** What a restore would bring in, so the person can tell it is the file they meant; `files` only when it carries some. */
export function BackupPreview({ summary, files }: { summary: BackupSummary; files?: FilesSummary }) {
  const { t, locale } = useMessages(messages);
  return (
    <dl className="preview">
      {ROWS.map(([key, label]) => (
        <div key={key}>
          <dt>{t(label)}</dt>
          <dd>{t('count.value', { count: summary.counts[key].toLocaleString(locale) })}</dd>
        </div>
      ))}
      <div>
        <dt>{t('count.archived')}</dt>
        <dd>{t('count.value', { count: summary.archivedMeasures.toLocaleString(locale) })}</dd>
      </div>
      {files && files.count > 0 && (
        <div>
          <dt>{t('settings.restore.files')}</dt>
          <dd>{t('settings.restore.filesValue', { count: files.count, size: sizeText(files.bytes) })}</dd>
        </div>
      )}
      {summary.fiscalYears.length > 0 && (
        <div>
          <dt>{t('settings.restore.years')}</dt>
          <dd>{formatList(summary.fiscalYears, locale)}</dd>
        </div>
      )}
    </dl>
  );
}
