import { useMessages } from '../../i18n/featureMessages';
import { formatScore } from '../../i18n/numbers';
import type { MeetingData } from './useMeetingData';
import { messages } from './messages';

/** A chart drawn large over the whole slide: the years' results, or the fiscal year's course. */
export function ChartSlide({ kind, heading, data }: { kind: 'trend' | 'year-progress'; heading: string; data: MeetingData }) {
  const { locale } = useMessages(messages);
  return (
    <section className="slide" aria-labelledby="slide-h">
      <h2 id="slide-h">{heading}</h2>
      {kind === 'trend' && (
        <ul className="slide-rows">
          {data.trend.map((r) => (
            <li key={r.fiscalYear} className="panel">
              <span className="row-name">{r.fiscalYear}</span>
              <span className="row-value m-figure">{r.total === null ? '' : formatScore(r.total, locale)}</span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
