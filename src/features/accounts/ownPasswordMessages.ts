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
  'ownPassword.problem.tooShort': 'รหัสผ่านต้องยาวอย่างน้อย {min} ตัวอักษร',
  'ownPassword.problem.tooLong': 'รหัสผ่านยาวเกิน {max} ตัวอักษร',
  'ownPassword.problem.repeated': 'รหัสผ่านเป็นตัวอักษรหรือกลุ่มตัวอักษรเดียวกันซ้ำ ๆ ซึ่งเดาได้ง่าย',
  'ownPassword.problem.digitRun': 'รหัสผ่านเป็นตัวเลขเรียงกัน (เช่น 1234567890) ซึ่งเดาได้ง่าย',
  'ownPassword.problem.phone': 'รหัสผ่านคล้ายหมายเลขโทรศัพท์ ซึ่งผู้อื่นรู้หรือเดาได้ง่าย',
  'ownPassword.problem.date': 'รหัสผ่านคล้ายวันเกิดหรือวันที่ (เช่น 01012530, 2530-01-01 หรือ 1 มกราคม 2530) ซึ่งเดาได้ง่าย',
  'ownPassword.problem.thaiNumberRow': 'รหัสผ่านเป็นแถวตัวเลขที่พิมพ์บนแป้นภาษาไทย (เช่น ๅ/-ภถุึคตจ) ซึ่งเดาได้ง่าย',
  'ownPassword.problem.passwordWord': 'รหัสผ่านเป็นคำว่า "password" หรือ "รหัสผ่าน" ที่เติมเพียงตัวเลขหรือสัญลักษณ์ ซึ่งเดาได้ง่าย',
  'ownPassword.problem.username': 'รหัสผ่านเป็นชื่อผู้ใช้ที่เติมเพียงตัวเลขหรือสัญลักษณ์ ซึ่งเดาได้ง่าย',
  'ownPassword.problem.name': 'รหัสผ่านเป็นชื่อหรือนามสกุลของเจ้าของบัญชีที่เติมเพียงตัวเลขหรือสัญลักษณ์ ซึ่งเดาได้ง่าย',
  'ownPassword.problem.keyboard': 'รหัสผ่านเป็นแถวตัวอักษรบนแป้นพิมพ์หรือตัวอักษรเรียงกัน (เช่น qwerty, asdf, abcd หรือ ฟหกด) ซึ่งเดาได้ง่าย',
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
  'ownPassword.problem.tooShort': 'The password must be at least {min, plural, one {# character} other {# characters}} long.',
  'ownPassword.problem.tooLong': 'The password is longer than {max, plural, one {# character} other {# characters}}.',
  'ownPassword.problem.repeated': 'The password is one character or group said again and again, which is easy to guess.',
  'ownPassword.problem.digitRun': 'The password is digits in a row (such as 1234567890), which is easy to guess.',
  'ownPassword.problem.phone': 'The password looks like a phone number, which others know or guess easily.',
  'ownPassword.problem.date': 'The password looks like a birth date or a date (such as 01012530, 2530-01-01 or 1 มกราคม 2530), which is easy to guess.',
  'ownPassword.problem.thaiNumberRow': 'The password is the number row typed with the Thai keyboard (such as ๅ/-ภถุึคตจ), which is easy to guess.',
  'ownPassword.problem.passwordWord': 'The password is the word "password" or "รหัสผ่าน" with only digits or symbols added, which is easy to guess.',
  'ownPassword.problem.username': 'The password is the username with only digits or symbols added, which is easy to guess.',
  'ownPassword.problem.name': "The password is the owner's first name or surname with only digits or symbols added, which is easy to guess.",
  'ownPassword.problem.keyboard': 'The password is a row of keys or letters in order (such as qwerty, asdf, abcd or ฟหกด), which is easy to guess.',
};

export const ownPasswordMessages = defineMessages(th, en);
export type OwnPasswordKey = keyof typeof th;
