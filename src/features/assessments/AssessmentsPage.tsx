import { Link, useSearchParams } from 'react-router';
import { useAssessment, useAssessments, useFrameworks, useSettings } from '../../data/queries';
import { useSessionActor } from '../../data/sessionContext';
import { planningOnlyRefusal } from '../../domain/access';
import { summariseAssessment } from '../../domain/assessmentSummary';
import { indicatorsOf } from '../../domain/scoring';
import type { Assessment } from '../../domain/schemas/assessment';
import type { Framework } from '../../domain/schemas/framework';
import { useMessages } from '../../i18n/featureMessages';
import { localName } from '../../i18n/names';
import { formatScore } from '../../i18n/numbers';
import { yearFromUrl } from '../../ui/yearFromUrl';
import { ErrorState } from '../../ui/ErrorState';
import { LoadingState } from '../../ui/LoadingState';
import { CarryOverSection } from './CarryOverSection';
import { FindingsSection } from './FindingsSection';
import { FrameworkSummary } from './FrameworkSummary';
import { OItemResults } from './OItemResults';
import { ImportScores } from './ImportScores';
import { ScoreEntryForm } from './ScoreEntryForm';
import { messages } from './messages';
import { NewYearForm } from './NewYearForm';
import { useLangLink } from '../../i18n/langLink';


/** ผลการประเมิน: each year's result as recorded, and (for the planning officer) importing scores. */
export function AssessmentsPage() {
  const { t } = useMessages(messages);
  const withLang = useLangLink();
  const [params] = useSearchParams();
  const actor = useSessionActor();
  const assessments = useAssessments();
  if (assessments.isPending) return <LoadingState />;
  if (assessments.isError) return <ErrorState error={assessments.error} onRetry={() => void assessments.refetch()} />;
  const years = assessments.data.map((a) => a.fiscalYear);
  const { year } = yearFromUrl(params.get('year'), years);
  if (year === undefined) return <ErrorState message={t('error.noAssessment')} />;
  const canEdit = planningOnlyRefusal(actor) === null;
  // A refused import's "start the year" link asks for this year, when it has not been started.
  const asked = Number(params.get('start'));
  const offered = Number.isInteger(asked) && asked > 0 && !years.includes(asked) ? asked : undefined;
  return (
    <div className="assessments">
      <h1>{t('assessments.heading', { year })}</h1>
      <nav aria-label={t('assessments.years')}>
        <ul className="chips">
          {years.map((y) => (
            <li key={y}>
              <Link to={withLang(`/assessments?year=${y}`)} aria-current={y === year ? 'page' : undefined}>
                {y}
              </Link>
            </li>
          ))}
        </ul>
      </nav>
      {/* Keyed by year: a preview or a half-typed form must never be saved into another year. */}
      <YearResult key={year} year={year} />
      {canEdit && <CarryOver year={year} assessments={assessments.data} />}
      {canEdit && <NewYearForm key={offered ?? 'next'} years={years} offered={offered} />}
    </div>
  );
}

function YearResult({ year }: { year: number }) {
  const { t } = useMessages(messages);
  const assessment = useAssessment(year);
  const frameworks = useFrameworks();
  const settings = useSettings();
  const canEdit = planningOnlyRefusal(useSessionActor()) === null;
  const failed = [assessment, frameworks, settings].find((q) => q.isError);
  if (failed) return <ErrorState error={failed.error} onRetry={() => void Promise.all([assessment.refetch(), frameworks.refetch(), settings.refetch()])} />;
  if (!assessment.data || !frameworks.data || !settings.data) return <LoadingState />;
  const framework = frameworks.data.find((f) => f.fiscalYear === year);
  return (
    <>
      <Totals assessment={assessment.data} framework={framework} improvementMark={settings.data.improvementMark} />
      <FrameworkSummary year={year} framework={framework} canEdit={canEdit} />
      {framework && assessment.data.indicatorScores.length > 0 && <Scores assessment={assessment.data} framework={framework} />}
      {assessment.data.indicatorScores.length === 0 && <p className="card">{t('assessments.noScores')}</p>}
      <OItemResults assessment={assessment.data} framework={framework} canEdit={canEdit} />
      {framework && <FindingsSection assessment={assessment.data} framework={framework} canEdit={canEdit} />}
      {framework && canEdit && (
        <>
          <ScoreEntryForm key={assessment.data.id} assessment={assessment.data} framework={framework} settings={settings.data} />
          <ImportScores assessment={assessment.data} framework={framework} />
        </>
      )}
    </>
  );
}

function Totals({ assessment, framework, improvementMark }: { assessment: Assessment; framework: Framework | undefined; improvementMark: number }) {
  const { t, locale } = useMessages(messages);
  const score = (n: number) => formatScore(n, locale);
  const summary = framework ? summariseAssessment(framework, assessment, [], { improvementMark }) : null;
  return (
    <section className="card">
      <dl className="facts">
        <div>
          <dt>{t('assessments.reported')}</dt>
          <dd>
            {assessment.reportedTotal === null
              ? t('assessments.notReported')
              : t('assessments.totalLevel', { total: score(assessment.reportedTotal), level: assessment.reportedLevel ?? '—' })}
          </dd>
        </div>
        {assessment.reportedPassCount && (
          <div>
            <dt>{t('assessments.passCount')}</dt>
            <dd>{t('assessments.passCountValue', assessment.reportedPassCount)}</dd>
          </div>
        )}
        <div>
          <dt>{t('assessments.computed')}</dt>
          <dd>
            {!summary
              ? t('assessments.noFramework', { year: assessment.fiscalYear })
              : summary.computed.total === null
                ? t('score.incomplete')
                : t('assessments.totalLevel', { total: score(summary.computed.total), level: summary.computedLevel ?? '—' })}
          </dd>
        </div>
      </dl>
    </section>
  );
}

function Scores({ assessment, framework }: { assessment: Assessment; framework: Framework }) {
  const { t, locale, language } = useMessages(messages);
  const scores = new Map(assessment.indicatorScores.map((s) => [s.indicator, s.score]));
  return (
    <section className="card" aria-labelledby="scores-heading">
      <h2 id="scores-heading">{t('assessments.scores')}</h2>
      <table className="indicator-table">
        <thead>
          <tr>
            <th scope="col" className="num">
              {t('assessments.col.number')}
            </th>
            <th scope="col">{t('assessments.col.name')}</th>
            <th scope="col" className="num">
              {t('assessments.col.score')}
            </th>
          </tr>
        </thead>
        <tbody>
          {indicatorsOf(framework).map((ind) => {
            const value = scores.get(ind.number);
            return (
              <tr key={ind.number}>
                <th scope="row" className="num">
                  {ind.number}
                </th>
                <td>
                  {localName(ind, language)}
                  {assessment.subIssueNotes
                    .filter((n) => n.indicator === ind.number)
                    .map((n) => (
                      <p key={n.subject} className="sub-note" lang="th">
                        {n.text}
                      </p>
                    ))}
                </td>
                <td className="num score-cell">{value === undefined ? t('indicators.noScore') : formatScore(value, locale)}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </section>
  );
}

/** The latest earlier year's unfinished measures, offered to this year. */
function CarryOver({ year, assessments }: { year: number; assessments: Assessment[] }) {
  const frameworks = useFrameworks();
  const current = assessments.find((a) => a.fiscalYear === year);
  const previous = [...assessments].filter((a) => a.fiscalYear < year).sort((a, b) => b.fiscalYear - a.fiscalYear)[0];
  const framework = frameworks.data?.find((f) => f.fiscalYear === year);
  if (!current || !previous || !framework) return null;
  return <CarryOverSection previous={previous} current={current} framework={framework} />;
}
