import { Link } from 'react-router';
import { freshnessOf } from '../../../domain/freshness';
import { agencyReminderText, unitReminderText } from '../../../domain/reminders';
import type { Measure, ProgressUpdate } from '../../../domain/schemas/measure';
import { NO_MEETINGS, type MeetingCalendar } from '../../../domain/schemas/meetingCalendar';
import type { Unit } from '../../../domain/schemas/organisation';
import { formatThaiDate } from '../../../domain/thaiDate';
import { thaiDateOf } from '../../../domain/meetingCalendar';
import { formatDay } from '../../../i18n/dates';
import { useMessages } from '../../../i18n/featureMessages';
import { useLangLink } from '../../../i18n/langLink';
import { freshnessMessages } from './freshnessMessages';
import { ReminderBox } from './ReminderBox';

interface FreshnessProps {
  year: number;
  measures: readonly Measure[];
  latest: readonly ProgressUpdate[];
  units: readonly Unit[];
  calendar: MeetingCalendar | undefined;
  /** The planning officer: the one who sends the reminders and sets the calendar. */
  planner: boolean;
  today: Date;
}

/** Where the app is opened from, for links in a message read on another device. */
const appAddress = () => `${window.location.origin}${window.location.pathname}`;

/**
 * Who has updated since the last meeting, unit by unit, with the measures still waiting; for the
 * planning officer, a message per unit (and one for the agency) to copy into the LINE group.
 */
export function FreshnessSection({ year, measures, latest, units, calendar = NO_MEETINGS, planner, today }: FreshnessProps) {
  const { t, language, locale } = useMessages(freshnessMessages);
  const withLang = useLangLink();
  const report = freshnessOf(measures, latest, calendar, today);
  const unitName = (id: string) => (id === '' ? t('fresh.noUnit') : (units.find((u) => u.id === id)?.name ?? id));
  const thaiUnitName = (id: string) => (id === '' ? 'ไม่ระบุส่วนราชการ' : (units.find((u) => u.id === id)?.name ?? id));
  // Thai as the reminders write it; English as the rest of the English screens do.
  const date = (iso: string, weekday = false) => (language === 'th' ? formatThaiDate(iso, { weekday }) : formatDay(iso, locale, weekday ? 'full' : 'long'));
  const unitList = (unitId: string) => `/measures?year=${year}&unit=${encodeURIComponent(unitId || 'all')}`;
  const expected = report.byUnit.reduce((n, u) => n + u.expected, 0);
  const noCalendar = calendar.rule === null && calendar.extraDates.length === 0;

  return (
    <section aria-labelledby="fresh-heading" className="card freshness">
      <h2 id="fresh-heading">{t('fresh.heading')}</h2>
      {noCalendar ? (
        <>
          <p>{t('fresh.noCalendar')}</p>
          {planner && (
            <Link className="text-link" to={withLang('/settings')}>
              {t('fresh.setCalendar')}
            </Link>
          )}
        </>
      ) : (
        <>
          <p className="meeting-dates">
            <strong>
              {report.nextMeeting === null
                ? t('fresh.noNext')
                : t(report.nextMeeting === thaiDateOf(today) ? 'fresh.nextToday' : 'fresh.next', { date: date(report.nextMeeting, true) })}
            </strong>
            <span>{report.lastMeeting === null ? t('fresh.noLast') : t('fresh.since', { date: date(report.lastMeeting) })}</span>
          </p>
          {report.lastMeeting !== null && (
            <>
              <p>{report.stale.length === 0 ? t('fresh.allDone', { expected }) : t('fresh.summary', { stale: report.stale.length, expected })}</p>
              <ul className="fresh-units">
                {report.byUnit.map((unit) => (
                  <li key={unit.unitId || 'none'}>
                    <p className="fresh-unit-line">
                      {unit.unitId ? (
                        <Link to={withLang(unitList(unit.unitId))} lang="th">
                          {unitName(unit.unitId)}
                        </Link>
                      ) : (
                        <strong>{unitName(unit.unitId)}</strong>
                      )}{' '}
                      <span className={unit.stale.length > 0 ? 'stale-count' : 'fresh-count'}>{t('fresh.unitLine', { stale: unit.stale.length, expected: unit.expected })}</span>
                    </p>
                    {unit.stale.length > 0 && (
                      <ul className="fresh-stale" aria-label={t('fresh.staleList', { unit: unitName(unit.unitId) })}>
                        {unit.stale.map((m) => (
                          <li key={m.id}>
                            <Link to={withLang(`/measures/${encodeURIComponent(m.id)}`)} lang="th">
                              {m.title}
                            </Link>
                          </li>
                        ))}
                      </ul>
                    )}
                    {/* Measures with no unit have nobody to remind: no message, and no list of their own to link to. */}
                    {planner && unit.stale.length > 0 && unit.unitId !== '' && (
                      <ReminderBox
                        summary={t('fresh.remindUnit', { unit: unitName(unit.unitId) })}
                        title={thaiUnitName(unit.unitId)}
                        text={unitReminderText({
                          unitName: thaiUnitName(unit.unitId),
                          titles: unit.stale.map((m) => m.title),
                          lastMeeting: report.lastMeeting as string,
                          nextMeeting: report.nextMeeting,
                          link: `${appAddress()}#${unitList(unit.unitId)}&fresh=stale`,
                        })}
                      />
                    )}
                  </li>
                ))}
              </ul>
              {planner && (
                <>
                  <ReminderBox
                    summary={t('fresh.remindAll')}
                    title="ITA"
                    text={agencyReminderText({
                      units: report.byUnit.map((u) => ({ unitName: thaiUnitName(u.unitId), stale: u.stale.length })),
                      stale: report.stale.length,
                      expected,
                      lastMeeting: report.lastMeeting,
                      nextMeeting: report.nextMeeting,
                      link: `${appAddress()}#/?year=${year}`,
                    })}
                  />
                  <p className="hint">{t('fresh.notSent')}</p>
                </>
              )}
            </>
          )}
        </>
      )}
    </section>
  );
}
