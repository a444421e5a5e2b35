import type { CSSProperties } from 'react';
import type { AssessmentSummary } from '../../domain/assessmentSummary';
import { indicatorDef, standingOf } from '../../domain/scoring';
import { useMessages } from '../../i18n/featureMessages';
import { localName } from '../../i18n/names';
import { formatCount, formatScore } from '../../i18n/numbers';
import { messages } from './messages';

const MARK = { pass: '✓', improve: '!', fail: '✕' } as const;
const STANDING_WORDS = { pass: 'meeting.standingPass', improve: 'meeting.standingImprove', fail: 'meeting.standingFail' } as const;

/**
 * Every indicator as one bar chart on one scale (0–100), the pass mark and the agency's own mark
 * drawn across all bars, each bar named and scored in words a back row reads; the legend says
 * what both lines and the three marks mean, so nothing rests on colour.
 */
export function IndicatorChart({ summary, indicators }: { summary: AssessmentSummary; indicators: number[] }) {
  const { t, locale, language } = useMessages(messages);
  const { passMark } = summary.framework;
  const mark = summary.settings.improvementMark;
  const scores = new Map(summary.assessment.indicatorScores.map((s) => [s.indicator, s.score]));
  // Written as the dashboard writes them (85.00), whatever the settings hold.
  const passText = formatScore(passMark, locale);
  const markText = formatScore(mark, locale);
  const lines = { '--pass': `${passMark}%`, '--mark': `${mark}%` } as CSSProperties;
  return (
    <figure className="indicator-chart panel" aria-label={t('meeting.indicatorsLabel', { count: formatCount(indicators.length, locale), passMark: passText, mark: markText })}>
      <ul className="ind-rows" style={lines}>
        {indicators.map((n) => {
          const value = scores.get(n) ?? 0;
          const standing = standingOf(value, passMark, mark);
          const def = indicatorDef(summary.framework, n);
          return (
            <li key={n} className={`ind-row standing-${standing}`}>
              <span className="ind-name">
                {n}. {def ? localName(def, language) : ''}
              </span>
              <span className="ind-track" aria-hidden="true">
                <span className="ind-bar" style={{ width: `${Math.max(0, Math.min(100, value))}%` }} />
              </span>
              <span className="ind-score m-figure">
                <span className="mark" aria-hidden="true">
                  {MARK[standing]}
                </span>{' '}
                {formatScore(value, locale)}
                <span className="visually-hidden"> {t(STANDING_WORDS[standing])}</span>
              </span>
            </li>
          );
        })}
      </ul>
      <figcaption className="ind-legend">
        <span className="legend-item">
          <span className="swatch swatch-pass" aria-hidden="true" />
          {t('meeting.passLine', { passMark: passText })}
        </span>
        <span className="legend-item">
          <span className="swatch swatch-mark" aria-hidden="true" />
          {t('meeting.markLine', { mark: markText })}
        </span>
        {(['pass', 'improve', 'fail'] as const).map((s) => (
          <span key={s} className={`legend-item standing-${s}`}>
            <span className="mark" aria-hidden="true">
              {MARK[s]}
            </span>{' '}
            {t(STANDING_WORDS[s])}
          </span>
        ))}
      </figcaption>
    </figure>
  );
}
