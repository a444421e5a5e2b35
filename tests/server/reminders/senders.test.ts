import { createServer } from 'node:net';
import type { AddressInfo } from 'node:net';
import { createLineSender, retryAfterMs } from '../../../server/reminders/lineSender';
import { createMailSender } from '../../../server/reminders/mailSender';
import { withRetries } from '../../../server/reminders/retry';
import { sendFailureThai, type SendOutcome } from '../../../server/reminders/sendFailure';
import { DEFAULT_REMINDER_SETTINGS, type SmtpSettings } from '../../../src/domain/reminders/settings';
import { startFakeLine, type FakeLine } from './fakeLine';
import { bodyOf, headerOf, startSmtpSink, type SmtpSink } from './smtpSink';

// The senders against a fake LINE API and an SMTP sink on loopback, one of each for the file.
const GROUP = `C${'0123456789abcdef'.repeat(2)}`;
const TEXT = 'เรียน กองคลัง\nมาตรการ ITA ที่ยังไม่ได้บันทึกความคืบหน้า 1 มาตรการ ✓';
let line: FakeLine;
let sink: SmtpSink;
beforeAll(async () => {
  [line, sink] = await Promise.all([startFakeLine(), startSmtpSink()]);
});
afterAll(async () => {
  await Promise.all([line.close(), sink.close()]);
});
beforeEach(() => {
  line.requests.length = 0;
  line.delivered.length = 0;
  sink.received.length = 0;
});
const waits: number[] = [];
const sleep = async (ms: number) => {
  waits.push(ms);
};
/** A loopback port nothing listens on (any more). */
async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise((resolve) => server.close(resolve));
  return port;
}
const failureOf = (outcome: SendOutcome) => (outcome.ok ? null : outcome.failure);

describe('LINE push', () => {
  const push = () => createLineSender({ baseUrl: line.baseUrl });

  it('sends the Thai text once, as LINE expects it', async () => {
    expect(await push()({ token: line.token, to: GROUP, text: TEXT })).toEqual({ ok: true });
    expect(line.delivered).toEqual([{ to: GROUP, text: TEXT }]);
    expect(line.requests[0]).toMatchObject({ authorization: `Bearer ${line.token}`, body: { to: GROUP, messages: [{ type: 'text', text: TEXT }] } });
    expect(line.requests[0]?.retryKey).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('says a wrong token clearly, and does not try again', async () => {
    waits.length = 0;
    const { outcome, tries } = await withRetries(() => push()({ token: 'wrong', to: GROUP, text: TEXT }), { sleep });
    expect(tries).toBe(1);
    const failure = failureOf(outcome);
    expect(failure).toMatchObject({ code: 'line-unauthorized', retry: false, values: { status: 401 } });
    expect(sendFailureThai(failure ?? { code: 'network', values: {} })).toMatch(/^LINE ไม่ยอมรับ Channel access token \(401\).*Authentication failed/);
    expect(line.delivered).toEqual([]);
  });

  it('does not try again what LINE refuses (400), and says what LINE said', async () => {
    const { outcome, tries } = await withRetries(() => push()({ token: line.token, to: 'Uwrong', text: TEXT }), { sleep });
    expect(tries).toBe(1);
    expect(failureOf(outcome)).toMatchObject({ code: 'line-refused', values: { status: 400, detail: "The property, 'to', in the request body is invalid" } });
  });

  it('tries again on 429 after the wait asked, and on 5xx with growing waits; the message arrives once', async () => {
    waits.length = 0;
    line.answer({ status: 429, headers: { 'Retry-After': '7' }, body: { message: 'Too many requests' } }, { status: 500 }, { status: 503 });
    const retryKey = crypto.randomUUID();
    const { outcome, tries } = await withRetries(() => push()({ token: line.token, to: GROUP, text: TEXT, retryKey }), { tries: 4, baseMs: 1000, sleep });
    expect(outcome).toEqual({ ok: true });
    expect([tries, waits]).toEqual([4, [7000, 2000, 4000]]);
    expect(line.delivered).toHaveLength(1);
    expect(new Set(line.requests.map((r) => r.retryKey))).toEqual(new Set([retryKey]));
  });

  it('takes a 409 for the retry key as already sent, so a lost answer makes no second message', async () => {
    const send = push();
    const retryKey = crypto.randomUUID();
    expect(await send({ token: line.token, to: GROUP, text: TEXT, retryKey })).toEqual({ ok: true });
    expect(await send({ token: line.token, to: GROUP, text: TEXT, retryKey })).toEqual({ ok: true });
    expect(line.requests.map((r) => r.retryKey)).toEqual([retryKey, retryKey]);
    expect(line.delivered).toHaveLength(1);
  });

  it('gives up after the tries, or at once when the wait asked is too long for now', async () => {
    line.answer({ status: 502 }, { status: 502 }, { status: 502 });
    const gaveUp = await withRetries(() => push()({ token: line.token, to: GROUP, text: TEXT }), { sleep });
    expect([gaveUp.tries, failureOf(gaveUp.outcome)?.code]).toEqual([3, 'server-error']);
    line.answer({ status: 429, headers: { 'Retry-After': '3600' } });
    const later = await withRetries(() => push()({ token: line.token, to: GROUP, text: TEXT }), { sleep });
    expect([later.tries, failureOf(later.outcome)?.retryAfterMs]).toEqual([1, 3_600_000]);
  });

  it('stops waiting, and trying, when the server stops', async () => {
    const stopping = new AbortController();
    line.answer({ status: 503 });
    const never = () => {
      stopping.abort();
      return new Promise<void>(() => undefined);
    };
    const { outcome, tries } = await withRetries(() => push()({ token: line.token, to: GROUP, text: TEXT }), { sleep: never, signal: stopping.signal });
    expect([tries, failureOf(outcome)?.code]).toEqual([1, 'server-error']);
    expect(await withRetries(() => push()({ token: line.token, to: GROUP, text: TEXT }), { signal: stopping.signal })).toEqual({ outcome: { ok: true }, tries: 1 });
    line.answer({ status: 503 });
    expect((await withRetries(() => push()({ token: line.token, to: GROUP, text: TEXT }), { signal: stopping.signal })).tries).toBe(1);
  });

  it('says when LINE cannot be reached, as a passing trouble', async () => {
    const outcome = await createLineSender({ baseUrl: `http://127.0.0.1:${await closedPort()}` })({ token: 't', to: GROUP, text: TEXT });
    expect(failureOf(outcome)).toMatchObject({ code: 'network', retry: true, values: { detail: 'ECONNREFUSED' } });
  });

  it.each<[string | null, number | undefined]>([
    [null, undefined],
    ['120', 120_000],
    ['Thu, 01 Jan 1970 00:00:30 GMT', 20_000],
    ['soon', undefined],
  ])('reads Retry-After %s', (header, ms) => {
    expect(retryAfterMs(header, 10_000)).toBe(ms);
  });
});

describe('SMTP', () => {
  const smtp = (over: Partial<SmtpSettings> = {}): SmtpSettings => ({
    ...DEFAULT_REMINDER_SETTINGS.email.smtp,
    host: '127.0.0.1',
    port: sink.port,
    security: 'none',
    username: sink.user,
    from: 'ita@example.go.th',
    ...over,
  });
  const send = createMailSender({ timeoutMs: 5_000 });
  const SUBJECT = 'มาตรการ ITA ของกองคลังที่ยังไม่ได้บันทึกความคืบหน้า ก่อนการประชุม 8 ธ.ค. 2569';

  it('delivers the Thai subject and text intact, once', async () => {
    expect(await send({ smtp: smtp(), password: sink.pass, to: 'head@example.go.th', subject: SUBJECT, text: TEXT })).toEqual({ ok: true });
    expect(sink.received).toHaveLength(1);
    const [mail] = sink.received;
    expect(mail?.to).toEqual(['head@example.go.th']);
    expect(headerOf(mail?.raw ?? Buffer.alloc(0), 'Subject')).toBe(SUBJECT);
    expect(headerOf(mail?.raw ?? Buffer.alloc(0), 'Content-Type')).toMatch(/charset=utf-8/i);
    expect(bodyOf(mail?.raw ?? Buffer.alloc(0))).toBe(TEXT);
  });

  it('says a wrong password clearly, not to be tried again', async () => {
    const outcome = await send({ smtp: smtp(), password: 'ผิด', to: 'head@example.go.th', subject: SUBJECT, text: TEXT });
    expect(failureOf(outcome)).toMatchObject({ code: 'smtp-auth', retry: false, values: { status: 535 } });
    expect(sendFailureThai(failureOf(outcome) ?? { code: 'network', values: {} })).toContain('ไม่ยอมรับชื่อผู้ใช้หรือรหัสผ่าน SMTP 535');
    expect(sink.received).toEqual([]);
  });

  it('refuses an address for good (550) and tries again a passing trouble (451)', async () => {
    const refused = await send({ smtp: smtp(), password: sink.pass, to: 'refuse@example.go.th', subject: SUBJECT, text: TEXT });
    expect(failureOf(refused)).toMatchObject({ code: 'smtp-refused', retry: false, values: { status: 550 } });
    sink.trouble(1);
    const { outcome, tries } = await withRetries(() => send({ smtp: smtp(), password: sink.pass, to: 'head@example.go.th', subject: SUBJECT, text: TEXT }), { sleep });
    expect([outcome, tries, sink.received.length]).toEqual([{ ok: true }, 2, 1]);
  });

  it('takes a server that speaks no TLS where TLS was asked for as a setting to put right', async () => {
    const outcome = await send({ smtp: smtp({ security: 'tls' }), password: sink.pass, to: 'head@example.go.th', subject: SUBJECT, text: TEXT });
    expect(failureOf(outcome)).toMatchObject({ code: 'smtp-tls', retry: false });
  });

  it('says when the server cannot be reached, as a passing trouble', async () => {
    const outcome = await send({ smtp: smtp({ port: await closedPort() }), password: null, to: 'head@example.go.th', subject: SUBJECT, text: TEXT });
    expect(failureOf(outcome)).toMatchObject({ code: 'smtp-unavailable', retry: true });
  });

  it('sends without signing in when no username is set', async () => {
    expect(await send({ smtp: smtp({ username: '' }), password: null, to: 'head@example.go.th', subject: SUBJECT, text: TEXT })).toEqual({ ok: true });
    expect(sink.received[0]?.from).toBe('ita@example.go.th');
  });

  it.each(['starttls', 'tls'] as const)('goes over %s when asked, and refuses a certificate it cannot trust', async (security) => {
    const secured = await startSmtpSink({ tls: security });
    try {
      const settings = smtp({ port: secured.port, security });
      const trusting = createMailSender({ timeoutMs: 5_000, rejectUnauthorized: false });
      expect(await trusting({ smtp: settings, password: secured.pass, to: 'head@example.go.th', subject: SUBJECT, text: TEXT })).toEqual({ ok: true });
      expect(secured.received.map((m) => [m.secure, bodyOf(m.raw)])).toEqual([[true, TEXT]]);
      const refused = await send({ smtp: settings, password: secured.pass, to: 'head@example.go.th', subject: SUBJECT, text: TEXT });
      // smtp-server's own certificate is self-signed (and, as shipped, expired): not to be trusted.
      expect(failureOf(refused)).toMatchObject({ code: 'smtp-tls', retry: false, values: { detail: expect.stringMatching(/certificate/i) } });
      expect(secured.received).toHaveLength(1);
    } finally {
      await secured.close();
    }
  });
});
