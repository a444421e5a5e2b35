import type { ReactNode } from 'react';
import { HEALTHS } from '../../domain/measureHealth';
import { instrumentShares } from '../../domain/breakdown';
import type { Slide } from '../../domain/meeting/slides';
import { indicatorDef, levelFor } from '../../domain/scoring';
import { useMessages } from '../../i18n/featureMessages';
import { localName } from '../../i18n/names';
import { formatCount, formatList, formatScore } from '../../i18n/numbers';
import { HEALTH_LABELS, MEASURE_STATUS_LABELS } from '../../ui/healthLabels';
import { DataText } from '../../ui/DataText';
import type { MeetingData } from './useMeetingData';
import { messages } from './messages';
import { formatDay } from '../../i18n/dates';
import { IndicatorChart } from './IndicatorChart';
import { ChartSlide } from './ChartSlide';

/** A slide of rows under its heading; the heading says the page when a list runs over several. */
function ListSlide({ heading, note, rows, children }: { heading: string; note?: string; rows: number; children: ReactNode }) {
  return (
    <section className="slide" aria-labelledby="slide-h">
      <h2 id="slide-h">{heading}</h2>
      {note && <p className="slide-note">{note}</p>}
      <ul className="slide-rows" data-rows={rows}>
        {children}
      </ul>
    </section>
  );
}

/** One slide, its heading first: what the room reads from the back. */
export function SlideView({ slide, data }: { slide: Slide; data: MeetingData }) {
  const { t, locale, language } = useMessages(messages);
  const score = (n: number) => formatScore(n, locale);
  const count = (n: number) => formatCount(n, locale);
  const paged = 'page' in slide && slide.pages > 1 ? ` ${t('meeting.pageOf', { page: slide.page, pages: slide.pages })}` : '';
  const unitName = (id: string | undefined) => (id ? (data.units.get(id)?.name ?? id) : t('meeting.noUnit'));
  // Measures carried from earlier years say whose they are; a year's own need no label.
  const yearTag = (measureId: string) => {
    const year = data.yearOf.get(measureId);
    return data.running && year !== undefined ? (
      <>
        <span className="year-tag">{t('meeting.yearTag', { year })}</span>{' '}
      </>
    ) : null;
  };
  const runningNote = data.running ? t('meeting.runningNote', { year: data.measuresYear }) : undefined;
  const { summary } = data;
  switch (slide.kind) {
    case 'result': {
      if (!summary?.official) return null;
      const total = summary.pass.passed + summary.pass.failed;
      return (
        <section className="slide slide-result" aria-labelledby="slide-h">
          <h2 id="slide-h">{t('meeting.result', { year: data.year })}</h2>
          <div className="result-grid">
            <div className="panel result-main">
              <p>{t('meeting.total')}</p>
              <p className="headline">
                <span className="m-headline">{score(summary.official.total)}</span> <span>{t('meeting.points')}</span>
              </p>
              <p className="level m-figure">{t('meeting.level', { level: levelFor(summary.framework, summary.official.total) })}</p>
              <p>{summary.official.basis === 'reported' ? t('meeting.basisReported') : t('meeting.basisComputed')}</p>
            </div>
            <div className="panel result-fact">
              <p>{t('meeting.passCount', { passMark: score(summary.framework.passMark) })}</p>
              <p className="m-figure">{t('meeting.passOf', { passed: count(summary.pass.passed), total: count(total) })}</p>
            </div>
            {summary.next && (
              <div className="panel result-fact">
                <p>{t('meeting.nextLevel', { level: summary.next.level })}</p>
                <p className="m-figure">{t('meeting.gapPoints', { gap: score(summary.next.pointsNeeded) })}</p>
              </div>
            )}
          </div>
        </section>
      );
    }
    case 'instruments': {
      if (!summary) return null;
      const shares = instrumentShares(summary.framework, summary.assessment.indicatorScores);
      return (
        <ListSlide heading={t('meeting.instruments')} rows={shares.length}>
          {shares.map((s) => {
            const def = summary.framework.instruments.find((i) => i.code === s.code);
            return (
              <li key={s.code} className="panel">
                <span className="row-name">
                  {s.code} {def ? localName(def, language) : ''}
                  <span className="row-note">{t('meeting.instrumentWeight', { weight: count(s.weight) })}</span>
                </span>
                <span className="row-value m-figure">{score(s.score)}</span>
                <span className="meter" aria-hidden="true">
                  <span style={{ width: `${s.score}%` }} />
                </span>
              </li>
            );
          })}
        </ListSlide>
      );
    }
    case 'indicators': {
      if (!summary) return null;
      return (
        <section className="slide" aria-labelledby="slide-h">
          <h2 id="slide-h">{t('meeting.indicators', { year: data.year }) + paged}</h2>
          <IndicatorChart summary={summary} indicators={slide.indicators} />
        </section>
      );
    }
    case 'trend':
      return <ChartSlide kind="trend" heading={t('meeting.trend')} data={data} />;
    case 'year-progress':
      return <ChartSlide kind="year-progress" heading={t('meeting.yearProgress', { year: data.progress?.fiscalYear ?? data.measuresYear, assessmentYear: data.progressOf ?? data.measuresYear })} data={data} />;
    case 'health': {
      return (
        <section className="slide" aria-labelledby="slide-h">
          <h2 id="slide-h">
            {data.running
              ? t('meeting.healthRunning', { years: formatList(data.measureYears, locale), count: count(data.overview.total) })
              : t('meeting.health', { count: count(data.overview.total) })}
          </h2>
          {runningNote && <p className="slide-note">{runningNote}</p>}
          <ul className="health-tiles">
            {HEALTHS.map((h) => (
              <li key={h} className={`panel tile tile-${h}`}>
                <strong className="m-figure">{count(data.overview.byHealth[h])}</strong>
                <span>{t(HEALTH_LABELS[h])}</span>
              </li>
            ))}
          </ul>
        </section>
      );
    }
    case 'fresh':
      return (
        <ListSlide heading={t('meeting.fresh', { date: formatDay(data.lastMeeting ?? '', locale, 'long') }) + paged} note={runningNote} rows={slide.items.length}>
          {slide.items.map((unit) => (
            <li key={unit.unitId || 'none'} className="panel">
              <span className="row-name">
                <DataText>{unitName(unit.unitId || undefined)}</DataText>
              </span>
              <span className={`row-value m-figure ${unit.stale.length > 0 ? 'at-risk' : 'on-track'}`}>
                {unit.stale.length > 0
                  ? t('meeting.freshLine', { stale: count(unit.stale.length), expected: count(unit.expected) })
                  : t('meeting.freshAll', { expected: count(unit.expected) })}
              </span>
              {unit.stale.length > 0 && (
                <span className="row-note">
                  {/* The separator is text, not CSS, so a screen reader and a copy keep the titles apart. */}
                  {unit.stale.map((m, i) => (
                    <span key={m.id} className="stale-item">
                      {i > 0 && ' · '}
                      {yearTag(m.id)}
                      {m.title}
                    </span>
                  ))}
                </span>
              )}
            </li>
          ))}
        </ListSlide>
      );
    case 'late':
      return (
        <ListSlide heading={t('meeting.late') + paged} note={runningNote} rows={slide.items.length}>
          {slide.items.map(({ measure, daysLate }) => (
            <li key={measure.id} className="panel">
              <span className="row-name">
                <DataText>{measure.title}</DataText>
              </span>
              <span className={`row-value m-figure ${daysLate !== null ? 'overdue' : 'at-risk'}`}>
                {daysLate !== null ? `⚠ ${t('meeting.daysLate', { days: count(daysLate) })}` : `! ${t('meeting.atRisk')}`}
              </span>
              <span className="row-note">
                {yearTag(measure.id)}
                <DataText>{measure.unitIds.length ? measure.unitIds.map(unitName).join(', ') : unitName(undefined)}</DataText>
              </span>
            </li>
          ))}
        </ListSlide>
      );
    case 'progress':
      return (
        <ListSlide heading={t('meeting.progress', { date: formatDay(data.since, locale, 'long') }) + paged} note={runningNote} rows={slide.items.length}>
          {slide.items.map((u) => {
            const measure = data.measures.get(u.measureId);
            return (
              <li key={u.id} className="panel">
                <span className="row-name">
                  <DataText>{measure?.title ?? u.measureId}</DataText>
                </span>
                <span className="row-value m-figure">
                  {t('meeting.percent', { percent: count(u.percent) })} · {t(MEASURE_STATUS_LABELS[u.status])}
                </span>
                <span className="row-note">
                  {yearTag(u.measureId)}
                  <DataText>{unitName(measure?.unitIds[0])}</DataText> · {formatDay(u.date, locale)}
                </span>
              </li>
            );
          })}
        </ListSlide>
      );
    case 'gaps':
      return (
        <ListSlide heading={t('meeting.gaps') + paged} rows={slide.items.length}>
          {slide.items.map((g) => (
            <li key={g.kind === 'indicator' ? `i${g.indicator}` : g.code} className="panel">
              <span className="row-name">
                {g.kind === 'indicator'
                  ? t('meeting.gapIndicator', {
                      number: g.indicator,
                      name: summary ? localName(indicatorDef(summary.framework, g.indicator) ?? { name: '', nameEn: '' }, language) : '',
                      score: score(g.score),
                    })
                  : t('meeting.gapOItem', { code: g.code, name: summary?.framework.oItems.find((o) => o.code === g.code)?.name ?? '' })}
              </span>
            </li>
          ))}
        </ListSlide>
      );
  }
}
