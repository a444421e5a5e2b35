import type { FieldError } from '../../../src/data/storeError';
import { ownPasswordResolver } from '../../../src/features/accounts/ownPasswordForm';

// The schema's faults reach the form by their codes, worded by the screen: never the schema's Thai.
const field = (f: FieldError) => `${f.path}:${f.code ?? 'none'}:${String(f.values?.minimum ?? '')}`;
const word = () => 'weak';
const resolve = (values: { currentPassword: string; newPassword: string; confirmPassword: string }) =>
  ownPasswordResolver({ username: 'finance', name: 'ผู้อำนวยการกองคลัง' }, 'mismatch', word, field)(values, undefined, { fields: {}, shouldUseNativeValidation: false });

describe('the own-password form’s faults', () => {
  it.each([
    ['no current password', { currentPassword: '', newPassword: 'ลืมรหัสผ่านเดิม-2569', confirmPassword: 'ลืมรหัสผ่านเดิม-2569' }, { currentPassword: 'currentPassword:too_small:1' }],
    ['a weak new one', { currentPassword: 'old', newPassword: 'short', confirmPassword: 'short' }, { newPassword: 'weak' }],
    ['two that differ', { currentPassword: 'old', newPassword: 'ลืมรหัสผ่านเดิม-2569', confirmPassword: 'อื่น' }, { confirmPassword: 'mismatch' }],
    ['nothing wrong', { currentPassword: 'old', newPassword: 'ลืมรหัสผ่านเดิม-2569', confirmPassword: 'ลืมรหัสผ่านเดิม-2569' }, {}],
  ])('%s', async (_, values, expected) => {
    const { errors } = await resolve(values);
    expect(Object.fromEntries(Object.entries(errors).map(([k, v]) => [k, (v as { message: string }).message]))).toEqual(expected);
  });
});
