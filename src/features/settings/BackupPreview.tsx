import type { BackupSummary } from '../../domain/backup';
import { useI18n, type MessageKey } from '../../i18n/i18n';
import { formatList } from '../../i18n/numbers';

const ROWS: [keyof BackupSummary['counts'], MessageKey][] = [
  ['units', 'count.units'],
  ['frameworks', 'count.frameworks'],
  ['assessments', 'count.assessments'],
  ['findings', 'count.findings'],
  ['measures', 'count.measures'],
  ['progressUpdates', 'count.progressUpdates'],
];

/** What a restore would bring in, so the person can tell it is the file they meant. */
export function BackupPreview({ summary }: { summary: BackupSummary }) {
  const { t, locale } = useI18n();
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
      {summary.fiscalYears.length > 0 && (
        <div>
          <dt>{t('settings.restore.years')}</dt>
          <dd>{formatList(summary.fiscalYears, locale)}</dd>
        </div>
      )}
    </dl>
  );
}
