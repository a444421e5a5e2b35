import { useId, useState } from 'react';
import { useUpdateSettings } from '../../data/mutations';
import { useSettings } from '../../data/queries';
import { useSessionActor } from '../../data/sessionContext';
import { faultsByField } from '../../data/storeError';
import { planningOnlyRefusal } from '../../domain/access';
import { meetingsBetween } from '../../domain/meetingCalendar';
import { meetingCalendarSchema, NO_MEETINGS, WEEKS_OF_MONTH, type MeetingCalendar, type MeetingRule } from '../../domain/schemas/meetingCalendar';
import { formatThaiDate, THAI_WEEKDAYS } from '../../domain/thaiDate';
import { thaiDateOf } from '../../domain/meetingCalendar';
import { formatDay } from '../../i18n/dates';
import { useMessages } from '../../i18n/featureMessages';
import { useErrorWords } from '../../i18n/useErrorWords';
import { Choice, ChoiceGroup } from '../../ui/Choice';
import { ErrorState } from '../../ui/ErrorState';
import { FieldError } from '../../ui/FieldError';
import { SaveControls } from '../../ui/SaveControls';
import { LoadingState } from '../../ui/LoadingState';
import { DateListField } from './DateListField';
import { meetingMessages } from './meetingMessages';

const WEEK_KEYS = { 1: 'meetings.week.1', 2: 'meetings.week.2', 3: 'meetings.week.3', 4: 'meetings.week.4', [-1]: 'meetings.week.-1' } as const;
const EN_WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
const UPCOMING = 4;
const YEAR_AHEAD_MS = 366 * 86_400_000;

/**
 * When the monthly meeting is held: a rule, dates added and dates cancelled, with the next few
 * meetings worked out as it is typed. Only the planning officer changes it; everyone sees it.
 */
export function MeetingCalendarSection() {
  const { t, language, locale } = useMessages(meetingMessages);
  const settings = useSettings();
  const update = useUpdateSettings();
  const words = useErrorWords();
  const planner = planningOnlyRefusal(useSessionActor()) === null;
  const id = useId();
  const [draft, setDraft] = useState<MeetingCalendar | null>(null);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const saved = settings.data?.meetings ?? NO_MEETINGS;
  const calendar = draft ?? saved;
  // What is typed in the day field stays as typed ("3a" too) until it is saved or corrected.
  const [dayText, setDayText] = useState<string | null>(null);
  const change = (next: Partial<MeetingCalendar>) => {
    setDraft({ ...calendar, ...next });
    // An error is about what was saved: once the field changes it no longer applies.
    setErrors({});
  };
  const setRule = (rule: MeetingRule | null) => change({ rule });
  const show = (iso: string) => (language === 'th' ? formatThaiDate(iso, { weekday: true }) : formatDay(iso, locale, 'full'));
  const weekdayName = (d: number) => (language === 'th' ? (THAI_WEEKDAYS[d] ?? '') : (EN_WEEKDAYS[d] ?? ''));
  const describe = (rule: MeetingRule | null) =>
    rule === null
      ? t('meetings.describe.none')
      : rule.kind === 'day-of-month'
        ? t('meetings.describe.day', { day: rule.day })
        : t('meetings.describe.weekday', { weekday: weekdayName(rule.weekday), week: t(WEEK_KEYS[rule.week]) });
  // Fixed for the visit, like the dashboard's today.
  const [now] = useState(() => new Date());
  const today = thaiDateOf(now);
  // Worked out only from a calendar that can be: a day of 32, half typed, has no meetings to show.
  const checked = meetingCalendarSchema.safeParse(calendar);
  const upcoming = checked.success ? meetingsBetween(checked.data, today, thaiDateOf(new Date(now.getTime() + YEAR_AHEAD_MS))).slice(0, UPCOMING) : [];

  const submit = (e: React.FormEvent) => {
    e.preventDefault();
    const parsed = meetingCalendarSchema.safeParse(calendar);
    if (!parsed.success) {
      setErrors(Object.fromEntries(Object.entries(faultsByField(parsed.error, words.field)).map(([path, fault]) => [path, fault.message])));
      return;
    }
    setErrors({});
    update.mutate({ meetings: parsed.data }, { onSuccess: () => (setDraft(null), setDayText(null)) });
  };
  const rule = calendar.rule;

  return (
    <section className="card" aria-labelledby={`${id}-h`}>
      <h2 id={`${id}-h`}>{t('meetings.heading')}</h2>
      <p className="hint">{t('meetings.intro')}</p>
      {/* Nothing to say or edit before the saved calendar is read: an empty one would be a wrong answer. */}
      {settings.isError ? (
        <ErrorState error={settings.error} onRetry={() => void settings.refetch()} />
      ) : !settings.data ? (
        <LoadingState />
      ) : !planner ? (
        <>
          <p>{describe(saved.rule)}</p>
          <p className="hint">{t('meetings.readOnly')}</p>
        </>
      ) : (
        <form className="form" onSubmit={submit} noValidate>
          <ChoiceGroup legend={t('meetings.rule')}>
            <Choice type="radio" name={`${id}-rule`} checked={rule === null} onChange={() => setRule(null)} label={t('meetings.rule.none')} />
            <Choice
              type="radio"
              name={`${id}-rule`}
              checked={rule?.kind === 'weekday-of-month'}
              onChange={() => setRule({ kind: 'weekday-of-month', week: 2, weekday: 2 })}
              label={t('meetings.rule.weekday')}
            />
            <Choice type="radio" name={`${id}-rule`} checked={rule?.kind === 'day-of-month'} onChange={() => setRule({ kind: 'day-of-month', day: 15 })} label={t('meetings.rule.day')} />
          </ChoiceGroup>
          {rule?.kind === 'weekday-of-month' && (
            <div className="rule-fields">
              <div className="field">
                <label htmlFor={`${id}-week`}>{t('meetings.week')}</label>
                <select id={`${id}-week`} value={rule.week} onChange={(e) => setRule({ ...rule, week: Number(e.target.value) as (typeof WEEKS_OF_MONTH)[number] })}>
                  {WEEKS_OF_MONTH.map((w) => (
                    <option key={w} value={w}>
                      {t(WEEK_KEYS[w])}
                    </option>
                  ))}
                </select>
              </div>
              <div className="field">
                <label htmlFor={`${id}-weekday`}>{t('meetings.weekday')}</label>
                <select id={`${id}-weekday`} value={rule.weekday} onChange={(e) => setRule({ ...rule, weekday: Number(e.target.value) })}>
                  {THAI_WEEKDAYS.map((_, d) => (
                    <option key={d} value={d}>
                      {weekdayName(d)}
                    </option>
                  ))}
                </select>
              </div>
            </div>
          )}
          {rule?.kind === 'day-of-month' && (
            <div className="field">
              <label htmlFor={`${id}-day`}>{t('meetings.day')}</label>
              <input
                id={`${id}-day`}
                inputMode="numeric"
                value={dayText ?? String(rule.day)}
                onChange={(e) => {
                  setDayText(e.target.value);
                  setRule({ ...rule, day: /^\s*\d+\s*$/.test(e.target.value) ? Number(e.target.value) : Number.NaN });
                }}
                aria-invalid={errors['rule.day'] !== undefined}
                aria-describedby={`${id}-day-hint ${id}-day-error`}
              />
              <p id={`${id}-day-hint`} className="hint">
                {t('meetings.dayHint')}
              </p>
              <FieldError id={`${id}-day-error`} message={errors['rule.day']} />
            </div>
          )}
          <DateListField legend={t('meetings.extra')} addLabel={t('meetings.extraAdd')} dates={calendar.extraDates} onChange={(extraDates) => change({ extraDates })} show={show} />
          <DateListField
            legend={t('meetings.cancelled')}
            addLabel={t('meetings.cancelledAdd')}
            dates={calendar.cancelledDates}
            onChange={(cancelledDates) => change({ cancelledDates })}
            show={show}
          />
          <div aria-live="polite">
            <h3>{t('meetings.upcoming')}</h3>
            {upcoming.length === 0 ? (
              <p>{t('meetings.noUpcoming')}</p>
            ) : (
              <ul className="upcoming-meetings">
                {upcoming.map((d) => (
                  <li key={d}>{show(d)}</li>
                ))}
              </ul>
            )}
          </div>
          <SaveControls pending={update.isPending} status={update.isSuccess && draft === null ? t('common.saved') : null} failure={update.error ? words.storeError(update.error) : null} />
        </form>
      )}
    </section>
  );
}
