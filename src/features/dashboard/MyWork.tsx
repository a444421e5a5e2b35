import { useMemo } from 'react';
import { Link } from 'react-router';
import { useLatestProgress, useMeasuresOf, useSettings, useUnits } from '../../data/queries';
import { freshnessOf } from '../../domain/freshness';
import { formatThaiDate } from '../../domain/thaiDate';
import { formatDay } from '../../i18n/dates';
import { useMessages } from '../../i18n/featureMessages';
import { useLangLink } from '../../i18n/langLink';
import '../../ui/dashboard.css';
import { freshnessMessages } from './more/freshnessMessages';

/**
 * A department head's first sight of the app: their unit's measures that need an update before
 * the next meeting, each one tap from its progress form. Shown once a meeting calendar is set.
 */
export default function MyWork({ assessmentId, unitId }: { assessmentId: string; unitId: string }) {
  const { t, language, locale } = useMessages(freshnessMessages);
  const withLang = useLangLink();
  const measures = useMeasuresOf(assessmentId, false);
  const latest = useLatestProgress(assessmentId);
  const settings = useSettings();
  const units = useUnits();
  const today = useMemo(() => new Date(), []);
  if (!measures.data || !latest.data || !settings.data?.meetings || !units.data) return null;
  const mine = measures.data.filter((m) => m.unitIds.includes(unitId));
  const report = freshnessOf(mine, latest.data, settings.data.meetings, today);
  if (report.lastMeeting === null) return null;
  const date = (iso: string, weekday = false) => (language === 'th' ? formatThaiDate(iso, { weekday }) : formatDay(iso, locale, weekday ? 'full' : 'long'));
  const unit = units.data.find((u) => u.id === unitId)?.name ?? unitId;
  return (
    <section className="card my-work" aria-labelledby="my-work-h">
      <h2 id="my-work-h">{report.nextMeeting ? t('mine.headingDate', { date: date(report.nextMeeting, true) }) : t('mine.heading')}</h2>
      {report.stale.length === 0 ? (
        <p>{t('mine.done', { unit, date: date(report.lastMeeting) })}</p>
      ) : (
        <>
          <p>{t('mine.intro', { unit, date: date(report.lastMeeting) })}</p>
          <ul className="my-work-list">
            {report.stale.map((m) => (
              <li key={m.id}>
                <span lang="th">{m.title}</span>
                <Link className="button-link" to={withLang(`/measures/${encodeURIComponent(m.id)}?report=1`)} aria-label={t('mine.reportLabel', { title: m.title })}>
                  {t('mine.report')}
                </Link>
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
