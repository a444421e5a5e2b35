import type { ScoreStanding } from '../domain/scoring';
import { useI18n } from '../i18n/i18n';
import { formatScore } from '../i18n/numbers';

/** The words for each standing, so the table and the chart's legend say them alike. */
export function useStandingText(passMark: number, improvementMark: number): Record<ScoreStanding, string> {
  const { t, locale } = useI18n();
  return {
    fail: t('status.fail', { passMark: formatScore(passMark, locale) }),
    improve: t('status.improve', { mark: formatScore(improvementMark, locale) }),
    pass: t('status.pass'),
  };
}
