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

export const PLANNER: Account = {
  id: 'acc-planner',
  username: 'planner',
  name: 'นางสาววางแผน ดีเสมอ',
  role: 'planning-officer',
  unitId: null,
  disabled: false,
  lockedUntil: null,
  createdAt: '2026-11-24T03:00:00.000Z',
};
export const THAI = /[\u0E00-\u0E7F]/;
export const LINE_ID = `U${'a'.repeat(32)}`;

export const VIEW: ReminderSettingsViewed = {
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

export const OUTLOOK: ReminderOutlook = {
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

export function fakeServer({ view = VIEW, outlook = OUTLOOK, sends = [] as SendEntry[] } = {}) {
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

export async function renderSettings({ lang = 'th', signedIn = PLANNER as Account | null } = {}) {
  window.location.hash = `#/settings${lang === 'en' ? '?lang=en' : ''}`;
  const server = signedIn && { account: signedIn, signOut: vi.fn(async () => undefined), sessionEnded: createNoticeFeed() };
  render(<App store={await seedStore()} queryClient={createQueryClient({ retry: false })} source={server ? 'server' : 'browser'} server={server} />);
}

// The settings screen and the section are chunks of their own: the first look waits for both to load.
export const LOADED = { timeout: 5_000 };
export const section = async (name: string) => within(await screen.findByRole('region', { name }, LOADED));

export const entry = (fields: Partial<SendEntry>): SendEntry => ({
  key: 'k-1',
  kind: 'test',
  meeting: null,
  recipient: 'planner',
  channel: 'line',
  to: LINE_ID,
  status: 'sent',
  attempts: 1,
  error: null,
  errorText: null,
  createdAt: '2026-12-05T03:00:00.000Z',
  sentAt: '2026-12-05T03:00:01.000Z',
  nextTryAt: null,
  ...fields,
});
