import * as z from 'zod/mini';
import { PASSWORD_MAX_LENGTH } from '../passwordRule';
import { accountSchema, usernameSchema } from './account';

/** Wrong setup codes before the code is void until the server starts again (and prints a new one). */
export const SETUP_CODE_TRIES = 10;

/** GET /api/v1/setup: whether the server still waits for its first account, and nothing else. */
export const setupStateSchema = z.object({ firstAccount: z.boolean() });
export type SetupState = z.infer<typeof setupStateSchema>;

/**
 * POST /api/v1/setup/first-account: the one-time code from the server's log and the first
 * planning officer's account. The server checks it with this schema, then the password rule.
 */
export const firstAccountSchema = z.object({
  setupCode: z.string({ error: 'ต้องระบุรหัสตั้งค่า' }).check(
    z.trim(),
    z.minLength(1, { error: 'ต้องระบุรหัสตั้งค่าจากบันทึกการทำงานของเซิร์ฟเวอร์' }),
    z.maxLength(40, { error: 'รหัสตั้งค่ายาวเกินไป (รหัสมี 12 หลัก เช่น 1234-5678-9012)' }),
  ),
  username: usernameSchema,
  name: accountSchema.shape.name,
  password: z.string({ error: 'ต้องระบุรหัสผ่าน' }).check(z.maxLength(PASSWORD_MAX_LENGTH, { error: `รหัสผ่านยาวเกิน ${PASSWORD_MAX_LENGTH} ตัวอักษร` })),
});
export type FirstAccount = z.infer<typeof firstAccountSchema>;
