import * as z from 'zod/mini';
import { beYearSchema, cappedText, idSchema, INT4_MAX, isoDateSchema, requiredText, rowOrderSchema, TEXT_MAX, yearMonthSchema } from './common';
import { daysInMonth } from '../thaiDate';
import { evidenceFilesSchema } from '../evidence/schema';
import { indicatorNumberSchema, oItemCodeSchema } from './framework';

/** What a department head reports; a measure's health (on track, overdue…) is derived, not stored. */
export const measureStatusSchema = z.enum(['not-started', 'in-progress', 'blocked', 'done', 'cancelled'], {
  error: 'สถานะต้องเป็น ยังไม่เริ่ม กำลังดำเนินการ ติดขัด เสร็จแล้ว หรือยกเลิก',
});
export type MeasureStatus = z.infer<typeof measureStatusSchema>;
export const MEASURE_STATUSES = measureStatusSchema.options;

/**
 * plan: a row of the measures table (method steps, unit, timeframe, follow-up);
 * driving: a measure "to drive" integrity (มาตรการเพื่อขับเคลื่อน), usually one sentence.
 */
/** In document order: the measures table, a finding's improvement, the driving measures. */
export const measureKindSchema = z.enum(['plan', 'finding', 'driving'], { error: 'ประเภทมาตรการต้องเป็น มาตรการ/แนวทาง มาตรการปรับปรุงตามข้อบกพร่อง หรือมาตรการเพื่อขับเคลื่อน' });
export type MeasureKind = z.infer<typeof measureKindSchema>;
export const MEASURE_KINDS = measureKindSchema.options;

export const methodStepSchema = z.object({
  id: idSchema,
  text: requiredText('ขั้นตอน', TEXT_MAX.step, 'ขั้นตอนต้องไม่ว่าง'),
  done: z.boolean(),
});
export type MethodStep = z.infer<typeof methodStepSchema>;

const daySchema = z.number().check(
  z.int({ error: 'วันที่ต้องเป็นจำนวนเต็ม' }),
  z.minimum(1, { error: 'วันที่ต้องอยู่ระหว่าง 1 ถึง 31' }),
  z.maximum(31, { error: 'วันที่ต้องอยู่ระหว่าง 1 ถึง 31' }),
);

/** A reading is doubted for a reason or two; more than a few would be noise, not care. */
export const TIMEFRAME_NOTES_MAX = 3;

/**
 * Kept as typed; start and end are what the parser could read, both null when it could not, and
 * start alone null for an open start (a deadline: 'ภายใน 30 ก.ย. 67'). The days are kept when the
 * text names them, and readAsFiscalYear when a year-less text was read against the plan's year.
 * The newer fields are optional, so every record stored before them still reads.
 */
export const timeframeSchema = z
  .object({
    raw: cappedText('ระยะเวลาดำเนินการ', TEXT_MAX.title),
    start: z.nullable(yearMonthSchema),
    end: z.nullable(yearMonthSchema),
    startDay: z.optional(daySchema),
    endDay: z.optional(daySchema),
    readAsFiscalYear: z.optional(beYearSchema),
    /** The parser's remarks on a reading it doubted (the brackets won over the text), kept so the doubt outlives the write. */
    notes: z.optional(
      z.array(cappedText('ข้อสังเกตของระยะเวลาดำเนินการ', TEXT_MAX.step)).check(
        z.maxLength(TIMEFRAME_NOTES_MAX, { error: `ข้อสังเกตของระยะเวลาดำเนินการมีได้ไม่เกิน ${TIMEFRAME_NOTES_MAX} ข้อ` }),
      ),
    ),
  })
  .check(
    // end is null exactly when the text was not read, and then there is no start either.
    z.refine((t) => t.start === null || t.end !== null, {
      error: 'ระยะเวลาดำเนินการมีวันเริ่มต้นแต่ไม่มีวันสิ้นสุด',
      path: ['end'],
      params: { code: 'timeframe-start-without-end' },
    }),
    z.refine((t) => t.startDay === undefined || (t.start !== null && t.startDay <= daysInMonth(t.start.year, t.start.month)), {
      error: 'วันเริ่มต้นไม่มีอยู่จริงในเดือนนั้น',
      path: ['startDay'],
      params: { code: 'day-not-in-month' },
    }),
    z.refine((t) => t.endDay === undefined || (t.end !== null && t.endDay <= daysInMonth(t.end.year, t.end.month)), {
      error: 'วันสิ้นสุดไม่มีอยู่จริงในเดือนนั้น',
      path: ['endDay'],
      params: { code: 'day-not-in-month' },
    }),
  );
export type Timeframe = z.infer<typeof timeframeSchema>;

export const measureLinksSchema = z.object({
  indicators: z.array(indicatorNumberSchema),
  oItems: z.array(oItemCodeSchema),
  findingIds: z.array(idSchema),
});
export type MeasureLinks = z.infer<typeof measureLinksSchema>;

export const measureSchema = z.object({
  id: idSchema,
  assessmentId: idSchema,
  kind: measureKindSchema,
  order: rowOrderSchema,
  title: requiredText('ชื่อมาตรการ', TEXT_MAX.title),
  description: cappedText('คำอธิบาย', TEXT_MAX.text),
  steps: z.array(methodStepSchema),
  unitIds: z.array(idSchema),
  timeframe: timeframeSchema,
  followUp: cappedText('การติดตามผล', TEXT_MAX.text),
  links: measureLinksSchema,
  /** The measure of an earlier year this one carries on; its history stays with that one. */
  carriedFrom: z.optional(idSchema),
  archived: z.boolean(),
  /** Bumped on every write; a write carrying an older version is refused as a conflict. */
  version: z.number().check(z.int(), z.minimum(1), z.maximum(INT4_MAX, { error: 'ฉบับของมาตรการเกินกว่าที่มีได้' })),
  createdAt: z.iso.datetime(),
  updatedAt: z.iso.datetime(),
});
export type Measure = z.infer<typeof measureSchema>;

export const progressUpdateSchema = z.object({
  id: idSchema,
  measureId: idSchema,
  date: isoDateSchema,
  authorName: requiredText('ชื่อผู้รายงาน', TEXT_MAX.name),
  /** The unit the update is credited to; null for a measure no unit is responsible for. */
  unitId: z.nullable(idSchema),
  status: measureStatusSchema,
  percent: z.number({ error: 'ร้อยละความคืบหน้าต้องเป็นตัวเลข' }).check(
    z.int({ error: 'ร้อยละความคืบหน้าต้องเป็นจำนวนเต็ม' }),
    z.minimum(0, { error: 'ร้อยละความคืบหน้าต้องไม่ต่ำกว่า 0' }),
    z.maximum(100, { error: 'ร้อยละความคืบหน้าต้องไม่เกิน 100' }),
  ),
  note: cappedText('ผลการดำเนินงาน', TEXT_MAX.text),
  // Only web links: a javascript: or file: link in a shared record would run or leak on a click.
  evidenceUrl: z.union([
    z.literal(''),
    z.url({ protocol: /^https?$/, error: 'ลิงก์หลักฐานต้องเป็น URL ที่ขึ้นต้นด้วย http:// หรือ https://' }).check(
      z.maxLength(2_048, { error: 'ลิงก์หลักฐานยาวเกิน 2,048 ตัวอักษร' }),
    ),
  ]),
  /** The files kept with the update (absent on updates stored before files could be attached). */
  files: z.optional(evidenceFilesSchema),
  createdAt: z.iso.datetime(),
});
export type ProgressUpdate = z.infer<typeof progressUpdateSchema>;
