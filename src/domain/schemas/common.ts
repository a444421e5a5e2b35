import * as z from 'zod/mini';

/** A Buddhist Era year as the agency writes it (2565 = 2022 CE). */
export const beYearSchema = z.number({ error: 'ปี พ.ศ. ต้องเป็นตัวเลข' }).check(
  z.int({ error: 'ปี พ.ศ. ต้องเป็นจำนวนเต็ม' }),
  z.minimum(2400, { error: 'ปี พ.ศ. ต้องไม่น้อยกว่า 2400' }),
  z.maximum(2800, { error: 'ปี พ.ศ. ต้องไม่เกิน 2800' }),
);

export const monthSchema = z.number().check(
  z.int(),
  z.minimum(1, { error: 'เดือนต้องอยู่ระหว่าง 1 ถึง 12' }),
  z.maximum(12, { error: 'เดือนต้องอยู่ระหว่าง 1 ถึง 12' }),
);

/**
 * A calendar month in B.E. Plans are written by the month ('ต.ค.65-ธ.ค.66'), so the month is what
 * every timeframe has; a day is kept beside it only when the text names one (startDay, endDay).
 */
export const yearMonthSchema = z.object({ year: beYearSchema, month: monthSchema });
export type YearMonth = z.infer<typeof yearMonthSchema>;

export const idSchema = z.string().check(
  z.minLength(1, { error: 'ต้องมีรหัส' }),
  z.maxLength(200, { error: 'รหัสยาวเกิน 200 ตัวอักษร' }),
);

/** A score out of 100 as printed in ITA reports: two decimals at most. */
export const scoreSchema = z.number({ error: 'คะแนนต้องเป็นตัวเลข' }).check(
  z.minimum(0, { error: 'คะแนนต้องไม่ต่ำกว่า 0' }),
  z.maximum(100, { error: 'คะแนนต้องไม่เกิน 100' }),
);

/** ISO date (YYYY-MM-DD), always Gregorian inside; B.E. is for display only. */
export const isoDateSchema = z.iso.date({ error: 'วันที่ต้องอยู่ในรูปแบบ ปปปป-ดด-วว (ค.ศ.)' });

/** The largest integer a PostgreSQL integer column holds (versions and years are kept in one). */
export const INT4_MAX = 2_147_483_647;

/** A row's place in its table as the document numbers it (1, 2, …), kept in an integer column. */
export const rowOrderSchema = z.number().check(z.int(), z.minimum(1), z.maximum(INT4_MAX));

/**
 * The longest text of each kind: generous for any real document, small enough that one record
 * cannot fill the disk, and the same in the browser's forms as at the server.
 */
export const TEXT_MAX = {
  id: 200,
  /** A name or a short label: a person, a unit, the agency, an indicator. */
  name: 200,
  /** A measure's or a finding's title, a timeframe as typed, a source cited. */
  title: 1_000,
  step: 2_000,
  url: 2_048,
  /** An analysis, a note, a description, an assessor's comment. */
  text: 20_000,
  /** An audit entry's before and after, which may quote every step of a measure at once. */
  auditText: 300_000,
} as const;

// The message is made when it is needed: formatting Thai numbers as the module loads cost the
// dashboard's start 70 ms.
export const tooLong = (what: string, max: number) => ({ error: () => `${what}ยาวเกิน ${max.toLocaleString('th-TH')} ตัวอักษร` });

/** A text of at most `max` characters, refused in Thai naming `what` when longer. */
export const cappedText = (what: string, max: number) => z.string().check(z.maxLength(max, tooLong(what, max)));

/** A text that must say something and is at most `max` characters, refused in Thai naming `what` when longer. */
export const filledText = (what: string, max: number) => z.string().check(z.minLength(1), z.maxLength(max, tooLong(what, max)));

/**
 * A text a person must fill in: trimmed, refused when empty (`empty`, by default 'ต้องระบุ' and
 * `what`) and when longer than `max` characters.
 */
export const requiredText = (what: string, max: number, empty = `ต้องระบุ${what}`) =>
  z.string().check(z.trim(), z.minLength(1, { error: empty }), z.maxLength(max, tooLong(what, max)));
