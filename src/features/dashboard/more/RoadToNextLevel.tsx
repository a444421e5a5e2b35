import { useState } from 'react';
import type { AssessmentSummary } from '../../../domain/assessmentSummary';
import { roomToGrow } from '../../../domain/breakdown';
import { indicatorDef, whatIf } from '../../../domain/scoring';
import { useMessages } from '../../../i18n/featureMessages';
import { localName } from '../../../i18n/names';
import { formatScore } from '../../../i18n/numbers';
import { messages } from './messages';
import { WhatIf } from './WhatIf';
import { ColumnHeads } from '../ColumnHeads';

const SHOWN = 5;

/**
 * What it takes to reach the next level: the points, the indicators that give most for the work,
 * and a what-if to try scores out. The what-if lives in this screen's state and nowhere else.
 */
export function RoadToNextLevel({ summary }: { summary: AssessmentSummary }) {
  const { t, locale, language } = useMessages(messages);
  const { framework, assessment, next, official } = summary;
  const score = (n: number) => formatScore(n, locale);
  const [drafts, setDrafts] = useState<Record<number, string>>({});
  const room = roomToGrow(framework, assessment.indicatorScores).slice(0, SHOWN);
  // Judged the way the what-if judges it, from the computed total, so the two never disagree.
  const enough = (indicator: number) => {
    if (!next) return false;
    const total = whatIf(framework, assessment.indicatorScores, [{ indicator, score: 100 }]).total;
    return total !== null && total >= next.min;
  };
  const name = (n: number) => {
    const def = indicatorDef(framework, n);
    return def ? localName(def, language) : '';
  };

  // A year with no scores has no road and nothing to try: the headline says what comes next.
  if (assessment.indicatorScores.length === 0) return null;
  return (
    <section aria-labelledby="road-heading" className="card road">
      {/* With no total yet there is no level to hold or reach; saying "top level" would be false. */}
      <h2 id="road-heading">{!official ? t('road.headingNoTotal') : next ? t('road.heading', { level: next.level }) : t('road.headingTop')}</h2>
      <p>{!official ? t('road.noTotal') : next ? t('road.needed', { points: score(next.pointsNeeded), min: score(next.min) }) : t('road.top')}</p>
      <div className="road-grid">
        {room.length === 0 ? (
          <p>{t('road.nothing')}</p>
        ) : (
          <div className="table-scroll">
            <table className="road-table">
              <caption>{t('road.rankCaption')}</caption>
              <ColumnHeads
                heads={[
                  { label: t('road.col.indicator') },
                  { label: t('road.col.score'), className: 'num' },
                  { label: t('road.col.perPoint'), className: 'num col-per-point' },
                  { label: t('road.col.gain'), className: 'num' },
                  { label: t('road.col.try') },
                ]}
              />
              <tbody>
                {room.map((r) => (
                  <tr key={r.indicator}>
                    <th scope="row">
                      {t('whatIf.field', { number: r.indicator, name: name(r.indicator) })}
                      {next && enough(r.indicator) && <span className="pill pill-pass">{t('road.enough', { level: next.level })}</span>}
                    </th>
                    <td className="num">{score(r.score)}</td>
                    <td className="num col-per-point">{score(r.perPoint)}</td>
                    <td className="num">
                      <strong>+{score(r.gain)}</strong>
                    </td>
                    <td>
                      <button
                        type="button"
                        className="small-button"
                        aria-label={t('road.tryLabel', { number: r.indicator })}
                        onClick={() => setDrafts((d) => ({ ...d, [r.indicator]: '100' }))}
                      >
                        {/* A phone has room for the number only; the label starts with the words shown. */}
                        <span className="long-label">{t('road.try')}</span>
                        <span className="short-label" aria-hidden="true">
                          100
                        </span>
                      </button>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
        <WhatIf summary={summary} drafts={drafts} setDrafts={setDrafts} name={name} />
      </div>
    </section>
  );
}
