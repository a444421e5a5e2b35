import type { AssessmentSummary } from '../../domain/assessmentSummary';
import { useI18n } from '../../i18n/i18n';
import { formatScore } from '../../i18n/numbers';

/** Why the reported total and the one computed from the printed scores differ, if they do. */
export function TotalExplanation({ summary }: { summary: AssessmentSummary }) {
  const { t, locale } = useI18n();
  const { computed, assessment, totalDifference } = summary;
  const score = (n: number) => formatScore(n, locale);
  if (computed.total === null) return <p className="explain">{t('score.incomplete')}</p>;
  if (assessment.reportedTotal === null) return null;
  if (!totalDifference) return <p className="explain">{t('score.same')}</p>;
  const params = {
    difference: score(Math.abs(totalDifference.difference)),
    low: score(totalDifference.possible.low),
    high: score(totalDifference.possible.high),
  };
  return (
    <p className="explain">
      {totalDifference.explainedByRounding ? t('score.whyRounding', params) : t('score.whyUnexplained', params)}
    </p>
  );
}
