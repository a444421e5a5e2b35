import type { ReactNode } from 'react';
import { HEALTHS } from '../../domain/measureHealth';
import { instrumentShares } from '../../domain/breakdown';
import type { Slide } from '../../domain/meeting/slides';
import { indicatorDef, levelFor, standingOf } from '../../domain/scoring';
import { useMessages } from '../../i18n/featureMessages';
import { localName } from '../../i18n/names';
import { formatScore } from '../../i18n/numbers';
import { HEALTH_LABELS, MEASURE_STATUS_LABELS } from '../../ui/healthLabels';
import type { MeetingData } from './useMeetingData';
import { messages } from './messages';
import { formatDay } from '../../i18n/dates';

const MARK = { pass: '✓', improve: '!', fail: '✕' } as const;

/** A slide of rows under its heading; the heading says the page when a list runs over several. */
function ListSlide({ heading, children }: { heading: string; children: ReactNode }) {
  return (
    <section className="slide" aria-labelledby="slide-h">
      <h2 id="slide-h">{heading}</h2>
      <ul className="slide-rows">{children}</ul>
    </section>
  );
}

/** One slide, its heading first: what the room reads from the back. */
export function SlideView({ slide, data }: { slide: Slide; data: MeetingData }) {
  const { t, locale, language } = useMessages(messages);
  const score = (n: number) => formatScore(n, locale);
  const paged = 'page' in slide && slide.pages > 1 ? ` ${t('meeting.pageOf', { page: slide.page, pages: slide.pages })}` : '';
  const unitName = (id: string | undefined) => (id ? (data.units.get(id)?.name ?? id) : t('meeting.noUnit'));
  const { summary } = data;
  switch (slide.kind) {
    case 'result': {
      if (!summary?.official) return null;
      return (
        <section className="slide slide-result" aria-labelledby="slide-h">
          <h2 id="slide-h">{t('meeting.result', { year: data.year })}</h2>
          <p className="headline">
            <span className="headline-figure">{score(summary.official.total)}</span> <span>{t('meeting.points')}</span>
          </p>
          <p className="level">{t('meeting.level', { level: levelFor(summary.framework, summary.official.total) })}</p>
          <p>{summary.official.basis === 'reported' ? t('meeting.basisReported') : t('meeting.basisComputed')}</p>
          <p>{t('meeting.passCount', { passMark: summary.framework.passMark, passed: summary.pass.passed, total: summary.pass.passed + summary.pass.failed })}</p>
          {summary.next && <p>{t('meeting.nextLevel', { gap: score(summary.next.pointsNeeded), level: summary.next.level })}</p>}
        </section>
      );
    }
    case 'instruments': {
      if (!summary) return null;
      const shares = instrumentShares(summary.framework, summary.assessment.indicatorScores);
      return (
        <ListSlide heading={t('meeting.instruments')}>
          {shares.map((s) => {
            const def = summary.framework.instruments.find((i) => i.code === s.code);
            return (
              <li key={s.code}>
                <span className="row-name">
                  {s.code} {def ? localName(def, language) : ''}
                </span>
                <span className="row-value">{t('meeting.instrumentScore', { score: score(s.score), weight: s.weight })}</span>
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
      const scores = new Map(summary.assessment.indicatorScores.map((s) => [s.indicator, s.score]));
      return (
        <ListSlide heading={t('meeting.indicators', { passMark: summary.framework.passMark }) + paged}>
          {slide.indicators.map((n) => {
            const value = scores.get(n) ?? 0;
            const standing = standingOf(value, summary.framework.passMark, summary.settings.improvementMark);
            const def = indicatorDef(summary.framework, n);
            return (
              <li key={n} className={`standing-${standing}`}>
                <span className="row-name">
                  {n}. {def ? localName(def, language) : ''}
                </span>
                <span className="row-value">
                  <span className="mark" aria-hidden="true">
                    {MARK[standing]}
                  </span>{' '}
                  {score(value)}
                </span>
                <span className="meter" aria-hidden="true">
                  <span style={{ width: `${value}%` }} />
                  <span className="pass-line" style={{ left: `${summary.framework.passMark}%` }} />
                </span>
              </li>
            );
          })}
        </ListSlide>
      );
    }
    case 'health':
      return (
        <section className="slide" aria-labelledby="slide-h">
          <h2 id="slide-h">{t('meeting.health', { count: data.overview.total })}</h2>
          <ul className="health-tiles">
            {HEALTHS.map((h) => (
              <li key={h} className={`tile tile-${h}`}>
                <strong>{data.overview.byHealth[h]}</strong>
                <span>{t(HEALTH_LABELS[h])}</span>
              </li>
            ))}
          </ul>
        </section>
      );
    case 'fresh':
      return (
        <ListSlide heading={t('meeting.fresh', { date: formatDay(data.lastMeeting ?? '', locale, 'long') }) + paged}>
          {slide.items.map((unit) => (
            <li key={unit.unitId || 'none'}>
              <span className="row-name">{unitName(unit.unitId || undefined)}</span>
              <span className={unit.stale.length > 0 ? 'row-value at-risk' : 'row-value on-track'}>
                {unit.stale.length > 0 ? t('meeting.freshLine', { stale: unit.stale.length, expected: unit.expected }) : t('meeting.freshAll', { expected: unit.expected })}
              </span>
              {unit.stale.length > 0 && <span className="row-note">{unit.stale.map((m) => m.title).join(' · ')}</span>}
            </li>
          ))}
        </ListSlide>
      );
    case 'late':
      return (
        <ListSlide heading={t('meeting.late') + paged}>
          {slide.items.map(({ measure, daysLate }) => (
            <li key={measure.id}>
              <span className="row-name">{measure.title}</span>
              <span className={daysLate !== null ? 'row-value overdue' : 'row-value at-risk'}>{daysLate !== null ? `⚠ ${t('meeting.daysLate', { days: daysLate })}` : `! ${t('meeting.atRisk')}`}</span>
              <span className="row-note">{measure.unitIds.length ? measure.unitIds.map(unitName).join(', ') : unitName(undefined)}</span>
            </li>
          ))}
        </ListSlide>
      );
    case 'progress':
      return (
        <ListSlide heading={t('meeting.progress', { date: formatDay(data.since, locale, 'long') }) + paged}>
          {slide.items.map((u) => {
            const measure = data.measures.get(u.measureId);
            return (
              <li key={u.id}>
                <span className="row-name">{measure?.title ?? u.measureId}</span>
                <span className="row-value">
                  {t('meeting.percent', { percent: u.percent })} · {t(MEASURE_STATUS_LABELS[u.status])}
                </span>
                <span className="row-note">
                  {unitName(measure?.unitIds[0])} · {formatDay(u.date, locale)}
                </span>
              </li>
            );
          })}
        </ListSlide>
      );
    case 'gaps':
      return (
        <ListSlide heading={t('meeting.gaps') + paged}>
          {slide.items.map((g) => (
            <li key={g.kind === 'indicator' ? `i${g.indicator}` : g.code}>
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
