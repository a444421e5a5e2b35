import { useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import {
  useAssessments,
  useFindings,
  useFrameworks,
  useLatestProgress,
  useMeasuresOf,
  useOrganisation,
  useProgressOfMeasures,
  useSettings,
  useUnits,
} from '../../data/queries';
import { useSessionActor } from '../../data/sessionContext';
import { useStore } from '../../data/storeContext';
import { summariseAssessment } from '../../domain/assessmentSummary';
import { measuresDocument } from '../../domain/reports/measuresDocument';
import { presetPeriod, progressReport } from '../../domain/reports/progressReport';
import { useMessages } from '../../i18n/featureMessages';
import { useLangLink } from '../../i18n/langLink';
import { ErrorState } from '../../ui/ErrorState';
import { LoadingState } from '../../ui/LoadingState';
import { yearFromUrl } from '../../ui/yearFromUrl';
import { ExportsSection } from './ExportsSection';
import { MeasuresDocumentView } from './MeasuresDocumentView';
import { ProgressReportView } from './ProgressReportView';
import { ReportOptions } from './ReportOptions';
import type { Signatures } from './SignatureBlock';
import { WordButton } from './WordButton';
import { measuresWordFile, progressWordFile } from './wordFiles';
import { messages } from './messages';
import '../../ui/print.css';

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** รายงาน: the documents the agency publishes, printed in the official style, and the data as files. */
export function ReportsPage() {
  const { t } = useMessages(messages);
  const withLang = useLangLink();
  const [params, setParams] = useSearchParams();
  const actor = useSessionActor();
  const store = useStore();
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
  const doc = params.get('doc') === 'progress' ? 'progress' : 'measures';
  const progress = useProgressOfMeasures(doc === 'progress' ? (measures.data ?? []).map((m) => m.id) : []);
  const [signatures, setSignatures] = useState<Signatures>({ signer: '', signerTitle: '', approver: '', approverTitle: '' });
  const numerals = params.get('numerals') === 'arabic' ? 'arabic' : 'thai';

  const queries = [assessments, organisation, units, frameworks, settings, findings, measures, latest];
  const failed = queries.find((q) => q.isError);
  if (failed) return <ErrorState error={failed.error} onRetry={() => void Promise.all(queries.map((q) => q.refetch()))} />;
  if (progress.error) return <ErrorState error={progress.error} onRetry={() => void progress.refetch()} />;
  if (assessments.data && year === undefined) return <ErrorState message={t('error.noAssessment')} />;
  if (!assessment || !organisation.data || !units.data || !frameworks.data || !settings.data || !findings.data || !measures.data || !latest.data) {
    return <LoadingState />;
  }
  const fiscalYear = assessment.fiscalYear;
  // A year's measures answer its result and are carried out in the fiscal year after it (the
  // seed's 2565 measures run ต.ค.65–ธ.ค.66), which the next assessment asks about: by default the
  // first half of that year. The period lives in the URL, so a bookmark is the same report.
  const workYear = fiscalYear + 1;
  const fallback = presetPeriod(workYear, 'first-half');
  const from = ISO_DATE.test(params.get('from') ?? '') ? (params.get('from') as string) : fallback.from;
  const to = ISO_DATE.test(params.get('to') ?? '') ? (params.get('to') as string) : fallback.to;
  const update = (changes: Record<string, string>) =>
    setParams((prev) => {
      const next = new URLSearchParams(prev);
      for (const [key, value] of Object.entries(changes)) next.set(key, value);
      return next;
    });
  const framework = frameworks.data.find((f) => f.fiscalYear === fiscalYear);
  const summary = framework ? summariseAssessment(framework, assessment, findings.data, settings.data) : null;
  const measuresDoc = doc === 'measures' ? measuresDocument(summary, fiscalYear, organisation.data, units.data, findings.data, measures.data) : null;
  const period = { from, to };
  const report =
    doc === 'progress' && progress.data
      ? progressReport(fiscalYear, organisation.data, units.data, measures.data, progress.data, period)
      : null;
  const wordFile = measuresDoc
    ? { name: `ita-measures-${fiscalYear}.docx`, make: measuresWordFile(measuresDoc, signatures, numerals) }
    : report && { name: `ita-progress-${fiscalYear}-${from}-${to}.docx`, make: progressWordFile(store, report, signatures, numerals) };

  return (
    <div className="reports">
      <div className="no-print reports-controls">
        <h1>{t('reports.heading', { year: fiscalYear })}</h1>
        <p>{t('reports.intro')}</p>
        <nav aria-label={t('reports.years')}>
          <ul className="chips">
            {(assessments.data ?? []).map((a) => (
              <li key={a.fiscalYear}>
                <Link to={withLang(`/reports?year=${a.fiscalYear}&doc=${doc}`)} aria-current={a.fiscalYear === fiscalYear ? 'page' : undefined}>
                  {a.fiscalYear}
                </Link>
              </li>
            ))}
          </ul>
        </nav>
        <ReportOptions
          doc={doc}
          numerals={numerals}
          from={from}
          to={to}
          signatures={signatures}
          onChange={(key, value) => update({ [key]: value })}
          onPreset={(preset) => {
            const period = presetPeriod(workYear, preset);
            update({ from: period.from, to: period.to });
          }}
          onSignatures={setSignatures}
          more={wordFile && <WordButton fileName={wordFile.name} make={wordFile.make} />}
        />
        <ExportsSection fiscalYear={fiscalYear} measures={measures.data} units={units.data} latest={latest.data} assessment={assessment} framework={framework} />
        {!measures.data.some((m) => !m.archived) && (
          <p className="reports-empty">
            {t('reports.noMeasures', { year: fiscalYear })}{' '}
            {/* Only the planning officer creates measures: anyone else is told who does. */}
            {actor.role === 'planning-officer' ? (
              <Link className="text-link" to={withLang(`/measures/new?year=${fiscalYear}`)}>
                {t('reports.addMeasure', { year: fiscalYear })}
              </Link>
            ) : (
              t('reports.noMeasuresAsk')
            )}
          </p>
        )}
        <h2>{t('reports.preview')}</h2>
      </div>
      {/* Focusable: on a phone the tables scroll sideways, and a keyboard must be able to scroll them. */}
      <div className={`sheet numerals-${numerals}`} role="region" aria-label={t('reports.preview')} tabIndex={0}>
        {measuresDoc ? (
          <MeasuresDocumentView doc={measuresDoc} signatures={signatures} />
        ) : report ? (
          <ProgressReportView report={report} signatures={signatures} />
        ) : (
          <LoadingState />
        )}
      </div>
    </div>
  );
}
