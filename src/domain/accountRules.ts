import type { AccountChanges } from './schemas/account';

/**
 * The planning officer cannot lock themselves out: disabling their own account or giving up
 * their own role could leave the agency with nobody who manages accounts. The screen checks it
 * before sending, and the server again.
 */
export function refuseOwnLockout(changes: Pick<AccountChanges, 'disabled' | 'role'>): string | null {
  if (changes.disabled === true) return 'ปิดการใช้งานบัญชีของตนเองไม่ได้';
  if (changes.role !== undefined && changes.role !== 'planning-officer') return 'เปลี่ยนบทบาทเจ้าหน้าที่วิเคราะห์นโยบายและแผนของตนเองไม่ได้';
  return null;
}

export const LAST_PLANNER = 'ต้องมีเจ้าหน้าที่วิเคราะห์นโยบายและแผนที่ใช้งานได้อย่างน้อยหนึ่งบัญชี จึงปิดการใช้งานหรือเปลี่ยนบทบาทบัญชีนี้ไม่ได้';
