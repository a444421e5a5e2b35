import { problemWordsUnder } from '../../ui/passwordProblemWords';
import { defineMessages } from '../../i18n/featureMessages';

/** The header's own-password dialog, loaded with it, and the accounts screen's own-password fields. */
const th = {
  'ownPassword.heading': 'เปลี่ยนรหัสผ่านของฉัน',
  'ownPassword.intro': 'กรอกรหัสผ่านปัจจุบันเพื่อยืนยันว่าเป็นคุณ เมื่อเปลี่ยนแล้ว อุปกรณ์อื่นที่ลงชื่อเข้าใช้บัญชีนี้จะถูกออกจากระบบ ส่วนเครื่องนี้ใช้งานต่อได้',
  'ownPassword.current': 'รหัสผ่านปัจจุบัน',
  'ownPassword.new': 'รหัสผ่านใหม่',
  'ownPassword.confirm': 'ยืนยันรหัสผ่านใหม่',
  'ownPassword.hint': 'อย่างน้อย {min} ตัวอักษร ต้องไม่ใช่ตัวเลขเรียงกัน เบอร์โทรศัพท์ วันเกิด หรือชื่อของคุณ และไม่ใช่รหัสผ่านที่คนใช้กันมาก',
  'ownPassword.mismatch': 'รหัสผ่านใหม่ทั้งสองช่องไม่ตรงกัน',
  'ownPassword.submit': 'เปลี่ยนรหัสผ่าน',
  'ownPassword.done': 'เปลี่ยนรหัสผ่านแล้ว อุปกรณ์อื่นที่ลงชื่อเข้าใช้บัญชีนี้ถูกออกจากระบบแล้ว',
  'ownPassword.close': 'ปิด',
  'ownPassword.fixFields': 'กรุณาแก้ไขตามข้อความใต้ช่องที่กรอก',
  ...problemWordsUnder('ownPassword.problem.', 'th'),
};

const en: Record<keyof typeof th, string> = {
  'ownPassword.heading': 'Change my password',
  'ownPassword.intro': 'Enter your current password to show it is you. Once changed, every other device signed in to this account is signed out; this one stays signed in.',
  'ownPassword.current': 'Current password',
  'ownPassword.new': 'New password',
  'ownPassword.confirm': 'New password again',
  'ownPassword.hint': 'At least {min, plural, one {# character} other {# characters}}; not digits in a row, a phone number, a birth date or your name, and not a commonly used password.',
  'ownPassword.mismatch': 'The two new passwords are not the same.',
  'ownPassword.submit': 'Change the password',
  'ownPassword.done': 'Your password has been changed. Other devices signed in to this account have been signed out.',
  'ownPassword.close': 'Close',
  'ownPassword.fixFields': 'Correct the fields as the messages under them say.',
  ...problemWordsUnder('ownPassword.problem.', 'en'),
};

export const ownPasswordMessages = defineMessages(th, en);
export type OwnPasswordKey = keyof typeof th;
