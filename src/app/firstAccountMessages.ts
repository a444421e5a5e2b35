import { problemWordsUnder } from '../ui/passwordProblemWords';
import { SIGN_IN_TH } from '../domain/signInRefusals';
import { defineMessages } from '../i18n/featureMessages';

/** The sign-in screen of a server with no account yet: the first planning officer's form. */
const th = {
  'firstAccount.heading': 'สร้างบัญชีเจ้าหน้าที่วิเคราะห์นโยบายและแผนคนแรก',
  'firstAccount.intro': 'เซิร์ฟเวอร์นี้ยังไม่มีบัญชีผู้ใช้ บัญชีแรกเป็นของเจ้าหน้าที่วิเคราะห์นโยบายและแผน ผู้สร้างบัญชีของคนอื่นต่อในเมนู จัดการผู้ใช้ ที่ส่วนหัว',
  'firstAccount.codeWhere': 'รหัสตั้งค่าพิมพ์อยู่ในบันทึกการทำงานของเซิร์ฟเวอร์ ผู้ดูแลเครื่องเปิดดูได้ด้วยคำสั่ง:',
  'firstAccount.withDocker': '(ติดตั้งด้วย Docker)',
  'firstAccount.withSystemd': '(ติดตั้งด้วย systemd)',
  'firstAccount.setupCode': 'รหัสตั้งค่า',
  'firstAccount.setupCodeHint': '12 หลัก เช่น 1234-5678-9012 ใช้ได้ครั้งเดียว ใส่ผิดได้ไม่เกิน {tries} ครั้ง เริ่มเซิร์ฟเวอร์ใหม่แล้วจะได้รหัสใหม่',
  'firstAccount.username': 'ชื่อผู้ใช้',
  'firstAccount.usernameHint': 'a–z 0–9 จุด ขีด หรือขีดล่าง 3–64 ตัว เช่น somchai',
  'firstAccount.name': 'ชื่อ-นามสกุล',
  'firstAccount.password': 'รหัสผ่าน',
  'firstAccount.passwordHint': 'อย่างน้อย {min} ตัวอักษร ต้องไม่ใช่ตัวเลขเรียงกัน เบอร์โทรศัพท์ วันเกิด หรือชื่อของคุณ และไม่ใช่รหัสผ่านที่คนใช้กันมาก',
  'firstAccount.confirm': 'ยืนยันรหัสผ่าน',
  'firstAccount.mismatch': 'รหัสผ่านทั้งสองช่องไม่ตรงกัน',
  'firstAccount.submit': 'สร้างบัญชีและเข้าสู่ระบบ',
  'firstAccount.working': 'กำลังสร้างบัญชี…',
  'firstAccount.fixFields': 'กรุณาแก้ไขตามข้อความใต้ช่องที่กรอก',
  'firstAccount.made': 'สร้างบัญชีแล้ว แต่ยังเข้าสู่ระบบให้ไม่ได้ กรุณาลงชื่อเข้าใช้ด้วยชื่อผู้ใช้และรหัสผ่านที่เพิ่งตั้ง',
  ...problemWordsUnder('firstAccount.problem.', 'th'),
  // The server's refusals of a setup, in the Thai it sends them with.
  'firstAccount.refusal.accountsExist': SIGN_IN_TH['setup.accountsExist'],
  'firstAccount.refusal.noCode': SIGN_IN_TH['setup.noCode'],
  'firstAccount.refusal.codeVoid': SIGN_IN_TH['setup.codeVoid'],
  'firstAccount.refusal.codeWrong': SIGN_IN_TH['setup.codeWrong'],
};

const en: Record<keyof typeof th, string> = {
  'firstAccount.heading': 'Create the first planning officer',
  'firstAccount.intro': 'This server has no accounts yet. The first one is the planning officer’s, who then makes everyone else’s under Users in the header.',
  'firstAccount.codeWhere': 'The setup code is printed in the server’s log; whoever looks after the machine reads it with:',
  'firstAccount.withDocker': '(installed with Docker)',
  'firstAccount.withSystemd': '(installed with systemd)',
  'firstAccount.setupCode': 'Setup code',
  'firstAccount.setupCodeHint': '12 digits, such as 1234-5678-9012. One use only; at most {tries, plural, one {# wrong try} other {# wrong tries}}. Restarting the server makes a new one.',
  'firstAccount.username': 'Username',
  'firstAccount.usernameHint': 'a–z, 0–9, dot, dash or underscore, 3–64 characters, such as somchai',
  'firstAccount.name': 'Full name',
  'firstAccount.password': 'Password',
  'firstAccount.passwordHint': 'At least {min, plural, one {# character} other {# characters}}; not digits in a row, a phone number, a birth date or your name, and not a commonly used password.',
  'firstAccount.confirm': 'Password again',
  'firstAccount.mismatch': 'The two passwords are not the same.',
  'firstAccount.submit': 'Create the account and sign in',
  'firstAccount.working': 'Creating the account…',
  'firstAccount.fixFields': 'Correct the fields as the messages under them say.',
  'firstAccount.made': 'The account was created, but signing in failed. Sign in with the username and password you just set.',
  ...problemWordsUnder('firstAccount.problem.', 'en'),
  'firstAccount.refusal.accountsExist': 'This server has accounts already: sign in. (The planning officer makes other accounts under Users in the header.)',
  'firstAccount.refusal.noCode': 'This server made no setup code: create the first account on the server itself with npm run server:account.',
  'firstAccount.refusal.codeVoid':
    'The setup code was entered wrongly {tries, plural, one {# time} other {# times}} and no longer works: restart the server (docker compose restart app or sudo systemctl restart ita-dashboard) and read the new code in its log (docker compose logs app or journalctl -u ita-dashboard).',
  'firstAccount.refusal.codeWrong':
    'The setup code is wrong: read it in the server’s log (docker compose logs app or journalctl -u ita-dashboard). {triesLeft, plural, one {# try} other {# tries}} left.',
};

export const firstAccountMessages = defineMessages(th, en);
export type FirstAccountKey = keyof typeof th;
