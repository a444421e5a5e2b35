import * as z from 'zod/mini';
import { idSchema, requiredText, TEXT_MAX } from './common';

export const roleSchema = z.enum(['planning-officer', 'department-head', 'executive'], {
  error: 'บทบาทต้องเป็น เจ้าหน้าที่วิเคราะห์นโยบายและแผน หัวหน้าส่วนราชการ หรือผู้บริหาร',
});
export type Role = z.infer<typeof roleSchema>;
export const ROLES = roleSchema.options;

/**
 * Who is using the app. Not authentication: browser storage has one person at one machine, and
 * the mocked API trusts what it is told. It is what the store and the API enforce rules with.
 */
export const actorSchema = z
  .object({
    name: requiredText('ชื่อผู้ใช้', TEXT_MAX.name),
    role: roleSchema,
    /** The unit a department head belongs to; the other roles act for the whole agency. */
    unitId: z.nullable(idSchema),
  }).check(z.refine((a) => a.role !== 'department-head' || a.unitId !== null, {
    error: 'หัวหน้าส่วนราชการต้องระบุส่วนราชการที่สังกัด',
    path: ['unitId'],
    params: { code: 'head-needs-unit' },
  }));
export type Actor = z.infer<typeof actorSchema>;

/** The first person to open the app sets it up, so the first run acts as the planning officer. */
export const DEFAULT_ACTOR: Actor = { name: 'เจ้าหน้าที่วิเคราะห์นโยบายและแผน', role: 'planning-officer', unitId: null };
