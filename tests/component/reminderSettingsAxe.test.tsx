import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import axe from 'axe-core';
import { entry, fakeServer, LINE_ID, LOADED, renderSettings, VIEW } from './reminderServerFake';

// axe on the reminders section in each state the planning officer meets it in. jsdom lays nothing
// out, so colour contrast is left to the e2e checks in a real browser; every other rule runs.
async function violations(region: HTMLElement) {
  const results = await axe.run(region, { rules: { 'color-contrast': { enabled: false } } });
  return results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

const SECTION = 'การแจ้งเตือนทาง LINE และอีเมล';
const reminders = () => screen.findByRole('region', { name: SECTION }, LOADED);

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('the reminders section, checked by axe', () => {
  it('with no ITA_SECRET_KEY on the server', async () => {
    fakeServer({ view: { ...VIEW, secretKeyReady: false, hasLineToken: false } });
    await renderSettings();
    const region = await reminders();
    expect(await within(region).findByText(/ขอให้เจ้าหน้าที่ไอทีตั้งค่า ITA_SECRET_KEY/)).toBeInTheDocument();
    expect(await within(region).findByText('ยังไม่มีการส่ง')).toBeInTheDocument();
    expect(await violations(region)).toEqual([]);
  });

  it('connected to LINE, with nothing sent yet', async () => {
    fakeServer();
    await renderSettings();
    const region = await reminders();
    expect(await within(region).findByText('LINE: พร้อมส่ง')).toBeInTheDocument();
    expect(await within(region).findByText('ยังไม่มีการส่ง')).toBeInTheDocument();
    expect(await violations(region)).toEqual([]);
  });

  it('with a log of what was sent', async () => {
    fakeServer({
      sends: [
        entry({ key: 'k-1', kind: 'reminder', meeting: '2026-12-08', recipient: 'unit-finance', channel: 'email', to: 'finance@example.go.th' }),
        entry({ key: 'k-2' }),
      ],
    });
    await renderSettings();
    const region = await reminders();
    const table = await within(region).findByRole('table', { name: 'ประวัติการส่ง' });
    expect(await within(table).findByText('กองคลัง')).toBeInTheDocument();
    expect(await violations(region)).toEqual([]);
  });

  it('with failures: in the log, and a test that did not go', async () => {
    const server = fakeServer({
      sends: [
        entry({
          key: 'k-3',
          kind: 'reminder',
          meeting: '2026-12-08',
          recipient: 'unit-finance',
          channel: 'email',
          to: 'finance@example.go.th',
          status: 'gave-up',
          attempts: 2,
          error: { code: 'interrupted', values: { channel: 'email' } },
          errorText: 'การส่งทางอีเมลถูกตัดกลางคัน',
          sentAt: null,
        }),
        entry({ key: 'k-4', status: 'failed', attempts: 3, error: { code: 'rate-limited', values: { channel: 'line', status: 429 } }, sentAt: null, nextTryAt: '2026-12-06T03:40:00.000Z' }),
      ],
    });
    const error = { code: 'line-unauthorized', values: { status: 401, channel: 'line' }, message: 'LINE ไม่ยอมรับ' };
    server.answerWith((r) => (r.url === '/api/v1/reminders/test/line' ? Response.json({ ok: false, error, entry: entry({ status: 'gave-up', error }) }) : undefined));
    await renderSettings();
    const region = await reminders();
    await userEvent.click(await within(region).findByRole('button', { name: 'ส่งทดสอบทาง LINE' }));
    expect(await within(region).findByRole('alert')).toHaveTextContent('LINE: ส่งข้อความทดสอบไม่สำเร็จ');
    expect(await within(region).findByText(/^การส่งทางอีเมลถูกตัดกลางคันเพราะเซิร์ฟเวอร์หยุดทำงาน/)).toBeInTheDocument();
    expect(within(region).getByText(LINE_ID, { exact: false })).toBeInTheDocument();
    expect(await violations(region)).toEqual([]);
  });
});
