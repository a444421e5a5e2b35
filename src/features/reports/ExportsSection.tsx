import { useState } from 'react';
import { Link } from 'react-router';
import { useReadProgress } from '../../data/queries';
import { measuresCsv, progressCsv, type ExportWords } from '../../domain/reports/exports';
import { measuresTable, progressTable, scoresTables, type ExportTable } from '../../domain/reports/xlsxTables';
import type { Assessment } from '../../domain/schemas/assessment';
import type { Framework } from '../../domain/schemas/framework';
import type { Measure, ProgressUpdate } from '../../domain/schemas/measure';
import { MEASURE_KINDS, MEASURE_STATUSES } from '../../domain/schemas/measure';
import type { Unit } from '../../domain/schemas/organisation';
import { useMessages } from '../../i18n/featureMessages';
import { useLangLink } from '../../i18n/langLink';
import { useErrorWords } from '../../i18n/useErrorWords';
import { th } from '../../i18n/th';
import { downloadBlob, downloadText } from '../../ui/download';
import { MEASURE_STATUS_LABELS } from '../../ui/healthLabels';
import { WorkbookWriterLoadError, writeWorkbook } from '../../ui/xlsx/writeWorkbook';
import { messages } from './messages';
import { Alert } from '../../ui/Alert';

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
  assessment: Assessment;
  /** The year's framework, when the agency has one: it names and weighs the indicators. */
  framework: Framework | undefined;
}

const reasonOf = (e: unknown) => (e instanceof Error ? e.message : String(e));

/** The year's measures, progress and scores as Excel and CSV files; the full backup lives in settings. */
export function ExportsSection({ fiscalYear, measures, units, latest, assessment, framework }: Props) {
  const { t } = useMessages(messages);
  const withLang = useLangLink();
  const readProgress = useReadProgress();
  const words = useErrorWords();
  // What failed, worded as it is shown: a switch of language rewords it.
  const [error, setError] = useState<{ of: 'progress' | 'xlsx'; error: unknown } | null>(null);
  const [busy, setBusy] = useState(false);
  const exportProgress = async () => {
    setError(null);
    try {
      const updates = await readProgress(measures.map((m) => m.id));
      downloadText(`progress-${fiscalYear}.csv`, progressCsv(updates, measures, units, EXPORT_WORDS), 'text/csv');
    } catch (e) {
      setError({ of: 'progress', error: e });
    }
  };
  // One workbook at a time: the writer is fetched on the first, and a second click meanwhile
  // would only save the same file twice.
  const exportWorkbook = async (fileName: string, tables: () => Promise<ExportTable[]>) => {
    if (busy) return;
    setBusy(true);
    setError(null);
    try {
      downloadBlob(fileName, await writeWorkbook(await tables()));
    } catch (e) {
      setError({ of: 'xlsx', error: e });
    } finally {
      setBusy(false);
    }
  };
  const xlsxButton = (label: string, fileName: string, tables: () => Promise<ExportTable[]>) => (
    // aria-disabled, not disabled: a disabled button drops the keyboard's focus to the page.
    <button type="button" aria-disabled={busy} onClick={() => void exportWorkbook(fileName, tables)}>
      {label}
    </button>
  );
  return (
    <section className="card" aria-labelledby="exports-h">
      <h2 id="exports-h">{t('reports.exports')}</h2>
      <p>{t('reports.exportsIntro')}</p>
      <div className="actions">
        {xlsxButton(t('reports.measuresXlsx'), `measures-${fiscalYear}.xlsx`, async () => [measuresTable(measures, units, latest, EXPORT_WORDS)])}
        {xlsxButton(t('reports.progressXlsx'), `progress-${fiscalYear}.xlsx`, async () => [
          progressTable(await readProgress(measures.map((m) => m.id)), measures, units, EXPORT_WORDS),
        ])}
        {xlsxButton(t('reports.scoresXlsx', { year: fiscalYear }), `scores-${fiscalYear}.xlsx`, async () => scoresTables(assessment, framework))}
      </div>
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
      <p role="status" className="hint">
        {busy ? t('reports.xlsxBusy') : ''}
      </p>
      {error && (
        <Alert>
          {error.of === 'progress'
            ? words.storeError(error.error)
            : error.error instanceof WorkbookWriterLoadError
              ? t('reports.xlsxLoadFailed')
              : t('reports.xlsxFailed', { reason: reasonOf(error.error) })}
        </Alert>
      )}
    </section>
  );
}
