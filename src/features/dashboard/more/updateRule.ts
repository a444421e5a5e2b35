import { thaiDateOf } from '../../../domain/meetingCalendar';
import type { MeetingCalendar } from '../../../domain/schemas/meetingCalendar';

/** With no meeting to count from, a measure needs an update when nothing was recorded for it in this many days. */
export const LOOKBACK_DAYS = 30;

export function hasMeetings(calendar: MeetingCalendar | undefined): calendar is MeetingCalendar {
  return !!calendar && (calendar.rule !== null || calendar.extraDates.length > 0);
}

/**
 * A calendar whose one "meeting" was LOOKBACK_DAYS ago, so the freshness rules read "nothing
 * recorded in the last 30 days, or ever" with no rule of their own: a department head's list
 * works before the planning officer sets the meeting days.
 */
export function lookbackCalendar(today: Date): MeetingCalendar {
  const [y, m, d] = thaiDateOf(today).split('-').map(Number) as [number, number, number];
  const since = new Date(Date.UTC(y, m - 1, d - LOOKBACK_DAYS)).toISOString().slice(0, 10);
  return { rule: null, extraDates: [since], cancelledDates: [] };
}
