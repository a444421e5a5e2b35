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

/** A calendar month in B.E.; timeframes are planned to the month, never to the day. */
export const yearMonthSchema = z.object({ year: beYearSchema, month: monthSchema });
export type YearMonth = z.infer<typeof yearMonthSchema>;

export const idSchema = z.string().check(z.minLength(1, { error: 'ต้องมีรหัส' }));

/** A score out of 100 as printed in ITA reports: two decimals at most. */
export const scoreSchema = z.number({ error: 'คะแนนต้องเป็นตัวเลข' }).check(
  z.minimum(0, { error: 'คะแนนต้องไม่ต่ำกว่า 0' }),
  z.maximum(100, { error: 'คะแนนต้องไม่เกิน 100' }),
);

/** ISO date (YYYY-MM-DD), always Gregorian inside; B.E. is for display only. */
export const isoDateSchema = z.iso.date({ error: 'วันที่ต้องอยู่ในรูปแบบ ปปปป-ดด-วว (ค.ศ.)' });
