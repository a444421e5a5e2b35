import { render, screen, within } from '@testing-library/react';
import { App } from '../../src/app/App';
import { createNoticeFeed } from '../../src/app/noticeFeed';
import { createQueryClient } from '../../src/app/queryClient';
import type { ReminderOutlook, ReminderSettingsViewed, SendEntry } from '../../src/data/reminderQueries';
import type { Account } from '../../src/domain/schemas/account';
import { DEFAULT_REMINDER_SETTINGS } from '../../src/domain/reminders/settings';
import { seedStore } from '../support/seed';

// The reminders section of settings on the agency's server, with /api/v1/reminders/* played by a
// fetch that keeps the settings in memory and checks a save as the server does.

const PLANNER: Account = {
  id: 'acc-planner',
  username: 'planner',
  name: 'นางสาววางแผน ดีเสมอ',
  role: 'planning-officer',
  unitId: null,
  disabled: false,
  lockedUntil: null,
  createdAt: '2026-11-24T03:00:00.000Z',
};
const THAI = /[\u0E00-\u0E7F]/;
const LINE_ID = `U${'a'.repeat(32)}`;

const VIEW: ReminderSettingsViewed = {
  ...DEFAULT_REMINDER_SETTINGS,
  enabled: true,
  daysBefore: 2,
  sendHour: 9,
  line: { enabled: true },
  planner: { line: [LINE_ID], email: [] },
  units: [{ unitId: 'unit-finance', line: [], email: ['finance@example.go.th'] }],
  hasLineToken: true,
  hasSmtpPassword: false,
  secretKeyReady: true,
  unreadableSecrets: [],
};

const OUTLOOK: ReminderOutlook = {
  state: 'not-yet',
  meeting: '2026-12-08',
  opensAt: '2026-12-06T02:00:00.000Z',
  due: [],
  unaddressed: ['unit-palad'],
  ready: { line: true, email: false },
};

interface Sent {
  method: string;
  url: string;
  body: unknown;
}

function fakeServer({ view = VIEW, outlook = OUTLOOK, sends = [] as SendEntry[] } = {}) {
  let settings = view;
  const sent: Sent[] = [];
  const overrides: ((request: Sent) => Response | undefined)[] = [];
  vi.stubGlobal('fetch', async (url: string, init: RequestInit = {}) => {
    const request = { method: init.method ?? 'GET', url, body: init.body ? (JSON.parse(String(init.body)) as unknown) : undefined };
    sent.push(request);
    for (const override of overrides) {
      const answer = override(request);
      if (answer) return answer;
    }
    if (url === '/api/v1/reminders/settings' && request.method === 'GET') return Response.json(settings);
    if (url === '/api/v1/reminders/settings' && request.method === 'PUT') {
      const { lineToken, smtpPassword, ...rest } = request.body as ReminderSettingsViewed & { lineToken?: string | null; smtpPassword?: string | null };
      settings = {
        ...settings,
        ...rest,
        hasLineToken: lineToken === undefined ? settings.hasLineToken : lineToken !== null,
        hasSmtpPassword: smtpPassword === undefined ? settings.hasSmtpPassword : smtpPassword !== null,
      };
      return Response.json(settings);
    }
    if (url === '/api/v1/reminders/outlook') return Response.json(outlook);
    if (url.startsWith('/api/v1/reminders/sends')) return Response.json(sends);
    return Response.json({ error: { kind: 'not-found', message: 'ไม่มีบริการนี้ใน API' } }, { status: 404 });
  });
  return { sent, writes: () => sent.filter((r) => r.method !== 'GET'), answerWith: (override: (request: Sent) => Response | undefined) => overrides.push(override) };
}

async function renderSettings({ lang = 'th', signedIn = PLANNER as Account | null } = {}) {
  window.location.hash = `#/settings${lang === 'en' ? '?lang=en' : ''}`;
  const server = signedIn && { account: signedIn, signOut: vi.fn(async () => undefined), sessionEnded: createNoticeFeed() };
  render(<App store={await seedStore()} queryClient={createQueryClient({ retry: false })} source={server ? 'server' : 'browser'} server={server} />);
}

const section = async (name: string) => within(await screen.findByRole('region', { name }));

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
    const alerts = await card.findAllByRole('alert');
    expect(alerts[0]).toHaveTextContent(/ขอให้เจ้าหน้าที่ไอทีตั้งค่า ITA_SECRET_KEY/);
    expect(alerts[1]).toHaveTextContent('เปิดอ่านรหัสผ่าน SMTP ที่เก็บไว้ไม่ได้');
  });

  it('is not there in browser storage, where no server sends anything', async () => {
    const server = fakeServer();
    await renderSettings({ signedIn: null });
    expect(await screen.findByRole('heading', { level: 1, name: 'ตั้งค่า' })).toBeInTheDocument();
    expect(screen.queryByRole('region', { name: 'การแจ้งเตือนทาง LINE และอีเมล' })).not.toBeInTheDocument();
    expect(server.sent).toEqual([]);
  });

  it('speaks English to an English reader, with no Thai of its own', async () => {
    fakeServer({ view: { ...VIEW, secretKeyReady: false }, outlook: { ...OUTLOOK, unaddressed: [] } });
    await renderSettings({ lang: 'en' });
    const card = await section('Reminders by LINE and e-mail');
    expect(await card.findByText('LINE: ready to send')).toBeInTheDocument();
    expect(card.getByRole('alert')).toHaveTextContent(/Ask the IT person to set ITA_SECRET_KEY/);
    expect(card.getByText(/^Meeting on 8 December 2026: reminders start going/)).toBeInTheDocument();
    expect(card.getByRole('heading', { level: 2 }).closest('section')?.textContent).not.toMatch(THAI);
  });
});
