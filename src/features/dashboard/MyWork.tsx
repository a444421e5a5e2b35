import { useMemo } from 'react';
import { Link } from 'react-router';
import { useLatestProgress, useMeasuresOf, useSettings, useUnits } from '../../data/queries';
import { freshnessOf } from '../../domain/freshness';
import { measureOverview } from '../../domain/measureOverview';
import { formatThaiDate } from '../../domain/thaiDate';
import { formatDay } from '../../i18n/dates';
import { useMessages } from '../../i18n/featureMessages';
import { useLangLink } from '../../i18n/langLink';
import { HealthBadge } from '../../ui/HealthBadge';
import './dashboard.css';
import { freshnessMessages } from './more/freshnessMessages';
import { hasMeetings, lookbackCalendar } from './more/updateRule';

interface MyWorkProps {
  assessmentId: string;
  year: number;
  unitId: string;
}

/**
 * A department head's first sight of the app, above the score: their unit's measures that need an
 * update and those that are late, each one tap from its progress form. "Needs an update" counts
 * from the last meeting once the meeting days are set; before that (or before the first meeting),
 * it means nothing recorded in the last 30 days, or ever, and the text says which.
 */
export default function MyWork({ assessmentId, year, unitId }: MyWorkProps) {
  const { t, language, locale } = useMessages(freshnessMessages);
  const withLang = useLangLink();
  const measures = useMeasuresOf(assessmentId, false);
  const latest = useLatestProgress(assessmentId);
  const settings = useSettings();
  const units = useUnits();
  const today = useMemo(() => new Date(), []);
  if (!measures.data || !latest.data || !settings.data || !units.data) return null;
  const mine = measures.data.filter((m) => m.unitIds.includes(unitId));
  const calendar = settings.data.meetings;
  const byMeeting = hasMeetings(calendar) ? freshnessOf(mine, latest.data, calendar, today) : null;
  const meetingHeld = byMeeting !== null && byMeeting.lastMeeting !== null;
  const report = meetingHeld ? byMeeting : freshnessOf(mine, latest.data, lookbackCalendar(today), today);
  const since = report.lastMeeting as string;
  const late = measureOverview(mine, latest.data, today).late;
  const date = (iso: string, weekday = false) => (language === 'th' ? formatThaiDate(iso, { weekday }) : formatDay(iso, locale, weekday ? 'full' : 'long'));
  const unit = units.data.find((u) => u.id === unitId)?.name ?? unitId;
  const next = byMeeting?.nextMeeting ?? null;
  const reportLink = (id: string, title: string) => (
    <Link className="button-link" to={withLang(`/measures/${encodeURIComponent(id)}?report=1`)} aria-label={t('mine.reportLabel', { title })}>
      {t('mine.report')}
    </Link>
  );
  const heading = next ? t('mine.headingDate', { date: date(next, true) }) : meetingHeld ? t('mine.heading') : t('mine.headingUnit', { unit });

  return (
    <section className="card my-work" aria-labelledby="my-work-h">
      <h2 id="my-work-h">{heading}</h2>
      {mine.length === 0 ? (
        <p>{t('mine.noMeasures', { unit })}</p>
      ) : (
        <>
          {report.stale.length === 0 ? (
            <p>{meetingHeld ? t('mine.done', { unit, date: date(since) }) : t('mine.done30', { unit, date: date(since) })}</p>
          ) : (
            <>
              <p>{meetingHeld ? t('mine.intro', { unit, date: date(since) }) : t('mine.intro30', { unit, date: date(since) })}</p>
              <ul className="my-work-list" aria-label={t('mine.staleList')}>
                {report.stale.map((m) => (
                  <li key={m.id}>
                    <span lang="th">{m.title}</span>
                    {reportLink(m.id, m.title)}
                  </li>
                ))}
              </ul>
            </>
          )}
          <h3>{t('mine.late')}</h3>
          {late.length === 0 ? (
            <p>{t('mine.noLate', { unit })}</p>
          ) : (
            <ul className="my-work-list" aria-label={t('mine.late')}>
              {late.map(({ measure, health }) => (
                <li key={measure.id}>
                  <span>
                    <span lang="th">{measure.title}</span> <HealthBadge reading={health} />
                  </span>
                  {reportLink(measure.id, measure.title)}
                </li>
              ))}
            </ul>
          )}
        </>
      )}
      <p className="more-links">
        <Link to={withLang(`/measures?year=${year}&unit=${encodeURIComponent(unitId)}`)}>{t('mine.all', { unit, count: mine.length })}</Link>
      </p>
    </section>
  );
}
