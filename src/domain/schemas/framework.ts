import * as z from 'zod/mini';
import { beYearSchema, filledText, TEXT_MAX } from './common';

const label = (what: string) => filledText(what, TEXT_MAX.name);
/** Percentage points of the total: no part of a framework carries more than all of it. */
const weightSchema = z.number().check(z.positive(), z.maximum(100, { error: 'น้ำหนักต้องไม่เกิน 100' }));

export const levelSchema = z.enum(['AA', 'A', 'B', 'C', 'D', 'E', 'F']);
export type Level = z.infer<typeof levelSchema>;

export const instrumentCodeSchema = z.enum(['IIT', 'EIT', 'OIT']);
export type InstrumentCode = z.infer<typeof instrumentCodeSchema>;

export const indicatorNumberSchema = z.number({ error: 'ตัวชี้วัดต้องเป็นตัวเลข' }).check(
  z.int({ error: 'ตัวชี้วัดต้องเป็นจำนวนเต็ม' }),
  z.minimum(1, { error: 'ตัวชี้วัดต้องเริ่มที่ 1' }),
  z.maximum(99, { error: 'ตัวชี้วัดต้องไม่เกิน 99' }),
);

/** O-items are only meaningful with their year: O31 in 2565 is not O31 in 2566. */
export const oItemCodeSchema = z.string().check(z.regex(/^O\d{1,2}$/, { error: 'รหัสข้อ OIT ต้องอยู่ในรูป O ตามด้วยตัวเลข เช่น O35' }));

export const indicatorDefSchema = z.object({
  number: indicatorNumberSchema,
  name: label('ชื่อตัวชี้วัด'),
  nameEn: label('ชื่อตัวชี้วัดภาษาอังกฤษ'),
  /** Percentage points of the total this indicator carries (2565: IIT 6, EIT 10, OIT 20). */
  weight: weightSchema,
});
export type IndicatorDef = z.infer<typeof indicatorDefSchema>;

export const instrumentDefSchema = z.object({
  code: instrumentCodeSchema,
  name: label('ชื่อเครื่องมือ'),
  nameEn: label('ชื่อเครื่องมือภาษาอังกฤษ'),
  weight: weightSchema,
  indicators: z.array(indicatorDefSchema).check(z.minLength(1)),
});
export type InstrumentDef = z.infer<typeof instrumentDefSchema>;

export const levelBandSchema = z.object({ level: levelSchema, min: z.number().check(z.minimum(0), z.maximum(100)) });
export type LevelBand = z.infer<typeof levelBandSchema>;

export const oItemDefSchema = z.object({
  code: oItemCodeSchema,
  indicator: indicatorNumberSchema,
  /** e.g. '9.1 ข้อมูลพื้นฐาน' */
  group: label('กลุ่มข้อ OIT'),
  name: filledText('ชื่อข้อ OIT', TEXT_MAX.title),
});
export type OItemDef = z.infer<typeof oItemDefSchema>;

export const oItemScoringSchema = z.enum(['present-absent', 'points']);
export type OItemScoring = z.infer<typeof oItemScoringSchema>;

export const frameworkSchema = z.object({
  fiscalYear: beYearSchema,
  name: label('ชื่อเกณฑ์'),
  instruments: z.array(instrumentDefSchema).check(z.minLength(1)),
  /** Highest band first; a total belongs to the first band whose min it reaches. */
  levels: z.array(levelBandSchema).check(z.minLength(1)),
  passMark: z.number().check(z.minimum(0), z.maximum(100)),
  oItems: z.array(oItemDefSchema),
  /**
   * 'present-absent': an O-item scores 100 when present and 0 when absent (2565); 'points': the
   * agency types the score itself. Defaults so frameworks stored before this field still parse.
   */
  oItemScoring: z._default(oItemScoringSchema, 'points'),
});
export type Framework = z.infer<typeof frameworkSchema>;
