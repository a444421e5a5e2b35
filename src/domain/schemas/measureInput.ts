import * as z from 'zod/mini';
import { cappedText, idSchema, isoDateSchema, requiredText, TEXT_MAX } from './common';
import { measureKindSchema, measureLinksSchema, measureStatusSchema, progressUpdateSchema } from './measure';

/** Limits generous enough for any real document, and small enough that one record can't fill the disk. */
export const LIMITS = {
  title: TEXT_MAX.title,
  text: TEXT_MAX.text,
  steps: 100,
  step: TEXT_MAX.step,
} as const;

const stepInputSchema = z.object({
  /** Omitted for a new step; kept for an existing one so its tick survives reordering. */
  id: z.optional(idSchema),
  text: requiredText('ขั้นตอน', LIMITS.step, 'ขั้นตอนต้องไม่ว่าง'),
  done: z.boolean(),
});
export type StepInput = z.infer<typeof stepInputSchema>;

/**
 * What a person writes when creating a measure. The store fills in the id, order, version and
 * dates, and parses the timeframe, so no client can store a parse that disagrees with the text.
 */
export const measureInputSchema = z.object({
  assessmentId: idSchema,
  kind: measureKindSchema,
  title: requiredText('ชื่อมาตรการ', LIMITS.title),
  description: cappedText('คำอธิบาย', LIMITS.text),
  steps: z.array(stepInputSchema).check(
    z.maxLength(LIMITS.steps, { error: `ขั้นตอนมีได้ไม่เกิน ${LIMITS.steps} ข้อ` }),
  ),
  unitIds: z.array(idSchema).check(z.minLength(1, { error: 'ต้องระบุส่วนราชการผู้รับผิดชอบอย่างน้อย 1 หน่วย' })),
  timeframe: cappedText('ระยะเวลาดำเนินการ', LIMITS.title),
  followUp: cappedText('การติดตามผล', LIMITS.text),
  links: measureLinksSchema,
  carriedFrom: z.optional(idSchema),
});
export type MeasureInput = z.infer<typeof measureInputSchema>;

/** An edit: any of the fields a measure was created with, except its year and what it carries on. */
export const measureChangesSchema = z.partial(z.omit(measureInputSchema, { assessmentId: true, carriedFrom: true }));
export type MeasureChanges = z.infer<typeof measureChangesSchema>;

/** What a department head reports; the store adds who, which unit, and when it was recorded. */
export const progressInputSchema = z.object({
  date: isoDateSchema,
  status: measureStatusSchema,
  percent: progressUpdateSchema.shape.percent,
  note: cappedText('ผลการดำเนินงาน', LIMITS.text),
  evidenceUrl: progressUpdateSchema.shape.evidenceUrl,
  /** References of the files sent beside the input (their bytes travel apart: see Store.appendProgress). */
  files: progressUpdateSchema.shape.files,
});
export type ProgressInput = z.infer<typeof progressInputSchema>;
