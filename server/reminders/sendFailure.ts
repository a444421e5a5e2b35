/**
 * Why a message did not go, as a code with values (the screen words it in its language) and one
 * Thai sentence for the sends log and the API's `message`. `retry` says whether trying again
 * can help: a wrong token or a refused address will not mend itself.
 */
export type SendFailureCode =
  | 'not-configured'
  | 'secret-unreadable'
  | 'line-unauthorized'
  | 'line-refused'
  | 'rate-limited'
  | 'server-error'
  | 'network'
  | 'smtp-auth'
  | 'smtp-tls'
  | 'smtp-refused'
  | 'smtp-unavailable'
  | 'interrupted';

export interface SendFailure {
  code: SendFailureCode;
  /** `status`: the HTTP or SMTP status; `detail`: what the other side said, as it said it (English). */
  values: { status?: number; detail?: string; channel?: 'line' | 'email' };
  retry: boolean;
  /** Wait asked for by the other side (Retry-After), in ms. */
  retryAfterMs?: number;
}

export type SendOutcome = { ok: true } | { ok: false; failure: SendFailure };

const said = (detail?: string) => (detail ? ` (${detail})` : '');

/** The one Thai wording of a failure: the log keeps it, and the Settings screen falls back on it. */
export function sendFailureThai({ code, values }: Pick<SendFailure, 'code' | 'values'>): string {
  const status = values.status === undefined ? '' : ` ${values.status}`;
  const channel = values.channel === 'email' ? 'อีเมล' : 'LINE';
  switch (code) {
    case 'not-configured':
      return `ยังตั้งค่าการส่งทาง${channel}ไม่ครบ${said(values.detail)}`;
    case 'secret-unreadable':
      return `เปิดอ่านรหัสลับของ${channel}ที่เก็บไว้ไม่ได้ (ITA_SECRET_KEY ถูกเปลี่ยน) กรุณาบันทึกโทเค็นหรือรหัสผ่านอีกครั้ง`;
    case 'line-unauthorized':
      return `LINE ไม่ยอมรับ Channel access token (401) โทเค็นไม่ถูกต้องหรือถูกออกใหม่แล้ว กรุณาคัดลอกโทเค็นจาก LINE Developers มาบันทึกอีกครั้ง${said(values.detail)}`;
    case 'line-refused':
      return `LINE ไม่รับข้อความ (${values.status ?? ''}) ตรวจสอบรหัสผู้รับและว่าผู้รับเป็นเพื่อนหรืออยู่ในกลุ่มเดียวกับบัญชี LINE Official Account${said(values.detail)}`;
    case 'rate-limited':
      return `${channel}ขอให้ส่งช้าลงหรือโควตาข้อความหมด (429) จะลองส่งใหม่ภายหลัง${said(values.detail)}`;
    case 'server-error':
      return `เซิร์ฟเวอร์ของ${channel}ขัดข้อง${status} จะลองส่งใหม่ภายหลัง${said(values.detail)}`;
    case 'network':
      return `ติดต่อ${channel}ไม่ได้ ตรวจสอบการเชื่อมต่ออินเทอร์เน็ตของเซิร์ฟเวอร์ จะลองส่งใหม่ภายหลัง${said(values.detail)}`;
    case 'smtp-auth':
      return `เซิร์ฟเวอร์อีเมลไม่ยอมรับชื่อผู้ใช้หรือรหัสผ่าน SMTP${status} กรุณาตรวจสอบแล้วบันทึกอีกครั้ง${said(values.detail)}`;
    case 'smtp-tls':
      return `เชื่อมต่อเซิร์ฟเวอร์อีเมลแบบเข้ารหัสไม่สำเร็จ ตรวจสอบชื่อเซิร์ฟเวอร์ พอร์ต และการเข้ารหัส (TLS หรือ STARTTLS) ให้ตรงกับที่ผู้ให้บริการอีเมลกำหนด${said(values.detail)}`;
    case 'smtp-refused':
      return `เซิร์ฟเวอร์อีเมลไม่รับข้อความ${status} ตรวจสอบที่อยู่ผู้ส่งและผู้รับ${said(values.detail)}`;
    case 'smtp-unavailable':
      return `ติดต่อเซิร์ฟเวอร์อีเมลไม่ได้หรือเซิร์ฟเวอร์ขัดข้องชั่วคราว${status} จะลองส่งใหม่ภายหลัง${said(values.detail)}`;
    case 'interrupted':
      return `การส่งทาง${channel}ถูกตัดกลางคันเพราะเซิร์ฟเวอร์หยุดทำงาน ไม่ทราบว่าถึงผู้รับหรือไม่ จึงไม่ส่งซ้ำ หากจำเป็นให้ตรวจสอบกับผู้รับ`;
  }
}

/** What another side said, one line and short: it goes into a log row and a sentence. */
export const detailOf = (text: unknown): string | undefined => {
  const line = String(text ?? '').replace(/\s+/g, ' ').trim();
  return line ? line.slice(0, 300) : undefined;
};
