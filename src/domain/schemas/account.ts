import * as z from 'zod/mini';
import { roleSchema, type Actor } from './actor';
import { idSchema } from './common';
import { PASSWORD_MAX_LENGTH } from '../passwordRule';

/**
 * A person's account on a shared server (browser storage has none). What the server says about
 * it; the password never leaves the server, not even hashed.
 */
export const usernameSchema = z.string({ error: 'ต้องระบุชื่อผู้ใช้' }).check(
  z.trim(),
  z.toLowerCase(),
  z.regex(/^[a-z0-9._-]{3,64}$/, { error: 'ชื่อผู้ใช้ใช้ได้เฉพาะ a–z 0–9 จุด ขีด และขีดล่าง ยาว 3–64 ตัว' }),
);

const nameSchema = z.string({ error: 'ต้องระบุชื่อ' }).check(
  z.trim(),
  z.minLength(1, { error: 'ต้องระบุชื่อ' }),
  z.maxLength(200, { error: 'ชื่อยาวเกิน 200 ตัวอักษร' }),
);

const unitRule = <T extends { role?: string; unitId?: string | null }>(a: T) => a.role === undefined || (a.role === 'department-head') === (a.unitId !== null && a.unitId !== undefined);
const unitError = { error: 'หัวหน้าส่วนราชการต้องระบุส่วนราชการ บทบาทอื่นต้องไม่ระบุ', path: ['unitId'], params: { code: 'unit-matches-role' } };

export const accountSchema = z.object({
  id: idSchema,
  username: usernameSchema,
  name: nameSchema,
  role: roleSchema,
  unitId: z.nullable(idSchema),
  disabled: z.boolean(),
  /** Until when sign-in is refused after repeated wrong passwords; null when it is not. */
  lockedUntil: z.nullable(z.iso.datetime({ offset: true })),
  createdAt: z.iso.datetime({ offset: true }),
});
export type Account = z.infer<typeof accountSchema>;

/** Who an account acts as: what the store's rules and the audit trail read. */
export const actorOfAccount = (account: Pick<Account, 'name' | 'role' | 'unitId'>): Actor => ({ name: account.name, role: account.role, unitId: account.unitId });

export const newAccountSchema = z
  .object({
    username: usernameSchema,
    name: nameSchema,
    role: roleSchema,
    unitId: z.nullable(idSchema),
    password: z.string({ error: 'ต้องระบุรหัสผ่าน' }),
  })
  .check(z.refine(unitRule, unitError));
export type NewAccount = z.infer<typeof newAccountSchema>;

/** What the planning officer may change of an account; a changed role comes with its unit. */
export const accountChangesSchema = z
  .object({
    name: z.optional(nameSchema),
    role: z.optional(roleSchema),
    unitId: z.optional(z.nullable(idSchema)),
    disabled: z.optional(z.boolean()),
    password: z.optional(z.string()),
    /** Required when the planning officer sets their own password, as anyone changing their own must give it. */
    currentPassword: z.optional(z.string().check(z.maxLength(PASSWORD_MAX_LENGTH, { error: 'รหัสผ่านปัจจุบันไม่ถูกต้อง' }))),
  })
  .check(z.refine(unitRule, unitError));
export type AccountChanges = z.infer<typeof accountChangesSchema>;

export const signInSchema = z.object({
  username: usernameSchema,
  // No password is longer than the rule allows: a longer one is refused before any (slow) check.
  password: z.string({ error: 'ต้องระบุรหัสผ่าน' }).check(
    z.minLength(1, { error: 'ต้องระบุรหัสผ่าน' }),
    z.maxLength(PASSWORD_MAX_LENGTH, { error: `รหัสผ่านยาวเกิน ${PASSWORD_MAX_LENGTH} ตัวอักษร` }),
  ),
});

/** Anyone changing their own password gives the current one first (PUT /session/password). */
export const passwordChangeSchema = z.object({
  currentPassword: z.string({ error: 'ต้องระบุรหัสผ่านปัจจุบัน' }).check(
    z.minLength(1, { error: 'ต้องระบุรหัสผ่านปัจจุบัน' }),
    z.maxLength(PASSWORD_MAX_LENGTH, { error: 'รหัสผ่านปัจจุบันไม่ถูกต้อง' }),
  ),
  newPassword: z.string({ error: 'ต้องระบุรหัสผ่านใหม่' }),
});
export type PasswordChange = z.infer<typeof passwordChangeSchema>;
