import type { CSSProperties } from 'react';
import { Link } from 'react-router';
import type { ScoreStanding } from '../../domain/scoring';
import { STANDING_ICONS } from '../../ui/StandingPill';
import { FILL, IMPROVE_LINE, PASS_LINE } from './chartColors';

export interface BarDatum {
  number: number;
  score: number;
  /** The score as the page prints it, e.g. '78.20'. */
  label: string;
  standing: ScoreStanding;
  /**
   * Words a screen reader hears around the visible number and score, which make up the rest of
   * the link's name: `before` 5 78.20 `after` ("ตัวชี้วัดที่" 5 78.20 "คะแนน <name> <standing>").
   * The visible text stays whole and first-to-last in the name, so a voice user can say it
   * (WCAG 2.5.3).
   */
  before: string;
  after: string;
  href: string;
}

export interface IndicatorBarsProps {
  data: BarDatum[];
  passMark: number;
  improvementMark: number;
  /** Says what the chart shows and what a bar opens; read before the bars. */
  caption: string;
}

// Bars start at zero: a cut axis would make 78 look like half of 100.
const TICKS = [0, 20, 40, 60, 80, 100];

const percent = (score: number) => `${Math.max(0, Math.min(100, score))}%`;

/**
 * The indicator scores as bars drawn in HTML: text stays text at any width, each bar is a link
 * to that indicator's findings and measures, and the list of links is the text alternative.
 * (A charting library cost 106 KB, more than everything else the dashboard loads.)
 */
export function IndicatorBars({ data, passMark, improvementMark, caption }: IndicatorBarsProps) {
  return (
    <figure className="bars" aria-labelledby="bars-caption">
      <figcaption id="bars-caption" className="visually-hidden">
        {caption}
      </figcaption>
      <div className="bars-plot">
        <div aria-hidden="true">
          {TICKS.map((tick) => (
            <span key={tick} className="bars-tick" style={{ bottom: percent(tick) }}>
              <span>{tick}</span>
            </span>
          ))}
          <span className="bars-line dashed" style={{ bottom: percent(passMark), borderColor: PASS_LINE }} />
          <span className="bars-line dotted" style={{ bottom: percent(improvementMark), borderColor: IMPROVE_LINE }} />
        </div>
        <ol className="bars-list" style={{ gridTemplateColumns: `repeat(${data.length}, minmax(0, 1fr))` }}>
          {data.map((d) => (
            <li key={d.number}>
              {/* Every part is placed by position, so the name can read in its own order: number, score. */}
              <Link to={d.href} className={d.score < 25 ? 'bar-link low' : 'bar-link'}>
                <span className="visually-hidden">{d.before}</span>{' '}
                <span className="bar-number">{d.number}</span>{' '}
                <span className="bar" style={{ height: percent(d.score), background: FILL[d.standing] } as CSSProperties}>
                  <span className="bar-value">{d.label}</span>
                  <span className="bar-mark" aria-hidden="true">
                    {STANDING_ICONS[d.standing]}
                  </span>
                </span>{' '}
                <span className="visually-hidden">{d.after}</span>
              </Link>
            </li>
          ))}
        </ol>
      </div>
    </figure>
  );
}
