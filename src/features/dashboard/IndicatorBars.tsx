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
  /** What a screen reader hears for the bar's link: number, name, score and standing. */
  name: string;
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
              <Link to={d.href} aria-label={d.name} className={d.score < 25 ? 'bar-link low' : 'bar-link'}>
                <span className="bar" style={{ height: percent(d.score), background: FILL[d.standing] } as CSSProperties}>
                  <span className="bar-value">{d.label}</span>
                  <span className="bar-mark">{STANDING_ICONS[d.standing]}</span>
                </span>
                <span className="bar-number">{d.number}</span>
              </Link>
            </li>
          ))}
        </ol>
      </div>
    </figure>
  );
}
