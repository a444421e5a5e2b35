import { useState } from 'react';
import { Link } from 'react-router';
import { useReadProgress } from '../../data/queries';
import { measuresCsv, progressCsv, type ExportWords } from '../../domain/reports/exports';
import type { Measure, ProgressUpdate } from '../../domain/schemas/measure';
import { MEASURE_KINDS, MEASURE_STATUSES } from '../../domain/schemas/measure';
import type { Unit } from '../../domain/schemas/organisation';
import { useMessages } from '../../i18n/featureMessages';
import { useLangLink } from '../../i18n/langLink';
import { th } from '../../i18n/th';
import { downloadText } from '../../ui/download';
import { MEASURE_STATUS_LABELS } from '../../ui/healthLabels';
import { messages } from './messages';

// The files are Thai documents whatever the screen's language: they go to Thai readers.
const EXPORT_WORDS: ExportWords = {
  kind: Object.fromEntries(MEASURE_KINDS.map((k) => [k, th[`measure.kind.${k}`]])) as ExportWords['kind'],
  status: Object.fromEntries(MEASURE_STATUSES.map((s) => [s, th[MEASURE_STATUS_LABELS[s]]])) as ExportWords['status'],
};

interface Props {
  fiscalYear: number;
  measures: Measure[];
  units: Unit[];
  latest: ProgressUpdate[];
}

/** The year's measures and progress as CSV files for Excel; the full backup lives in settings. */
export function ExportsSection({ fiscalYear, measures, units, latest }: Props) {
  const { t } = useMessages(messages);
  const withLang = useLangLink();
  const readProgress = useReadProgress();
  const [error, setError] = useState<string | null>(null);
  const exportProgress = async () => {
    setError(null);
    try {
      const updates = await readProgress(measures.map((m) => m.id));
      downloadText(`progress-${fiscalYear}.csv`, progressCsv(updates, measures, units, EXPORT_WORDS), 'text/csv');
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    }
  };
  return (
    <section className="card" aria-labelledby="exports-h">
      <h2 id="exports-h">{t('reports.exports')}</h2>
      <p>{t('reports.exportsIntro')}</p>
      <div className="actions">
        <button type="button" onClick={() => downloadText(`measures-${fiscalYear}.csv`, measuresCsv(measures, units, latest, EXPORT_WORDS), 'text/csv')}>
          {t('reports.measuresCsv')}
        </button>
        <button type="button" onClick={() => void exportProgress()}>
          {t('reports.progressCsv')}
        </button>
        <Link className="text-link" to={withLang('/settings')}>
          {t('reports.backup')}
        </Link>
      </div>
      {error && (
        <p role="alert" className="field-error">
          {error}
        </p>
      )}
    </section>
  );
}
