import { useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import { useAssessments, useFindings, useFrameworks, useLatestProgress, useMeasuresOf, useOrganisation, useReadProgress, useSettings, useUnits } from '../../data/queries';
import { summariseAssessment } from '../../domain/assessmentSummary';
import { measuresCsv, progressCsv, type ExportWords } from '../../domain/reports/exports';
import { measuresDocument } from '../../domain/reports/measuresDocument';
import { MEASURE_KINDS, MEASURE_STATUSES } from '../../domain/schemas/measure';
import { useMessages } from '../../i18n/featureMessages';
import { useLangLink } from '../../i18n/langLink';
import { th } from '../../i18n/th';
import { downloadText } from '../../ui/download';
import { ErrorState } from '../../ui/ErrorState';
import { LoadingState } from '../../ui/LoadingState';
import { MEASURE_STATUS_LABELS } from '../../ui/healthLabels';
import { yearFromUrl } from '../../ui/yearFromUrl';
import { MeasuresDocumentView, type Signatures } from './MeasuresDocumentView';
import { messages } from './messages';
import '../../ui/print.css';

// The files are Thai documents whatever the screen's language: they go to Thai readers.
const EXPORT_WORDS: ExportWords = {
  kind: Object.fromEntries(MEASURE_KINDS.map((k) => [k, th[`measure.kind.${k}`]])) as ExportWords['kind'],
  status: Object.fromEntries(MEASURE_STATUSES.map((s) => [s, th[MEASURE_STATUS_LABELS[s]]])) as ExportWords['status'],
};

/** รายงาน: the year's measures document, printed in the official style, and the data as files. */
export function ReportsPage() {
  const { t } = useMessages(messages);
  const withLang = useLangLink();
  const [params, setParams] = useSearchParams();
  const assessments = useAssessments();
  const organisation = useOrganisation();
  const units = useUnits();
  const frameworks = useFrameworks();
  const settings = useSettings();
  const { year } = yearFromUrl(params.get('year'), assessments.data?.map((a) => a.fiscalYear) ?? []);
  const assessment = assessments.data?.find((a) => a.fiscalYear === year);
  const findings = useFindings(assessment?.id);
  const measures = useMeasuresOf(assessment?.id, false);
  const latest = useLatestProgress(assessment?.id);
  const readProgress = useReadProgress();
  const [signatures, setSignatures] = useState<Signatures>({ signer: '', signerTitle: '', approver: '', approverTitle: '' });
  const [exportError, setExportError] = useState<string | null>(null);
  const numerals = params.get('numerals') === 'arabic' ? 'arabic' : 'thai';

  const queries = [assessments, organisation, units, frameworks, settings, findings, measures, latest];
  const failed = queries.find((q) => q.isError);
  if (failed) return <ErrorState error={failed.error} onRetry={() => void Promise.all(queries.map((q) => q.refetch()))} />;
  if (assessments.data && year === undefined) return <ErrorState message={t('error.noAssessment')} />;
  if (!assessment || !organisation.data || !units.data || !frameworks.data || !settings.data || !findings.data || !measures.data || !latest.data) {
    return <LoadingState />;
  }
  const framework = frameworks.data.find((f) => f.fiscalYear === assessment.fiscalYear);
  const summary = framework ? summariseAssessment(framework, assessment, findings.data, settings.data) : null;
  const doc = measuresDocument(summary, assessment.fiscalYear, organisation.data, units.data, findings.data, measures.data);
  const set = (key: string, value: string) =>
    setParams((prev) => {
      const next = new URLSearchParams(prev);
      next.set(key, value);
      return next;
    });
  const field = (key: keyof Signatures, label: string) => (
    <div className="field">
      <label htmlFor={`sig-${key}`}>{label}</label>
      <input id={`sig-${key}`} autoComplete="off" value={signatures[key]} onChange={(e) => setSignatures((s) => ({ ...s, [key]: e.target.value }))} />
    </div>
  );
  const exportProgress = async () => {
    setExportError(null);
    try {
      const updates = await readProgress((measures.data ?? []).map((m) => m.id));
      downloadText(`progress-${assessment.fiscalYear}.csv`, progressCsv(updates, measures.data ?? [], units.data ?? [], EXPORT_WORDS), 'text/csv');
    } catch (error) {
      setExportError(error instanceof Error ? error.message : String(error));
    }
  };

  return (
    <div className="reports">
      <div className="no-print reports-controls">
        <h1>{t('reports.heading', { year: assessment.fiscalYear })}</h1>
        <p>{t('reports.intro')}</p>
        <nav aria-label={t('reports.years')}>
          <ul className="chips">
            {(assessments.data ?? []).map((a) => (
              <li key={a.fiscalYear}>
                <Link to={withLang(`/reports?year=${a.fiscalYear}`)} aria-current={a.fiscalYear === assessment.fiscalYear ? 'page' : undefined}>
                  {a.fiscalYear}
                </Link>
              </li>
            ))}
          </ul>
        </nav>
        <section className="card" aria-labelledby="print-options-h">
          <h2 id="print-options-h">{t('reports.options')}</h2>
          <fieldset className="field">
            <legend>{t('reports.numerals')}</legend>
            {(['thai', 'arabic'] as const).map((n) => (
              <label key={n} className="choice">
                <input type="radio" name="numerals" checked={numerals === n} onChange={() => set('numerals', n)} />
                {n === 'thai' ? t('reports.numeralsThai') : t('reports.numeralsArabic')}
              </label>
            ))}
          </fieldset>
          <div className="entry-grid">
            {field('signer', t('reports.signer'))}
            {field('signerTitle', t('reports.signerTitle'))}
            {field('approver', t('reports.approver'))}
            {field('approverTitle', t('reports.approverTitle'))}
          </div>
          <button type="button" className="primary" onClick={() => window.print()}>
            {t('reports.print')}
          </button>
        </section>
        <section className="card" aria-labelledby="exports-h">
          <h2 id="exports-h">{t('reports.exports')}</h2>
          <p>{t('reports.exportsIntro')}</p>
          <div className="actions">
            <button
              type="button"
              onClick={() => downloadText(`measures-${assessment.fiscalYear}.csv`, measuresCsv(measures.data ?? [], units.data ?? [], latest.data ?? [], EXPORT_WORDS), 'text/csv')}
            >
              {t('reports.measuresCsv')}
            </button>
            <button type="button" onClick={() => void exportProgress()}>
              {t('reports.progressCsv')}
            </button>
            <Link className="text-link" to={withLang('/settings')}>
              {t('reports.backup')}
            </Link>
          </div>
          {exportError && (
            <p role="alert" className="field-error">
              {exportError}
            </p>
          )}
        </section>
        <h2>{t('reports.preview')}</h2>
      </div>
      <div className={`sheet numerals-${numerals}`}>
        <MeasuresDocumentView doc={doc} signatures={signatures} />
      </div>
    </div>
  );
}
