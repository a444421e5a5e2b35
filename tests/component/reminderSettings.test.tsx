import { cleanup, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { seedData } from '../support/seed';
import { entry, fakeServer, LINE_ID, LOADED, OUTLOOK, renderSettings, section, THAI, VIEW } from './reminderServerFake';

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('the reminders section of settings', () => {
  it('says where the reminders stand: on, when, which channels can send, and who cannot be reached', async () => {
    fakeServer();
    await renderSettings();
    const card = await section('การแจ้งเตือนทาง LINE และอีเมล');
    expect(await card.findByText('LINE: พร้อมส่ง')).toBeInTheDocument();
    expect(card.getByText('อีเมล: ยังไม่พร้อมส่ง')).toBeInTheDocument();
    expect(card.getByText('เปิดการแจ้งเตือน')).toBeInTheDocument();
    expect(card.getByText('ส่งก่อนการประชุม 2 วัน ตั้งแต่เวลา 09:00 น.')).toBeInTheDocument();
    expect(card.getByText(/^การประชุมวันที่ 8 ธันวาคม 2569: เริ่มส่งการแจ้งเตือน 6 ธันวาคม 2569/)).toBeInTheDocument();
    expect(await card.findByText('ส่วนราชการที่มีมาตรการรออัปเดตแต่ยังไม่มีที่อยู่ผู้รับ: สำนักปลัดเทศบาล')).toBeInTheDocument();
    expect(card.queryByRole('alert')).not.toBeInTheDocument();
  });

  it('asks for the IT person’s ITA_SECRET_KEY when the server has none, and names a secret to type again', async () => {
    fakeServer({ view: { ...VIEW, secretKeyReady: false, unreadableSecrets: ['smtpPassword'] } });
    await renderSettings();
    const card = await section('การแจ้งเตือนทาง LINE และอีเมล');
    expect(await card.findByText(/ขอให้เจ้าหน้าที่ไอทีตั้งค่า ITA_SECRET_KEY/)).toBeInTheDocument();
    expect(card.getByText('เปิดอ่านรหัสผ่าน SMTP ที่เก็บไว้ไม่ได้', { exact: false })).toBeInTheDocument();
    // A state the page opens on is not announced as an error.
    expect(card.queryByRole('alert')).not.toBeInTheDocument();
  });

  it('is not there in browser storage, where no server sends anything', async () => {
    const server = fakeServer();
    // On the server first, so the section's chunk is loaded: were it mounted below, it would be there with the heading.
    await renderSettings();
    await section('การแจ้งเตือนทาง LINE และอีเมล');
    cleanup();
    server.sent.length = 0;
    await renderSettings({ signedIn: null });
    expect(await screen.findByRole('heading', { level: 1, name: 'ตั้งค่า' }, LOADED)).toBeInTheDocument();
    expect(screen.getByRole('region', { name: 'วันประชุมประจำเดือน' })).toBeInTheDocument();
    expect(screen.queryByRole('region', { name: 'การแจ้งเตือนทาง LINE และอีเมล' })).not.toBeInTheDocument();
    expect(server.sent).toEqual([]);
  });

  it('speaks English to an English reader, with no Thai of its own', async () => {
    fakeServer({ view: { ...VIEW, secretKeyReady: false }, outlook: { ...OUTLOOK, unaddressed: [] } });
    await renderSettings({ lang: 'en' });
    const card = await section('Reminders by LINE and e-mail');
    expect(await card.findByText('LINE: ready to send')).toBeInTheDocument();
    expect(card.getByText(/Ask the IT person to set ITA_SECRET_KEY/)).toBeInTheDocument();
    expect(card.getByText(/^Meeting on 8 December 2026: reminders start going/)).toBeInTheDocument();
    await card.findByRole('form', { name: 'How they go' });
    // The units' names are the agency's data, in Thai; every word of the section's own is English.
    const own = seedData().units.reduce((text, unit) => text.replaceAll(unit.name, ''), card.getByRole('heading', { level: 2 }).closest('section')?.textContent ?? '');
    expect(own).toContain('Each unit’s recipients');
    expect(own).not.toMatch(THAI);
  });
});

const refuse = (fields: { path: string; message: string; code?: string; values?: Record<string, string | number> }[]) =>
  Response.json({ error: { kind: 'validation', message: 'ข้อมูลไม่ถูกต้อง', fields } }, { status: 400 });

const formOf = async (name = 'ตั้งค่าการส่ง') => within(await screen.findByRole('form', { name }, LOADED));

describe('the reminder settings form', () => {
  it('shows what is saved, sends a token only when typed, and says it is saved', async () => {
    const server = fakeServer();
    await renderSettings();
    const form = await formOf();
    expect(form.getByLabelText('ส่งการแจ้งเตือนตามกำหนด')).toBeChecked();
    expect(form.getByLabelText('ส่งก่อนการประชุม (วัน)')).toHaveValue(2);
    expect(form.getByLabelText('ส่งตั้งแต่เวลา')).toHaveDisplayValue('09:00 น.');
    expect(form.getByLabelText('อีเมลของกองคลัง')).toHaveValue('finance@example.go.th');
    expect(form.getByLabelText('รหัสผู้รับ LINE ของผู้รับสรุป')).toHaveValue(LINE_ID);
    const token = form.getByLabelText('Channel access token');
    expect(token).toHaveValue('');
    expect(token).toHaveAccessibleDescription(expect.stringContaining('บันทึกไว้แล้ว'));
    expect(form.getByLabelText('รหัสผ่าน SMTP')).toHaveAccessibleDescription(expect.stringContaining('ยังไม่ได้บันทึก'));

    await userEvent.clear(form.getByLabelText('ส่งก่อนการประชุม (วัน)'));
    await userEvent.type(form.getByLabelText('ส่งก่อนการประชุม (วัน)'), '5');
    await userEvent.selectOptions(form.getByLabelText('ส่งตั้งแต่เวลา'), '07:00 น.');
    await userEvent.type(form.getByLabelText('รหัสผ่าน SMTP'), ' รหัส ลับ ');
    await userEvent.type(form.getByLabelText('รหัสผู้รับ LINE ของสำนักปลัดเทศบาล'), `C${'b'.repeat(32)}`);
    await userEvent.click(form.getByRole('button', { name: 'บันทึกการตั้งค่าการแจ้งเตือน' }));
    expect(await form.findByText('บันทึกการตั้งค่าการแจ้งเตือนแล้ว')).toBeInTheDocument();
    const [put] = server.writes();
    expect(put).toMatchObject({ method: 'PUT', url: '/api/v1/reminders/settings' });
    const body = put?.body as Record<string, unknown>;
    expect(body).toMatchObject({ daysBefore: 5, sendHour: 7, smtpPassword: ' รหัส ลับ ', planner: { line: [LINE_ID], email: [] } });
    expect(body).not.toHaveProperty('lineToken');
    expect(body.units).toEqual(
      expect.arrayContaining([
        { unitId: 'unit-finance', line: [], email: ['finance@example.go.th'] },
        { unitId: 'unit-palad', line: [`C${'b'.repeat(32)}`], email: [] },
      ]),
    );
    expect(body.units).toHaveLength(2);
    expect(form.getByLabelText('รหัสผ่าน SMTP')).toHaveValue('');
    expect(form.getByLabelText('รหัสผ่าน SMTP')).toHaveAccessibleDescription(expect.stringContaining('บันทึกไว้แล้ว'));
  });

  it('removes a saved token with its box, sending null', async () => {
    const server = fakeServer();
    await renderSettings();
    const form = await formOf();
    await userEvent.click(form.getByLabelText('ลบโทเค็นที่บันทึกไว้'));
    await userEvent.click(form.getByRole('button', { name: 'บันทึกการตั้งค่าการแจ้งเตือน' }));
    expect(await form.findByText('บันทึกการตั้งค่าการแจ้งเตือนแล้ว')).toBeInTheDocument();
    expect(server.writes()[0]?.body).toMatchObject({ lineToken: null });
    expect(form.getByLabelText('Channel access token')).toHaveAccessibleDescription(expect.stringContaining('ยังไม่ได้บันทึก'));
    expect(form.queryByLabelText('ลบโทเค็นที่บันทึกไว้')).not.toBeInTheDocument();
  });

  it('says a LINE display name typed for an id beside it, and sends nothing', async () => {
    const server = fakeServer();
    await renderSettings();
    const form = await formOf();
    const palad = form.getByLabelText('รหัสผู้รับ LINE ของสำนักปลัดเทศบาล');
    await userEvent.type(palad, 'ปลัดสมชาย');
    await userEvent.clear(form.getByLabelText('ส่งก่อนการประชุม (วัน)'));
    await userEvent.type(form.getByLabelText('ส่งก่อนการประชุม (วัน)'), '45');
    await userEvent.click(form.getByRole('button', { name: 'บันทึกการตั้งค่าการแจ้งเตือน' }));
    expect(await form.findByText(/ไม่ใช่ชื่อที่แสดงใน LINE$/)).toBeInTheDocument();
    expect(palad).toHaveAttribute('aria-invalid', 'true');
    expect(palad).toHaveAccessibleDescription(expect.stringContaining('ต้องขึ้นต้นด้วย U, C หรือ R'));
    expect(form.getByLabelText('ส่งก่อนการประชุม (วัน)')).toHaveAccessibleDescription('ส่งก่อนการประชุมได้ไม่เกิน 30 วัน');
    expect(server.writes()).toEqual([]);
  });

  it('says the server’s refusal beside the unit it names, keeping everything typed', async () => {
    const server = fakeServer();
    server.answerWith((r) => (r.method === 'PUT' ? refuse([{ path: 'units.0.email.0', message: 'ที่อยู่อีเมลไม่ถูกต้อง', code: 'invalid_format', values: { format: 'email' } }]) : undefined));
    await renderSettings();
    const form = await formOf();
    await userEvent.type(form.getByLabelText('Channel access token'), 'โทเค็นใหม่');
    await userEvent.click(form.getByRole('button', { name: 'บันทึกการตั้งค่าการแจ้งเตือน' }));
    expect(await form.findByRole('alert')).toHaveTextContent('กรุณาแก้ไขตามข้อความใต้ช่องที่กรอก');
    const finance = form.getByLabelText('อีเมลของกองคลัง');
    expect(finance).toHaveAccessibleDescription(expect.stringContaining('ที่อยู่อีเมลไม่ถูกต้อง'));
    expect(finance).toHaveFocus();
    expect(form.getByLabelText('Channel access token')).toHaveValue('โทเค็นใหม่');
    expect(server.writes()[0]?.body).toMatchObject({ lineToken: 'โทเค็นใหม่' });
  });

  it('keeps the secret fields shut while the server has no ITA_SECRET_KEY', async () => {
    fakeServer({ view: { ...VIEW, secretKeyReady: false } });
    await renderSettings();
    const form = await formOf();
    expect(form.getByLabelText('Channel access token')).toBeDisabled();
    expect(form.getByLabelText('รหัสผ่าน SMTP')).toBeDisabled();
    expect(form.getByLabelText('รหัสผ่าน SMTP')).toHaveAccessibleDescription(expect.stringContaining('ITA_SECRET_KEY'));
  });

  it('words a field’s fault in English, with no Thai', async () => {
    const server = fakeServer();
    await renderSettings({ lang: 'en' });
    const form = await formOf('How they go');
    await userEvent.type(form.getByLabelText('LINE ids for the summary'), '\nSomchai');
    await userEvent.type(form.getByLabelText('The app’s address, for the links in a message'), 'ftp://x');
    await userEvent.click(form.getByRole('button', { name: 'Save the reminder settings' }));
    expect(await form.findByText('A LINE id is U, C or R and 32 hexadecimal digits, not a display name')).toBeInTheDocument();
    const app = form.getByLabelText('The app’s address, for the links in a message');
    expect(app).toHaveAttribute('aria-invalid', 'true');
    expect(app).toHaveAccessibleDescription(expect.not.stringMatching(THAI));
    expect(server.writes()).toEqual([]);
  });
});

describe('the test buttons', () => {
  it('says a test went, and to whom', async () => {
    const server = fakeServer();
    server.answerWith((r) => (r.url === '/api/v1/reminders/test/line' ? Response.json({ ok: true, entry: entry({}) }) : undefined));
    await renderSettings();
    const tests = await section('ส่งข้อความทดสอบ');
    await userEvent.click(tests.getByRole('button', { name: 'ส่งทดสอบทาง LINE' }));
    expect(await tests.findByText(`LINE: ส่งข้อความทดสอบถึง ${LINE_ID} แล้ว`)).toBeInTheDocument();
    expect(server.writes()).toEqual([expect.objectContaining({ method: 'POST', url: '/api/v1/reminders/test/line' })]);
  });

  it('says, beside the buttons, that a test ignores changes not yet saved, until they are', async () => {
    fakeServer();
    await renderSettings();
    const tests = await section('ส่งข้อความทดสอบ');
    const line = tests.getByRole('button', { name: 'ส่งทดสอบทาง LINE' });
    expect(line).not.toHaveAccessibleDescription(expect.stringContaining('ยังไม่บันทึก'));
    const form = await formOf();
    await userEvent.type(form.getByLabelText('Channel access token'), 'token-ใหม่');
    expect(await tests.findByText(/มีการแก้ไขที่ยังไม่บันทึก/)).toBeInTheDocument();
    expect(line).toHaveAccessibleDescription(expect.stringContaining('ข้อความทดสอบจะส่งด้วยการตั้งค่าเดิมที่บันทึกไว้'));
    await userEvent.click(form.getByRole('button', { name: 'บันทึกการตั้งค่าการแจ้งเตือน' }));
    expect(await form.findByText('บันทึกการตั้งค่าการแจ้งเตือนแล้ว')).toBeInTheDocument();
    expect(tests.queryByText(/มีการแก้ไขที่ยังไม่บันทึก/)).not.toBeInTheDocument();
  });

  it('words a wrong token by its code, with what LINE said', async () => {
    const server = fakeServer();
    const error = { code: 'line-unauthorized', values: { status: 401, detail: 'Authentication failed', channel: 'line' }, message: 'LINE ไม่ยอมรับ (ข้อความของเซิร์ฟเวอร์)' };
    server.answerWith((r) => (r.url === '/api/v1/reminders/test/line' ? Response.json({ ok: false, error, entry: entry({ status: 'failed', error }) }) : undefined));
    await renderSettings();
    const tests = await section('ส่งข้อความทดสอบ');
    await userEvent.click(tests.getByRole('button', { name: 'ส่งทดสอบทาง LINE' }));
    expect(await tests.findByRole('alert')).toHaveTextContent(
      'LINE: ส่งข้อความทดสอบไม่สำเร็จ LINE ไม่ยอมรับ Channel access token (401) โทเค็นไม่ถูกต้องหรือถูกออกใหม่แล้ว กรุณาคัดลอกโทเค็นจาก LINE Developers มาบันทึกอีกครั้ง (Authentication failed)',
    );
  });

  it('words an SMTP failure in English from its code and values, never the server’s Thai', async () => {
    const server = fakeServer();
    const error = { code: 'smtp-auth', values: { status: 535, channel: 'email' }, message: 'เซิร์ฟเวอร์อีเมลไม่ยอมรับชื่อผู้ใช้หรือรหัสผ่าน SMTP 535' };
    server.answerWith((r) => (r.url === '/api/v1/reminders/test/email' ? Response.json({ ok: false, error, entry: entry({ channel: 'email', to: 'p@example.go.th', status: 'failed', error }) }) : undefined));
    await renderSettings({ lang: 'en' });
    const tests = await section('Send a test');
    await userEvent.click(tests.getByRole('button', { name: 'Send a test by e-mail' }));
    const alert = await tests.findByRole('alert');
    expect(alert).toHaveTextContent('E-mail: test not sent. The mail server did not accept the SMTP username or password (535): check them and save again');
    expect(alert.textContent).not.toMatch(THAI);
  });

  it('falls back on the server’s Thai for a code it does not know, for a Thai reader', async () => {
    const server = fakeServer();
    const error = { code: 'something-new', values: {}, message: 'เหตุผลใหม่จากเซิร์ฟเวอร์' };
    server.answerWith((r) => (r.url === '/api/v1/reminders/test/email' ? Response.json({ ok: false, error, entry: entry({ channel: 'email', status: 'failed', error }) }) : undefined));
    await renderSettings();
    const tests = await section('ส่งข้อความทดสอบ');
    await userEvent.click(tests.getByRole('button', { name: 'ส่งทดสอบทางอีเมล' }));
    expect(await tests.findByRole('alert')).toHaveTextContent('อีเมล: ส่งข้อความทดสอบไม่สำเร็จ เหตุผลใหม่จากเซิร์ฟเวอร์');
  });
});

describe('the sends log', () => {
  const SENDS = [
    entry({
      key: 'k-2',
      kind: 'reminder',
      meeting: '2026-12-08',
      recipient: 'unit-finance',
      channel: 'email',
      to: 'finance@example.go.th',
      status: 'failed',
      attempts: 3,
      error: { code: 'smtp-unavailable', values: { status: 421 } },
      errorText: 'ติดต่อเซิร์ฟเวอร์อีเมลไม่ได้หรือเซิร์ฟเวอร์ขัดข้องชั่วคราว 421 จะลองส่งใหม่ภายหลัง',
      sentAt: null,
      nextTryAt: '2026-12-06T03:40:00.000Z',
    }),
    entry({}),
  ];

  it('lists when, to whom, by which channel, how it went, the tries and why', async () => {
    fakeServer({ sends: SENDS });
    await renderSettings();
    const log = await section('ประวัติการส่ง');
    const table = within(await log.findByRole('table', { name: 'ประวัติการส่ง' }));
    expect(table.getAllByRole('columnheader').map((h) => h.textContent)).toEqual(['เวลา', 'ผู้รับ', 'ช่องทาง', 'สถานะ', 'ลองส่ง (ครั้ง)', 'สาเหตุ']);
    const [, failed, test] = table.getAllByRole('row');
    const cells = (row: HTMLElement | undefined) => within(row as HTMLElement).getAllByRole('cell').map((c) => c.textContent);
    expect(await within(failed as HTMLElement).findByText('กองคลัง')).toBeInTheDocument();
    expect(cells(failed)).toEqual([
      expect.stringMatching(/^5 ธันวาคม 2569/),
      'กองคลังfinance@example.go.th',
      'อีเมล',
      'ยังส่งไม่สำเร็จ',
      '3',
      expect.stringMatching(/^ติดต่อเซิร์ฟเวอร์อีเมลไม่ได้หรือเซิร์ฟเวอร์ขัดข้องชั่วคราว \(421\) · จะลองส่งใหม่ 6 ธันวาคม 2569/),
    ]);
    expect(cells(test)).toEqual([expect.stringMatching(/^5 ธันวาคม 2569/), `ผู้รับสรุป${LINE_ID}`, 'LINE', 'ส่งแล้ว (ข้อความทดสอบ)', '1', '']);
  });

  it('says so when nothing has been sent', async () => {
    fakeServer();
    await renderSettings();
    expect(await (await section('ประวัติการส่ง')).findByText('ยังไม่มีการส่ง')).toBeInTheDocument();
  });

  it('words each row in English from its codes, not the log’s Thai', async () => {
    fakeServer({ sends: SENDS });
    await renderSettings({ lang: 'en' });
    const table = within(await (await section('What was sent')).findByRole('table', { name: 'What was sent' }));
    const failed = table.getAllByRole('row')[1] as HTMLElement;
    const why = within(failed).getAllByRole('cell')[5];
    expect(why).toHaveTextContent(/^The mail server could not be reached or is failing for now \(421\) · Tries again 6 December 2026/);
    expect(why?.textContent).not.toMatch(THAI);
    expect(within(failed).getByText('Not sent yet')).toBeInTheDocument();
    expect(within(table.getAllByRole('row')[2] as HTMLElement).getByText('Sent (test)')).toBeInTheDocument();
  });
});
