import type { ReactNode } from 'react';
import type { AssessmentSummary } from '../../domain/assessmentSummary';
import { indicatorDef } from '../../domain/scoring';
import { useI18n } from '../../i18n/i18n';
import { localName } from '../../i18n/names';
import { formatScore } from '../../i18n/numbers';
import type { YearResult } from '../../domain/trend';
import { LevelBadge } from '../../ui/LevelBadge';
import { TotalExplanation } from './TotalExplanation';

/**
 * The headline: total, level, how the figures agree, and the change from the year before.
 * `children` closes it: the note on the document's figures, under the score it qualifies.
 */
export function ScoreSummary({ summary, change, children }: { summary: AssessmentSummary; change: YearResult | null; children?: ReactNode }) {
  const { t, locale, language } = useI18n();
  const { assessment, computed, computedLevel, next, official, pass, shortcut, framework } = summary;
  const score = (n: number) => formatScore(n, locale);
  const shownLevel = assessment.reportedLevel ?? computedLevel;
  const shortcutDef = shortcut ? indicatorDef(framework, shortcut.indicator) : undefined;

  return (
    <section aria-labelledby="score-heading" className="card score-summary">
      <h2 id="score-heading">{t('score.heading')}</h2>
      <dl className="score-row">
        <div className="score-figure">
          <dt>{t('score.reported')}</dt>
          <dd className={assessment.reportedTotal === null ? 'score-missing' : 'score-big'}>
            {assessment.reportedTotal === null ? t('score.reportedMissing') : score(assessment.reportedTotal)}
          </dd>
        </div>
        {shownLevel && (
          <div className="score-figure level-figure">
            <dt>{t('score.levelLabel')}</dt>
            <dd>
              <LevelBadge level={shownLevel} text={t('score.level', { level: shownLevel })} />
            </dd>
          </div>
        )}
        <div className="score-figure">
          <dt>{t('score.computed')}</dt>
          <dd className="score-medium">
            {computed.total === null ? '—' : score(computed.total)}
          </dd>
        </div>
      </dl>
      <TotalExplanation summary={summary} />
      <ul className="score-facts">
        {change?.change != null && change.previous && (
          <li className="year-change">
            {t(change.change > 0 ? 'score.change.up' : change.change < 0 ? 'score.change.down' : 'score.change.same', {
              points: score(Math.abs(change.change)),
              year: change.previous.fiscalYear,
              total: score(change.previous.total ?? 0),
              level: change.previous.level ?? '—',
            })}
          </li>
        )}
        <li>{t('score.passSummary', { passMark: score(framework.passMark), passed: pass.passed, failed: pass.failed })}</li>
        {official && (
          <li>
            {next
              ? t(official.basis === 'reported' ? 'score.nextLevel.reported' : 'score.nextLevel.computed', {
                  points: score(next.pointsNeeded),
                  level: next.level,
                  min: score(next.min),
                })
              : t('score.topLevel')}
          </li>
        )}
        {shortcut && shortcutDef && shortcut.result.total !== null && shortcut.result.level && (
          <li>
            {t('score.whatIf', {
              number: shortcut.indicator,
              name: localName(shortcutDef, language),
              total: score(shortcut.result.total),
              level: shortcut.result.level,
              change: score(shortcut.result.change ?? 0),
            })}
          </li>
        )}
      </ul>
      {children}
    </section>
  );
}
