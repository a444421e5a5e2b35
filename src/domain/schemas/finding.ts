import * as z from 'zod/mini';
import { cappedText, filledText, idSchema, rowOrderSchema, scoreSchema, TEXT_MAX } from './common';
import { indicatorNumberSchema, instrumentCodeSchema, oItemCodeSchema } from './framework';
import { evidenceFilesSchema } from '../evidence/schema';

export const findingTargetSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('indicator'), indicator: indicatorNumberSchema }),
  z.object({ kind: z.literal('oItem'), code: oItemCodeSchema }),
]);
export type FindingTarget = z.infer<typeof findingTargetSchema>;

/** ข้อบกพร่อง: a weak indicator or zero-scored O-item, why it is weak and what to improve. */
export const findingSchema = z.object({
  id: idSchema,
  assessmentId: idSchema,
  instrument: instrumentCodeSchema,
  /** The row's order number within its instrument's table. */
  order: rowOrderSchema,
  target: findingTargetSchema,
  /** The row's label as printed, e.g. 'ประสิทธิภาพการสื่อสาร'. */
  title: filledText('หัวข้อ', TEXT_MAX.title),
  /** The score this finding states; it may disagree with the results table. */
  statedScore: z.nullable(scoreSchema),
  /** A heading the OIT table groups rows under, e.g. 'การปฏิสัมพันธ์ข้อมูล'. */
  group: cappedText('กลุ่ม', TEXT_MAX.name),
  assessorComment: cappedText('ความเห็นของผู้ประเมิน', TEXT_MAX.text),
  analysis: cappedText('ผลการวิเคราะห์', TEXT_MAX.text),
  /** May be empty: the seed leaves indicator 8's improvement blank. */
  improvement: cappedText('แนวทางการปรับปรุง', TEXT_MAX.text),
  unitIds: z.array(idSchema),
  /**
   * The evidence kept with the finding (the weakness as the assessor saw it: a screenshot of the
   * web page, the letter); absent on findings stored before files could be attached.
   */
  files: z.optional(evidenceFilesSchema),
});
export type Finding = z.infer<typeof findingSchema>;
