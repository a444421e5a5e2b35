import { useRef } from 'react';
import { Link } from 'react-router';
import { indicatorLink } from '../../domain/measureLinks';
import { standingOf } from '../../domain/scoring';
import { useMessages } from '../../i18n/featureMessages';
import { messages } from './more/messages';
import { localName } from '../../i18n/names';
import { formatScore } from '../../i18n/numbers';
import { StandingPill } from '../../ui/StandingPill';
import { useOverflows } from '../../ui/useOverflows';
import type { AssessmentSummary } from '../../domain/assessmentSummary';
import type { MeasureCounts } from './useDashboard';
import { useStandingText } from '../../ui/useStandingText';
import { useLangLink } from '../../i18n/langLink';
import { ColumnHeads, type ColumnHead } from './ColumnHeads';

/** Each indicator's score and standing, and how many measures answer it (each count opens them). */
export function IndicatorTable({ summary, measures }: { summary: AssessmentSummary; measures: MeasureCounts }) {
  const { t, locale, language } = useMessages(messages);
  const { framework, assessment, settings } = summary;
  const scroller = useRef<HTMLDivElement>(null);
  const overflows = useOverflows(scroller);
  const scores = new Map(assessment.indicatorScores.map((s) => [s.indicator, s.score]));
  const passMark = framework.passMark;
  const mark = settings.improvementMark;
  const standingText = useStandingText(passMark, mark);
  const showCounts = measures.status !== 'error';
  const heads: ColumnHead[] = [
    {
      // A phone shows a short heading; screen readers always hear the full one.
      label: (
        <>
          <span className="long-label">{t('indicators.col.number')}</span>
          <span className="short-label" aria-hidden="true">
            {t('indicators.col.numberShort')}
          </span>
        </>
      ),
    },
    { label: t('indicators.col.name') },
    { label: t('indicators.col.weight'), className: 'num col-weight' },
    { label: t('indicators.col.score'), className: 'num' },
    { label: t('indicators.col.status'), className: 'col-status' },
    ...(showCounts ? [{ label: t('indicators.col.measures'), className: 'num' }] : []),
  ];
  const withLang = useLangLink();
  const countCell = (n: number, needsWork: boolean) => {
    if (measures.status !== 'ready') return null;
    const count = measures.perIndicator.get(n) ?? 0;
    // Even "none" opens the indicator's list, where its findings are and a measure can be added.
    // unit=all: the count is the agency's, so a department head must land on all of it too.
    const to = withLang(`/measures?year=${assessment.fiscalYear}&unit=all&link=${indicatorLink(n)}`);
    if (count > 0) {
      return (
        <Link to={to} aria-label={t('indicators.measuresLink', { count, number: n })}>
          {count}
        </Link>
      );
    }
    return (
      <Link to={to} className="none" aria-label={t('indicators.noMeasureLink', { number: n })}>
        {/* An indicator below the mark with nothing answering it is the gap an executive must see. */}
        {needsWork ? <strong className="gap">{t('indicators.noMeasure')}</strong> : t('indicators.noMeasure')}
      </Link>
    );
  };

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
          <ColumnHeads heads={heads} />
          {framework.instruments.map((instrument) => (
            <tbody key={instrument.code}>
              <tr className="instrument-row">
                <th scope="rowgroup" colSpan={heads.length}>
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
                    {showCounts && <td className="num measure-count">{countCell(ind.number, standing !== null && standing !== 'pass')}</td>}
                  </tr>
                );
              })}
            </tbody>
          ))}
        </table>
      </div>
      {measures.status === 'error' && (
        <p role="status" className="notice">
          {t('indicators.measuresUnavailable')}{' '}
          <button type="button" className="link-button" onClick={measures.retry}>
            {t('common.retry')}
          </button>
        </p>
      )}
    </section>
  );
}
