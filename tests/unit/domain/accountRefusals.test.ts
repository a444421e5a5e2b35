import { ACCOUNT_FAULT_TH, accountFault } from '../../../src/domain/accountRefusals';

describe('accountFault', () => {
  it.each([
    ['username', 'username-taken', { username: 'somchai' }, 'มีบัญชีชื่อผู้ใช้ "somchai" อยู่แล้ว'],
    ['unitId', 'unknown-unit', { unitId: 'unit-x' }, 'ไม่รู้จักส่วนราชการรหัส "unit-x"'],
    ['currentPassword', 'current-password-wrong', undefined, 'รหัสผ่านปัจจุบันไม่ถูกต้อง'],
  ] as const)('sends %s as %s with its values and the Thai filled in', (path, code, values, message) => {
    const fault = accountFault(path, code, values);
    expect(fault).toEqual({ path, code, message, ...(values ? { values } : {}) });
  });

  it('leaves a placeholder it has no value for as it is, rather than write "undefined"', () => {
    expect(accountFault('name', 'name-taken').message).toContain('"{name}"');
  });

  it('has Thai for every code, each with only the placeholders its values give', () => {
    expect(Object.keys(ACCOUNT_FAULT_TH).sort()).toEqual(['current-password-missing', 'current-password-wrong', 'name-taken', 'unknown-unit', 'username-taken']);
    expect(ACCOUNT_FAULT_TH['name-taken'].match(/\{\w+\}/g)).toEqual(['{name}']);
  });
});
