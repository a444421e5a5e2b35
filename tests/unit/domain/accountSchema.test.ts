import { accountChangesSchema, actorOfAccount, newAccountSchema, signInSchema } from '../../../src/domain/schemas/account';

const account = { username: 'Somchai.K', name: 'สมชาย ใจดี', role: 'department-head', unitId: 'unit-finance', password: 'ยาวพอแล้วนะ' };

describe('accounts on a shared server', () => {
  it('keeps a username in lower case, and refuses Thai letters or spaces in it with a Thai message', () => {
    expect(newAccountSchema.parse(account).username).toBe('somchai.k');
    const bad = newAccountSchema.safeParse({ ...account, username: 'สมชาย ใจดี' });
    expect(bad.success).toBe(false);
    expect(bad.error?.issues[0]?.message).toBe('ชื่อผู้ใช้ใช้ได้เฉพาะ a–z 0–9 จุด ขีด และขีดล่าง ยาว 3–64 ตัว');
  });

  it('asks a department head for a unit, and the other roles for none', () => {
    expect(newAccountSchema.safeParse({ ...account, unitId: null }).error?.issues[0]).toMatchObject({
      path: ['unitId'],
      message: 'หัวหน้าส่วนราชการต้องระบุส่วนราชการ บทบาทอื่นต้องไม่ระบุ',
    });
    expect(newAccountSchema.safeParse({ ...account, role: 'executive' }).success).toBe(false);
    expect(newAccountSchema.safeParse({ ...account, role: 'executive', unitId: null }).success).toBe(true);
  });

  it('takes changes without a role as they are, and a change of role with its unit', () => {
    expect(accountChangesSchema.safeParse({ disabled: true }).success).toBe(true);
    expect(accountChangesSchema.safeParse({ role: 'department-head' }).success).toBe(false);
    expect(accountChangesSchema.safeParse({ role: 'department-head', unitId: 'unit-palad' }).success).toBe(true);
  });

  it('needs a name and a password to sign in', () => {
    expect(signInSchema.safeParse({ username: 'planner', password: '' }).error?.issues[0]?.message).toBe('ต้องระบุรหัสผ่าน');
    expect(signInSchema.parse({ username: ' Planner ', password: 'x' }).username).toBe('planner');
  });

  it('acts as the account’s name, role and unit', () => {
    expect(actorOfAccount({ name: 'สมชาย', role: 'department-head', unitId: 'unit-finance' })).toEqual({ name: 'สมชาย', role: 'department-head', unitId: 'unit-finance' });
  });
});
