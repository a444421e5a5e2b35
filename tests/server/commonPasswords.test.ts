import { COMMON_PASSWORD, isCommonPassword, serverPasswordProblem } from '../../server/auth/commonPasswords';

// The list holds few passwords of ten characters or more; people make theirs from its words.
describe('the common passwords', () => {
  it('are refused with the domain’s Thai for the code', () => {
    expect(COMMON_PASSWORD).toMatch(/^รหัสผ่านนี้อยู่ในรายการรหัสผ่านที่ใช้กันมากที่สุด 10,000 รายการ/);
  });

  it.each(['iloveyou123', 'welcome123', 'admin@1234', 'Admin12345!', 'W3lc0me!2567', 'monkey2567!', 'sunshine-2567', 'football2567'])('refuses %s', (password) => {
    expect(serverPasswordProblem(password)).toEqual({ code: 'password.common', values: {} });
  });

  it.each(['รหัสผ่านทดสอบ-2565', 'เทศบาลพอกน้อย2567', 'correct horse battery', 'ตะวันลับฟ้า-ที่โพธิ์น้อย', 'nokia3310abc', 'welcome to phok noi'])(
    'lets %s through',
    (password) => {
      expect(serverPasswordProblem(password)).toBeNull();
    },
  );

  it('never takes a word of fewer than four letters for a common one', () => {
    expect(isCommonPassword('abc-123456', new Set(['abc']))).toBe(false);
    expect(isCommonPassword('abcd-123456', new Set(['abcd']))).toBe(true);
  });
});
