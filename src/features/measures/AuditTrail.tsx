import { useId, type ReactNode } from 'react';
import { useAssessments, useAudit, useFindings, useFrameworks, useUnits } from '../../data/queries';
import { readAuditChange, type AuditListField } from '../../domain/auditRead';
import type { AuditAction, FieldChange } from '../../domain/schemas/audit';
import type { Measure } from '../../domain/schemas/measure';
import { indicatorDef } from '../../domain/scoring';
import { formatDateTime, formatDay } from '../../i18n/dates';
import { useMessages } from '../../i18n/featureMessages';
import { localName } from '../../i18n/names';
import { DataSentence, DataText } from '../../ui/DataText';
import { dataSlots } from '../../ui/dataLang';
import { formatList } from '../../i18n/numbers';
import { ErrorState } from '../../ui/ErrorState';
import { MEASURE_STATUS_LABELS } from '../../ui/healthLabels';
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
  evidenceFiles: 'measures.evidenceFiles',
};

/** Names for the ids an entry stores, looked up now: a unit, a finding or an indicator by name. */
function useNamer(measure: Measure) {
  const { t, language } = useMessages(messages);
  const units = useUnits().data ?? [];
  const findings = useFindings(measure.assessmentId).data ?? [];
  const year = useAssessments().data?.find((a) => a.id === measure.assessmentId)?.fiscalYear;
  const framework = useFrameworks().data?.find((f) => f.fiscalYear === year);
  return (field: AuditListField, item: string): string => {
    if (field === 'unitIds') return units.find((u) => u.id === item)?.name ?? item;
    if (field === 'links.findingIds') return findings.find((f) => f.id === item)?.title ?? item;
    if (field === 'links.indicators') {
      const indicator = framework && indicatorDef(framework, Number(item));
      return indicator ? t('audit.indicator', { number: item, name: localName(indicator, language) }) : t('measures.indicator', { number: item });
    }
    return item;
  };
}

/** Every change to the measure: who, when, and each field as it was and as it became, in words. */
export function AuditTrail({ measure }: { measure: Measure }) {
  const { t, locale } = useMessages(messages);
  const id = useId();
  const trail = useAudit(measure.id);
  const name = useNamer(measure);
  const describe = (change: FieldChange): ReactNode[] => {
    const lines = describeText(change, slot);
    return lines.map((text, i) => <DataSentence key={i} text={text} data={data} />);
  };
  // What people typed, and names, stand in the sentence as slots, then come back marked as data.
  const { data, slot } = dataSlots();
  const describeText = (change: FieldChange, slot: (value: string) => string): string[] => {
    const line = readAuditChange(change);
    const label = (field: string) => {
      const key = FIELDS[field];
      return key ? t(key) : field;
    };
    switch (line.kind) {
      case 'hidden':
        return [];
      case 'step': {
        const step = measure.steps[line.number - 1]?.text;
        const number = line.number;
        if (step === undefined) return [t(line.done ? 'audit.stepDone' : 'audit.stepUndone', { number })];
        return [t(line.done ? 'audit.stepDoneNamed' : 'audit.stepUndoneNamed', { number, step: slot(step) })];
      }
      case 'progress': {
        const status = line.status ? t(MEASURE_STATUS_LABELS[line.status]) : slot(line.statusText);
        const text = t('audit.progressLine', { date: formatDay(line.date, locale), status, percent: line.percent });
        return [line.note ? t('audit.progressNote', { line: text, note: slot(line.note) }) : text];
      }
      case 'list': {
        const items = (list: string[]) => slot(formatList(list.map((item) => (line.field === 'steps' ? `"${item}"` : name(line.field, item))), locale));
        return [
          ...(line.added.length ? [t('audit.listAdded', { field: label(line.field), items: items(line.added) })] : []),
          ...(line.removed.length ? [t('audit.listRemoved', { field: label(line.field), items: items(line.removed) })] : []),
        ];
      }
      case 'text':
        if (line.from === '') return [t('audit.set', { field: label(line.field), to: slot(line.to) })];
        if (line.to === '') return [t('audit.cleared', { field: label(line.field), from: slot(line.from) })];
        return [t('audit.change', { field: label(line.field), from: slot(line.from), to: slot(line.to) })];
    }
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
                <strong>{formatDateTime(entry.at, locale)}</strong> · <DataText>{entry.actorName}</DataText> ({t(ROLE_NAMES[entry.actorRole])}) ·{' '}
                {t(ACTIONS[entry.action])}
              </p>
              <ul className="changes">
                {entry.changes.flatMap(describe).map((sentence, i) => (
                  <li key={i}>{sentence}</li>
                ))}
              </ul>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
