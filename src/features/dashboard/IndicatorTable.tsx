import { useRef } from 'react';
import { standingOf } from '../../domain/scoring';
import { useI18n } from '../../i18n/i18n';
import { localName } from '../../i18n/names';
import { formatScore } from '../../i18n/numbers';
import { StandingPill } from '../../ui/StandingPill';
import { useOverflows } from '../../ui/useOverflows';
import type { AssessmentSummary } from '../../domain/assessmentSummary';
import { useStandingText } from './useStandingText';

export function IndicatorTable({ summary }: { summary: AssessmentSummary }) {
  const { t, locale, language } = useI18n();
  const { framework, assessment, settings } = summary;
  const scroller = useRef<HTMLDivElement>(null);
  const overflows = useOverflows(scroller);
  const scores = new Map(assessment.indicatorScores.map((s) => [s.indicator, s.score]));
  const passMark = framework.passMark;
  const mark = settings.improvementMark;
  const standingText = useStandingText(passMark, mark);

  return (
    <section aria-labelledby="indicators-heading" className="card">
      <h2 id="indicators-heading">{t('indicators.heading')}</h2>
      <div
        ref={scroller}
        className="table-scroll"
        tabIndex={overflows ? 0 : undefined}
        role="group"
        aria-labelledby="indicators-heading"
      >
        <table className="indicator-table">
          <caption className="visually-hidden">{t('indicators.heading')}</caption>
          <thead>
            <tr>
              <th scope="col">
                {/* A phone shows a short heading; screen readers always hear the full one. */}
                <span className="long-label">{t('indicators.col.number')}</span>
                <span className="short-label" aria-hidden="true">
                  {t('indicators.col.numberShort')}
                </span>
              </th>
              <th scope="col">{t('indicators.col.name')}</th>
              <th scope="col" className="num col-weight">
                {t('indicators.col.weight')}
              </th>
              <th scope="col" className="num">
                {t('indicators.col.score')}
              </th>
              <th scope="col" className="col-status">
                {t('indicators.col.status')}
              </th>
            </tr>
          </thead>
          {framework.instruments.map((instrument) => (
            <tbody key={instrument.code}>
              <tr className="instrument-row">
                <th scope="rowgroup" colSpan={5}>
                  {t('indicators.instrument', {
                    code: instrument.code,
                    name: localName(instrument, language),
                    weight: instrument.weight,
                  })}
                </th>
              </tr>
              {instrument.indicators.map((ind) => {
                const score = scores.get(ind.number);
                const standing = score === undefined ? null : standingOf(score, passMark, mark);
                const notes = assessment.subIssueNotes.filter((n) => n.indicator === ind.number);
                return (
                  <tr key={ind.number} className={standing ? `row-${standing}` : undefined}>
                    <th scope="row" className="num">
                      {ind.number}
                    </th>
                    <td>
                      {localName(ind, language)}
                      {/* On a phone the status column is hidden and the status sits under the name. */}
                      {standing && (
                        <span className="inline-status">
                          <StandingPill standing={standing} text={standingText[standing]} />
                        </span>
                      )}
                      {notes.map((n) => (
                        <p key={n.subject} className="sub-note" lang="th">
                          {n.text}
                        </p>
                      ))}
                    </td>
                    <td className="num col-weight">{ind.weight}</td>
                    <td className="num score-cell">{score === undefined ? t('indicators.noScore') : formatScore(score, locale)}</td>
                    <td className="col-status">{standing && <StandingPill standing={standing} text={standingText[standing]} />}</td>
                  </tr>
                );
              })}
            </tbody>
          ))}
        </table>
      </div>
    </section>
  );
}
