import { ROUNDING_TOLERANCE } from '../../domain/consistency';
import { scoreDifference } from '../../domain/rounding';
import { indicatorDef } from '../../domain/scoring';
import { useI18n } from '../../i18n/i18n';
import { localName } from '../../i18n/names';
import { formatScore } from '../../i18n/numbers';
import { LevelBadge } from '../../ui/LevelBadge';
import type { DashboardModel } from './useDashboard';

export function ScoreSummary({ model }: { model: DashboardModel }) {
  const { t, locale, language } = useI18n();
  const { assessment, computed, computedLevel, next, pass, shortcut, framework } = model;
  const score = (n: number) => formatScore(n, locale);
  const reported = assessment.reportedTotal;
  const shownLevel = assessment.reportedLevel ?? computedLevel;
  const difference = reported !== null && computed.total !== null ? scoreDifference(reported, computed.total) : null;
  const shortcutDef = shortcut ? indicatorDef(framework, shortcut.indicator) : undefined;

  return (
    <section aria-labelledby="score-heading" className="card score-summary">
      <h2 id="score-heading">{t('score.heading')}</h2>
      <div className="score-row">
        <div className="score-figure">
          <p className="score-label" id="reported-label">
            {reported === null ? t('score.reportedMissing') : t('score.reported')}
          </p>
          {reported !== null && (
            <p className="score-big" aria-labelledby="reported-label">
              {score(reported)}
            </p>
          )}
        </div>
        {shownLevel && <LevelBadge level={shownLevel} label={t('score.levelLabel')} text={t('score.level', { level: shownLevel })} />}
        <div className="score-figure">
          <p className="score-label" id="computed-label">
            {t('score.computed')}
          </p>
          <p className="score-medium" aria-labelledby="computed-label">
            {computed.total === null ? '—' : score(computed.total)}
          </p>
        </div>
      </div>
      {computed.total === null ? (
        <p>{t('score.incomplete')}</p>
      ) : (
        difference !== null && (
          <p className="explain">
            {difference === 0
              ? t('score.same')
              : Math.abs(difference) <= ROUNDING_TOLERANCE
                ? t('score.whyRounding', { difference: score(Math.abs(difference)), tolerance: score(ROUNDING_TOLERANCE) })
                : t('score.whyLarge', { difference: score(Math.abs(difference)) })}
          </p>
        )
      )}
      <ul className="score-facts">
        <li>{t('score.passSummary', { passMark: score(framework.passMark), passed: pass.passed, failed: pass.failed })}</li>
        {computed.total !== null && (
          <li>
            {next
              ? t('score.nextLevel', { points: score(next.pointsNeeded), level: next.level, min: score(next.min) })
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
    </section>
  );
}
