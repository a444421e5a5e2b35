import * as z from 'zod/mini';
import { cappedText, idSchema, requiredText, TEXT_MAX } from './common';

const nameSchema = requiredText('ชื่อ', TEXT_MAX.name);

export const organisationSchema = z.object({
  id: idSchema,
  name: nameSchema,
  /** e.g. เทศบาลตำบล; frameworks and unit lists differ by kind of agency. */
  kind: requiredText('ประเภทหน่วยงาน', TEXT_MAX.name),
  district: cappedText('อำเภอ', TEXT_MAX.name),
  province: cappedText('จังหวัด', TEXT_MAX.name),
});
export type Organisation = z.infer<typeof organisationSchema>;

/** ส่วนราชการ: the unit a measure is assigned to and a department head belongs to. */
export const unitSchema = z.object({
  id: idSchema,
  name: nameSchema,
  /** Other spellings seen in documents (สำนักปลัด, สำนักปลัดฯ) that mean this unit. */
  aliases: z._default(z.array(cappedText('ชื่ออื่น', TEXT_MAX.name)), []),
});
export type Unit = z.infer<typeof unitSchema>;
