import { useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import { useAssessments, useFindings, useFrameworks, useMeasuresOf } from '../../../data/queries';
import { useSessionActor } from '../../../data/sessionContext';
import { planningOnlyRefusal } from '../../../domain/access';
import { useMessages } from '../../../i18n/featureMessages';
import { useLangLink } from '../../../i18n/langLink';
import { ErrorState } from '../../../ui/ErrorState';
import { LoadingState } from '../../../ui/LoadingState';
import { yearFromUrl } from '../../../ui/yearFromUrl';
import { FrameworkForm } from './FrameworkForm';
import { FrameworkTransfer } from './FrameworkTransfer';
import { messages } from './messages';

/**
 * เกณฑ์การประเมิน of a year, for the planning officer to change when the method changes. A year
 * with no framework of its own starts from a copy of the latest earlier one.
 */
export function FrameworkEditorPage() {
  const { t } = useMessages(messages);
  const withLang = useLangLink();
  const [params] = useSearchParams();
  const actor = useSessionActor();
  const assessments = useAssessments();
  const frameworks = useFrameworks();
  const { year } = yearFromUrl(params.get('year'), assessments.data?.map((a) => a.fiscalYear) ?? []);
  const assessment = assessments.data?.find((a) => a.fiscalYear === year);
  const findings = useFindings(assessment?.id);
  const measures = useMeasuresOf(assessment?.id, true);
  // Each framework saved from a file draws the form again. The save's mutation reads the
  // frameworks again before it reports success, so the year's own is the imported one by then.
  const [imports, setImports] = useState(0);
  // Only a read that has nothing to show is an error page: a failed refetch behind a form
  // being typed in must not take the form, and what is in it, away.
  const failed = [assessments, frameworks, findings, measures].find((q) => q.isError && q.data === undefined);
  if (failed) {
    return <ErrorState error={failed.error} onRetry={() => void Promise.all([assessments.refetch(), frameworks.refetch(), findings.refetch(), measures.refetch()])} />;
  }
  if (!assessments.data || !frameworks.data) return <LoadingState />;
  if (year === undefined || !assessment) return <ErrorState message={t('framework.noAssessment', { year: params.get('year') ?? '—' })} />;
  if (!findings.data || !measures.data) return <LoadingState />;
  const own = frameworks.data.find((f) => f.fiscalYear === year);
  const earlier = frameworks.data.filter((f) => f.fiscalYear < year).sort((a, b) => b.fiscalYear - a.fiscalYear)[0];
  const source = own ?? earlier;
  const mayEdit = planningOnlyRefusal(actor) === null;
  return (
    <div className="assessments framework-editor">
      <h1>{t('framework.heading', { year })}</h1>
      <p>{t('framework.intro')}</p>
      <FrameworkTransfer
        year={year}
        own={own}
        frameworks={frameworks.data}
        assessments={assessments.data}
        canImport={mayEdit}
        onImported={(framework) => framework.fiscalYear === year && setImports((n) => n + 1)}
      />
      {!mayEdit ? (
        <p className="card">
          {t('framework.planningOnly')} <Link to={withLang(`/assessments?year=${year}`)}>{t('framework.back', { year })}</Link>
        </p>
      ) : !source ? (
        <ErrorState message={t('framework.none', { year })} />
      ) : (
        <FrameworkForm
          key={`${year}:${imports}`}
          year={year}
          source={own ? source : { ...structuredClone(source), fiscalYear: year, name: `ITA ${year}` }}
          copiedFrom={own ? null : source.fiscalYear}
          uses={{ assessment, findings: findings.data, measures: measures.data }}
        />
      )}
    </div>
  );
}
