/**
 * Why the agency's server turned someone away before they were signed in: a sign-in, or the
 * first account's setup code. The server sends the code and values beside its Thai sentence,
 * so the sign-in screen can say it in the reader's language.
 */
export type SignInRefusal =
  /** An unknown name and a wrong password read the same: which of the two it was stays untold. */
  | { code: 'signIn.wrong'; values: Record<string, never> }
  | { code: 'signIn.disabled'; values: Record<string, never> }
  /** `time` is when the lock ends, as a Bangkok clock reads it (14:35); `minutes` how long that is from now. */
  | { code: 'signIn.locked'; values: { time: string; minutes: number } }
  | { code: 'signIn.tooManyTries'; values: { minutes: number } }
  | { code: 'signIn.busy'; values: Record<string, never> }
  | { code: 'setup.accountsExist'; values: Record<string, never> }
  | { code: 'setup.noCode'; values: Record<string, never> }
  | { code: 'setup.codeVoid'; values: { tries: number } }
  | { code: 'setup.codeWrong'; values: { triesLeft: number } };

export type SignInRefusalCode = SignInRefusal['code'];

const LOG_HINT = 'docker compose logs app หรือ journalctl -u ita-dashboard';

/** Each refusal's Thai, by code: the API's message, and the Thai side of the sign-in screens' catalogs. */
export const SIGN_IN_TH: Record<SignInRefusalCode, string> = {
  'signIn.wrong': 'ชื่อผู้ใช้หรือรหัสผ่านไม่ถูกต้อง',
  'signIn.disabled': 'บัญชีนี้ถูกปิดการใช้งาน กรุณาติดต่อเจ้าหน้าที่วิเคราะห์นโยบายและแผน',
  'signIn.locked': 'ใส่รหัสผ่านผิดหลายครั้ง บัญชีนี้ถูกพักการลงชื่อเข้าใช้ถึงเวลา {time} น.',
  'signIn.tooManyTries': 'ลงชื่อเข้าใช้ไม่สำเร็จหลายครั้งเกินไปจากเครื่องนี้ กรุณารอ {minutes} นาทีแล้วลองใหม่',
  'signIn.busy': 'ระบบกำลังตรวจรหัสผ่านของผู้ลงชื่อเข้าใช้จำนวนมาก กรุณาลองใหม่ในอีกสักครู่',
  'setup.accountsExist': 'เซิร์ฟเวอร์นี้มีบัญชีผู้ใช้แล้ว กรุณาลงชื่อเข้าใช้ (บัญชีอื่นสร้างได้ที่เมนู จัดการผู้ใช้ โดยเจ้าหน้าที่วิเคราะห์นโยบายและแผน)',
  'setup.noCode': 'เซิร์ฟเวอร์นี้ไม่ได้สร้างรหัสตั้งค่า กรุณาสร้างบัญชีแรกที่เครื่องเซิร์ฟเวอร์ด้วย npm run server:account',
  'setup.codeVoid': `ใส่รหัสตั้งค่าผิดครบ {tries} ครั้งแล้ว รหัสนี้ใช้ไม่ได้อีก กรุณาเริ่มเซิร์ฟเวอร์ใหม่ (docker compose restart app หรือ sudo systemctl restart ita-dashboard) แล้วอ่านรหัสใหม่จากบันทึกการทำงาน (${LOG_HINT})`,
  'setup.codeWrong': `รหัสตั้งค่าไม่ถูกต้อง ดูรหัสในบันทึกการทำงานของเซิร์ฟเวอร์ (${LOG_HINT}) ใส่ได้อีก {triesLeft} ครั้ง`,
};

/** The refusal in Thai, as the API sends it. */
export function signInRefusalInThai(refusal: SignInRefusal): string {
  const values: Record<string, string | number> = refusal.values;
  return SIGN_IN_TH[refusal.code].replace(/\{(\w+)\}/g, (whole, name: string) => (name in values ? String(values[name]) : whole));
}

const isCode = (code: string): code is SignInRefusalCode => Object.hasOwn(SIGN_IN_TH, code);

/** A refusal as the browser received it (code and values from the API), when its code is one of these. */
export function signInRefusalOf(code: string | undefined, values: Record<string, unknown> = {}): SignInRefusal | null {
  if (code === undefined || !isCode(code)) return null;
  const plain = Object.fromEntries(Object.entries(values).filter((e): e is [string, string | number] => typeof e[1] === 'string' || typeof e[1] === 'number'));
  return { code, values: plain } as SignInRefusal;
}
