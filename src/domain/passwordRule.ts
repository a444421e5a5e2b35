/**
 * What a password must be, in one place: the server refuses any other, and the accounts screen
 * says so as the planning officer types, in the same words.
 */
export const PASSWORD_MIN_LENGTH = 10;
export const PASSWORD_MAX_LENGTH = 200;

/** A Thai reason the password cannot be used, or null. */
export function passwordProblem(password: string): string | null {
  if (password.length < PASSWORD_MIN_LENGTH) return `รหัสผ่านต้องยาวอย่างน้อย ${PASSWORD_MIN_LENGTH} ตัวอักษร`;
  if (password.length > PASSWORD_MAX_LENGTH) return `รหัสผ่านยาวเกิน ${PASSWORD_MAX_LENGTH} ตัวอักษร`;
  return null;
}
