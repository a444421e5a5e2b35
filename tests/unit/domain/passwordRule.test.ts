import { PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH, passwordProblem } from '../../../src/domain/passwordRule';

describe('the password rule', () => {
  it('asks for at least ten characters, counted as typed, Thai included', () => {
    expect(PASSWORD_MIN_LENGTH).toBe(10);
    expect(passwordProblem('123456789')).toBe('รหัสผ่านต้องยาวอย่างน้อย 10 ตัวอักษร');
    expect(passwordProblem('1234567890')).toBeNull();
    expect(passwordProblem('รหัสผ่านภาษาไทย')).toBeNull();
    expect(passwordProblem('')).toBe('รหัสผ่านต้องยาวอย่างน้อย 10 ตัวอักษร');
  });

  it('refuses more than two hundred characters', () => {
    expect(passwordProblem('x'.repeat(PASSWORD_MAX_LENGTH))).toBeNull();
    expect(passwordProblem('x'.repeat(PASSWORD_MAX_LENGTH + 1))).toBe('รหัสผ่านยาวเกิน 200 ตัวอักษร');
  });
});
