import * as z from 'zod/mini';
import { isoDateSchema } from './common';

/**
 * When the agency's monthly meeting is held: a rule that repeats (the second Tuesday of every
 * month, or the 15th), dates added once (a meeting moved or called extra) and dates cancelled
 * (a holiday). All dates are Thai local dates, ISO (C.E.) inside, shown in B.E.
 */
export const WEEKS_OF_MONTH = [1, 2, 3, 4, -1] as const;

export const meetingRuleSchema = z.discriminatedUnion('kind', [
  z.object({
    kind: z.literal('weekday-of-month'),
    /** 1–4: the first to fourth such weekday of the month; -1: the last. */
    week: z.union(WEEKS_OF_MONTH.map((w) => z.literal(w)), { error: 'สัปดาห์ของเดือนต้องเป็นที่ 1–4 หรือสัปดาห์สุดท้าย' }),
    /** 0 Sunday … 6 Saturday, as Date.getDay counts. */
    weekday: z.number({ error: 'ต้องระบุวันในสัปดาห์' }).check(
      z.int({ error: 'ต้องระบุวันในสัปดาห์' }),
      z.minimum(0, { error: 'วันในสัปดาห์ต้องเป็นวันอาทิตย์ถึงวันเสาร์' }),
      z.maximum(6, { error: 'วันในสัปดาห์ต้องเป็นวันอาทิตย์ถึงวันเสาร์' }),
    ),
  }),
  z.object({
    kind: z.literal('day-of-month'),
    /** 29–31 fall on the month's last day in months that have fewer days. */
    day: z.number({ error: 'ต้องระบุวันที่' }).check(
      z.int({ error: 'วันที่ต้องเป็นจำนวนเต็ม' }),
      z.minimum(1, { error: 'วันที่ต้องอยู่ระหว่าง 1 ถึง 31' }),
      z.maximum(31, { error: 'วันที่ต้องอยู่ระหว่าง 1 ถึง 31' }),
    ),
  }),
]);
export type MeetingRule = z.infer<typeof meetingRuleSchema>;

export const meetingCalendarSchema = z.object({
  /** Null: no repeating meeting, only the dates added. */
  rule: z.nullable(meetingRuleSchema),
  extraDates: z.array(isoDateSchema),
  cancelledDates: z.array(isoDateSchema),
});
export type MeetingCalendar = z.infer<typeof meetingCalendarSchema>;

export const NO_MEETINGS: MeetingCalendar = { rule: null, extraDates: [], cancelledDates: [] };
