/** The codes the server refuses an account's field with, beside the zod checks' own. */
export type AccountFaultCode = 'username-taken' | 'name-taken' | 'unknown-unit' | 'current-password-wrong' | 'current-password-missing';

/**
 * Each fault's Thai, `{name}` for its values: the server's message and the accounts screen's
 * Thai both take it from here.
 */
export const ACCOUNT_FAULT_TH: Readonly<Record<AccountFaultCode, string>> = {
  'username-taken': 'มีบัญชีชื่อผู้ใช้ "{username}" อยู่แล้ว',
  'name-taken': 'มีบัญชีที่ใช้ชื่อ "{name}" อยู่แล้ว ชื่อบัญชีคือชื่อผู้บันทึกรายงานความคืบหน้า จึงต้องไม่ซ้ำกัน (เติมตำแหน่งหรือส่วนราชการเพื่อแยก)',
  'unknown-unit': 'ไม่รู้จักส่วนราชการรหัส "{unitId}"',
  'current-password-wrong': 'รหัสผ่านปัจจุบันไม่ถูกต้อง',
  'current-password-missing': 'ต้องระบุรหัสผ่านปัจจุบันเพื่อตั้งรหัสผ่านใหม่ของตนเอง',
};

/** A fault as the server sends it: the Thai sentence with the code and values a screen words. */
export function accountFault(path: string, code: AccountFaultCode, values: Record<string, string> = {}) {
  const message = ACCOUNT_FAULT_TH[code].replace(/\{(\w+)\}/g, (whole, name: string) => values[name] ?? whole);
  return { path, message, code, ...(Object.keys(values).length ? { values } : {}) };
}
