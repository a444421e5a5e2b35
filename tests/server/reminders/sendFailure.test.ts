import { detailOf, sendFailureThai, type SendFailure } from '../../../server/reminders/sendFailure';

describe('a failed send in Thai', () => {
  it.each<[SendFailure['code'], SendFailure['values'], RegExp]>([
    ['not-configured', { channel: 'email', detail: 'no host' }, /^ยังตั้งค่าการส่งทางอีเมลไม่ครบ \(no host\)$/],
    ['not-configured', { channel: 'line' }, /^ยังตั้งค่าการส่งทางLINEไม่ครบ$/],
    ['secret-unreadable', { channel: 'line' }, /ITA_SECRET_KEY ถูกเปลี่ยน/],
    ['line-unauthorized', { status: 401 }, /\(401\).*LINE Developers/],
    ['line-refused', { status: 400, detail: 'invalid to' }, /^LINE ไม่รับข้อความ \(400\).*\(invalid to\)$/],
    ['line-refused', {}, /^LINE ไม่รับข้อความ \(\)/],
    ['rate-limited', { channel: 'line', status: 429 }, /^LINEขอให้ส่งช้าลง/],
    ['server-error', { channel: 'email', status: 503 }, /^เซิร์ฟเวอร์ของอีเมลขัดข้อง 503/],
    ['network', { channel: 'line', detail: 'ECONNREFUSED' }, /^ติดต่อLINEไม่ได้.*\(ECONNREFUSED\)$/],
    ['smtp-auth', { status: 535 }, /SMTP 535/],
    ['smtp-tls', { detail: 'self-signed certificate' }, /^เชื่อมต่อเซิร์ฟเวอร์อีเมลแบบเข้ารหัสไม่สำเร็จ.*\(self-signed certificate\)$/],
    ['smtp-refused', { status: 550 }, /ไม่รับข้อความ 550/],
    ['smtp-unavailable', {}, /^ติดต่อเซิร์ฟเวอร์อีเมลไม่ได้/],
    ['interrupted', { channel: 'email' }, /^การส่งทางอีเมลถูกตัดกลางคัน.*จึงไม่ส่งซ้ำ/],
  ])('%s %j', (code, values, words) => {
    expect(sendFailureThai({ code, values })).toMatch(words);
  });

  it('keeps what the other side said to one short line', () => {
    expect(detailOf('  535 5.7.8\r\n  Authentication   failed ')).toBe('535 5.7.8 Authentication failed');
    expect(detailOf('')).toBeUndefined();
    expect(detailOf(null)).toBeUndefined();
    expect(detailOf('x'.repeat(400))).toHaveLength(300);
  });
});
