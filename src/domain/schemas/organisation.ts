import * as z from 'zod/mini';
import { idSchema } from './common';

const nameSchema = z.string().check(z.trim(), z.minLength(1, { error: 'ต้องระบุชื่อ' }));

export const organisationSchema = z.object({
  id: idSchema,
  name: nameSchema,
  /** e.g. เทศบาลตำบล; frameworks and unit lists differ by kind of agency. */
  kind: z.string().check(z.trim(), z.minLength(1, { error: 'ต้องระบุประเภทหน่วยงาน' })),
  district: z.string(),
  province: z.string(),
});
export type Organisation = z.infer<typeof organisationSchema>;

/** ส่วนราชการ: the unit a measure is assigned to and a department head belongs to. */
export const unitSchema = z.object({
  id: idSchema,
  name: nameSchema,
  /** Other spellings seen in documents (สำนักปลัด, สำนักปลัดฯ) that mean this unit. */
  aliases: z._default(z.array(z.string()), []),
});
export type Unit = z.infer<typeof unitSchema>;
