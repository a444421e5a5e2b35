import type { MeetingCalendar, MeetingRule } from './schemas/meetingCalendar';

/**
 * The meeting dates a calendar gives, and the ones either side of a day. Dates are ISO strings
 * of Thai local dates; the arithmetic is done in UTC so no machine's time zone can shift a day.
 */
const DAY_MS = 86_400_000;
/** How far to look for the next or the previous meeting: a year and a bit covers any monthly rule. */
const HORIZON_DAYS = 400;

const toUtc = (iso: string) => Date.parse(`${iso}T00:00:00Z`);
const toIso = (ms: number) => new Date(ms).toISOString().slice(0, 10);
const daysInMonth = (year: number, month: number) => new Date(Date.UTC(year, month, 0)).getUTCDate();
const iso = (year: number, month: number, day: number) => `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;

/** The day the rule falls on in a month (C.E. year, month 1–12). */
export function ruleDateInMonth(rule: MeetingRule, year: number, month: number): string {
  const last = daysInMonth(year, month);
  if (rule.kind === 'day-of-month') return iso(year, month, Math.min(rule.day, last));
  const firstWeekday = new Date(Date.UTC(year, month - 1, 1)).getUTCDay();
  const first = 1 + ((rule.weekday - firstWeekday + 7) % 7);
  if (rule.week !== -1) return iso(year, month, first + 7 * (rule.week - 1));
  return iso(year, month, first + 7 * Math.floor((last - first) / 7));
}

/** Every meeting from `from` to `to`, both included, in order: the rule's, plus added, less cancelled. */
export function meetingsBetween(calendar: MeetingCalendar, from: string, to: string): string[] {
  if (from > to) return [];
  const dates = new Set(calendar.extraDates.filter((d) => d >= from && d <= to));
  if (calendar.rule) {
    let year = Number(from.slice(0, 4));
    let month = Number(from.slice(5, 7));
    const endKey = Number(to.slice(0, 4)) * 12 + Number(to.slice(5, 7));
    while (year * 12 + month <= endKey) {
      const date = ruleDateInMonth(calendar.rule, year, month);
      if (date >= from && date <= to) dates.add(date);
      month += 1;
      if (month > 12) [year, month] = [year + 1, 1];
    }
  }
  const cancelled = new Set(calendar.cancelledDates);
  return [...dates].filter((d) => !cancelled.has(d)).sort();
}

/** The next meeting on or after `today` (a meeting today is the next one), or null. */
export function nextMeeting(calendar: MeetingCalendar, today: string): string | null {
  return meetingsBetween(calendar, today, toIso(toUtc(today) + HORIZON_DAYS * DAY_MS))[0] ?? null;
}

/** The last meeting before `today`, or null: on a meeting's own day, the one before it. */
export function previousMeeting(calendar: MeetingCalendar, today: string): string | null {
  return meetingsBetween(calendar, toIso(toUtc(today) - HORIZON_DAYS * DAY_MS), toIso(toUtc(today) - DAY_MS)).at(-1) ?? null;
}

/** Thailand keeps UTC+7 all year: the Thai date of a moment, whatever the machine's zone. */
export function thaiDateOf(moment: string | Date): string {
  const ms = typeof moment === 'string' ? Date.parse(moment) : moment.getTime();
  return toIso(ms + 7 * 3_600_000);
}
