import * as z from 'zod/mini';
import { roleSchema } from './actor';
import { cappedText, idSchema, TEXT_MAX } from './common';

export const auditActionSchema = z.enum(['created', 'edited', 'archived', 'restored', 'progress-added', 'progress-withdrawn']);
export type AuditAction = z.infer<typeof auditActionSchema>;

/** One field as it was and as it became, both as text a person can read. */
export const fieldChangeSchema = z.object({
  field: cappedText('ช่องที่แก้ไข', TEXT_MAX.name),
  from: cappedText('ค่าเดิม', TEXT_MAX.auditText),
  to: cappedText('ค่าใหม่', TEXT_MAX.auditText),
});
export type FieldChange = z.infer<typeof fieldChangeSchema>;

/** Who changed a measure, when, and what: kept by the store with the write, never by a screen. */
export const auditEntrySchema = z.object({
  id: idSchema,
  measureId: idSchema,
  at: z.iso.datetime(),
  actorName: cappedText('ชื่อผู้แก้ไข', TEXT_MAX.name),
  actorRole: roleSchema,
  actorUnitId: z.nullable(idSchema),
  action: auditActionSchema,
  changes: z.array(fieldChangeSchema),
});
export type AuditEntry = z.infer<typeof auditEntrySchema>;
