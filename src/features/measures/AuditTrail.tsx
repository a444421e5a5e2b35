import { useId } from 'react';
import { useAudit, useUnits } from '../../data/queries';
import type { AuditAction, FieldChange } from '../../domain/schemas/audit';
import { formatDateTime } from '../../i18n/dates';
import { useMessages } from '../../i18n/featureMessages';
import { ErrorState } from '../../ui/ErrorState';
import { messages, type MeasuresKey } from './messages';
import { ROLE_NAMES } from './roleNames';

const ACTIONS: Record<AuditAction, MeasuresKey> = {
  created: 'audit.created',
  edited: 'audit.edited',
  archived: 'audit.archived',
  restored: 'audit.restored',
  'progress-added': 'audit.progressAdded',
  'progress-withdrawn': 'audit.progressWithdrawn',
};

const FIELDS: Record<string, MeasuresKey> = {
  title: 'measure.title',
  description: 'measure.description',
  timeframe: 'measure.timeframe',
  followUp: 'measure.followUp',
  unitIds: 'measure.units',
  steps: 'measure.steps',
  'links.indicators': 'newMeasure.indicators',
  'links.oItems': 'newMeasure.oItems',
  'links.findingIds': 'newMeasure.findings',
  progress: 'measures.progress',
};

/** Every change to the measure: who, when, and each field as it was and as it became. */
export function AuditTrail({ measureId }: { measureId: string }) {
  const { t, locale } = useMessages(messages);
  const id = useId();
  const trail = useAudit(measureId);
  const units = useUnits();
  const unitName = (unitId: string) => units.data?.find((u) => u.id === unitId)?.name ?? unitId;
  const describe = (change: FieldChange): string => {
    const step = /^steps\.(\d+)\.done$/.exec(change.field);
    if (step) return t(change.to === 'true' ? 'audit.stepDone' : 'audit.stepUndone', { number: step[1] ?? '' });
    if (change.field === 'archived') return '';
    const label = FIELDS[change.field];
    const show = (value: string) =>
      value === '' ? t('measure.none') : change.field === 'unitIds' ? value.split(', ').map(unitName).join(', ') : value;
    return t('audit.change', { field: label ? t(label) : change.field, from: show(change.from), to: show(change.to) });
  };
  return (
    <section className="card" aria-labelledby={`${id}-h`}>
      <h2 id={`${id}-h`}>{t('audit.heading')}</h2>
      {trail.isError && <ErrorState error={trail.error} onRetry={() => void trail.refetch()} />}
      {trail.data?.length === 0 && <p>{t('audit.none')}</p>}
      {trail.data && trail.data.length > 0 && (
        <ol className="history">
          {trail.data.map((entry) => (
            <li key={entry.id}>
              <p>
                <strong>{formatDateTime(entry.at, locale)}</strong> · {entry.actorName} ({t(ROLE_NAMES[entry.actorRole])}) ·{' '}
                {t(ACTIONS[entry.action])}
              </p>
              <ul className="changes">
                {entry.changes.map(describe).filter(Boolean).map((line) => (
                  <li key={line}>{line}</li>
                ))}
              </ul>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
