import { refuseOwnLockout } from '../../../src/domain/accountRules';

it('refuses the planning officer disabling or demoting themselves, and nothing else', () => {
  expect(refuseOwnLockout({ disabled: true })).toBe('ปิดการใช้งานบัญชีของตนเองไม่ได้');
  expect(refuseOwnLockout({ role: 'executive' })).toBe('เปลี่ยนบทบาทเจ้าหน้าที่วิเคราะห์นโยบายและแผนของตนเองไม่ได้');
  expect(refuseOwnLockout({ role: 'planning-officer', disabled: false })).toBeNull();
  expect(refuseOwnLockout({})).toBeNull();
});
