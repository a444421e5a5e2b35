import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { QueryClientProvider } from '@tanstack/react-query';
import { act, render, renderHook, screen, waitFor, within } from '@testing-library/react';
import type { ReactNode } from 'react';
import userEvent from '@testing-library/user-event';
import { App } from '../../src/app/App';
import { createNoticeFeed } from '../../src/app/noticeFeed';
import { createQueryClient } from '../../src/app/queryClient';
import { useUpdateAccount } from '../../src/data/accountQueries';
import { SessionProvider } from '../../src/data/sessionContext';
import type { Store } from '../../src/data/store';
import { StoreProvider } from '../../src/data/storeContext';
import { DEFAULT_PREFERENCES } from '../../src/data/preferences';
import type { Account } from '../../src/domain/schemas/account';
import { messages } from '../../src/features/accounts/messages';
import { messages as settings } from '../../src/features/settings/messages';
import { en } from '../../src/i18n/en';
import { placeholderNames } from '../../src/i18n/i18n';
import { th } from '../../src/i18n/th';
import { seedStore } from '../support/seed';

// The accounts screen on the agency's server, with the server's /api/v1/accounts played by a
// fetch that keeps its accounts in memory and refuses as the real one does.

const account = (fields: Partial<Account> & Pick<Account, 'id' | 'username' | 'name'>): Account => ({
  role: 'department-head',
  unitId: 'unit-finance',
  disabled: false,
  lockedUntil: null,
  createdAt: '2026-11-24T03:00:00.000Z',
  ...fields,
});

const PLANNER = account({ id: 'acc-planner', username: 'planner', name: 'นางสาววางแผน ดีเสมอ', role: 'planning-officer', unitId: null });
const FINANCE = account({ id: 'acc-finance', username: 'finance', name: 'ผู้อำนวยการกองคลัง' });
const MAYOR = account({ id: 'acc-mayor', username: 'mayor', name: 'นายกเทศมนตรี', role: 'executive', unitId: null, disabled: true });
const LOCKED = account({ id: 'acc-palad', username: 'palad', name: 'ปลัดเทศบาล', unitId: 'unit-palad', lockedUntil: '2026-12-04T05:30:00.000Z' });

interface Sent {
  method: string;
  url: string;
  body: unknown;
  headers: Record<string, string>;
}

const refuse = (status: number, kind: string, message: string, fields?: { path: string; message: string }[]) =>
  Response.json({ error: { kind, message, ...(fields ? { fields } : {}) } }, { status });

/** The server's accounts, in memory: a taken username and a short password are refused as it refuses them. */
function fakeServer(start: Account[]) {
  const accounts = [...start];
  const sent: Sent[] = [];
  const overrides: ((request: Sent) => Response | undefined)[] = [];
  vi.stubGlobal('fetch', async (url: string, init: RequestInit = {}) => {
    const request = { method: init.method ?? 'GET', url, body: init.body ? (JSON.parse(String(init.body)) as unknown) : undefined, headers: (init.headers ?? {}) as Record<string, string> };
    sent.push(request);
    for (const override of overrides) {
      const answer = override(request);
      if (answer) return answer;
    }
    if (url === '/api/v1/accounts' && request.method === 'GET') return Response.json([...accounts].sort((a, b) => a.username.localeCompare(b.username)));
    if (url === '/api/v1/accounts' && request.method === 'POST') {
      const input = request.body as Account & { password: string };
      if (accounts.some((a) => a.username === input.username)) {
        return refuse(400, 'validation', `ข้อมูลไม่ถูกต้อง: username: มีบัญชีชื่อผู้ใช้ "${input.username}" อยู่แล้ว`, [
          { path: 'username', message: `มีบัญชีชื่อผู้ใช้ "${input.username}" อยู่แล้ว` },
        ]);
      }
      const made = account({ id: `acc-${input.username}`, username: input.username, name: input.name, role: input.role, unitId: input.unitId });
      accounts.push(made);
      return Response.json(made, { status: 201 });
    }
    const id = /^\/api\/v1\/accounts\/(.+)$/.exec(url)?.[1];
    const index = accounts.findIndex((a) => a.id === id);
    if (request.method === 'PATCH' && index >= 0) {
      const changes = request.body as Partial<Account> & { password?: string };
      const { password, ...rest } = changes;
      const current = accounts[index] as Account;
      const updated = { ...current, ...rest, lockedUntil: password === undefined ? current.lockedUntil : null };
      accounts[index] = updated;
      return Response.json(updated);
    }
    return refuse(404, 'not-found', 'ไม่มีบริการนี้ใน API');
  });
  return { sent, writes: () => sent.filter((r) => r.method !== 'GET'), answerWith: (override: (request: Sent) => Response | undefined) => overrides.push(override) };
}

interface Options {
  signedIn?: Account | null;
  url?: string;
  store?: Store;
  signOut?: () => Promise<void>;
}

async function renderAccounts({ signedIn = PLANNER, url = '/accounts', store, signOut = vi.fn(async () => undefined) }: Options = {}) {
  window.location.hash = `#${url}`;
  const sessionEnded = createNoticeFeed();
  const server = signedIn && { account: signedIn, signOut, sessionEnded };
  render(<App store={store ?? (await seedStore())} queryClient={createQueryClient({ retry: false })} source={server ? 'server' : 'browser'} server={server} />);
  return { sessionEnded, signOut };
}

const cardOf = async (name: string) => screen.findByRole('region', { name });

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('the accounts screen, for the planning officer', () => {
  it('lists every account with its role in Thai, its unit’s name and whether it can sign in', async () => {
    const server = fakeServer([PLANNER, FINANCE, MAYOR, LOCKED]);
    await renderAccounts();
    expect(await screen.findByRole('heading', { level: 2, name: 'บัญชีทั้งหมด (4 บัญชี)' })).toBeInTheDocument();
    const finance = within(await cardOf('ผู้อำนวยการกองคลัง'));
    expect(finance.getByText('finance')).toBeInTheDocument();
    expect(finance.getByText('หัวหน้าส่วนราชการ')).toBeInTheDocument();
    expect(finance.getByText('กองคลัง')).toBeInTheDocument();
    expect(finance.getByText('ใช้งานได้')).toBeInTheDocument();
    const mayor = within(await cardOf('นายกเทศมนตรี'));
    expect(mayor.getByText('ผู้บริหาร')).toBeInTheDocument();
    expect(mayor.getByText('ไม่มี')).toBeInTheDocument();
    expect(mayor.getByText('ปิดการใช้งาน')).toBeInTheDocument();
    const palad = within(await cardOf('ปลัดเทศบาล'));
    expect(palad.getByText('สำนักปลัดเทศบาล')).toBeInTheDocument();
    expect(palad.getByText(/^ถูกพักการลงชื่อเข้าใช้ถึง \d{1,2} ธันวาคม 2569 เวลา \d{2}:\d{2}/)).toBeInTheDocument();
    expect(within(await cardOf('นางสาววางแผน ดีเสมอ (คุณ)')).getByText('เจ้าหน้าที่วิเคราะห์นโยบายและแผน')).toBeInTheDocument();
    // Asked as this tab's account, so a cookie another account has taken since is refused.
    expect(server.sent[0]).toMatchObject({ method: 'GET', url: '/api/v1/accounts', headers: { 'X-ITA-Account': 'acc-planner' } });
    expect(screen.getByRole('link', { name: 'จัดการผู้ใช้' })).toHaveAttribute('aria-current', 'page');
  });

  it('creates an account for a department head of a unit, then clears the form', async () => {
    const server = fakeServer([PLANNER, FINANCE]);
    await renderAccounts();
    const form = within(await screen.findByRole('region', { name: 'สร้างบัญชีใหม่' }));
    const unit = form.getByLabelText('ส่วนราชการ');
    await userEvent.click(form.getByLabelText('ผู้บริหาร'));
    expect(unit).toBeDisabled();
    await userEvent.click(form.getByLabelText('หัวหน้าส่วนราชการ'));
    expect(unit).toBeEnabled();
    await userEvent.type(form.getByLabelText('ชื่อผู้ใช้'), 'Palad');
    await userEvent.type(form.getByLabelText('ชื่อ–นามสกุล'), 'ปลัดเทศบาล');
    await userEvent.selectOptions(unit, 'สำนักปลัดเทศบาล');
    await userEvent.type(form.getByLabelText('รหัสผ่าน'), 'บัญชีใหม่ของปลัด-2569');
    await userEvent.click(form.getByRole('button', { name: 'สร้างบัญชี' }));
    expect(await form.findByRole('status')).toHaveTextContent('สร้างบัญชี palad (ปลัดเทศบาล) แล้ว');
    expect(server.writes()).toEqual([
      expect.objectContaining({
        method: 'POST',
        url: '/api/v1/accounts',
        body: { username: 'palad', name: 'ปลัดเทศบาล', role: 'department-head', unitId: 'unit-palad', password: 'บัญชีใหม่ของปลัด-2569' },
      }),
    ]);
    expect(form.getByLabelText('ชื่อผู้ใช้')).toHaveValue('');
    expect(form.getByLabelText('รหัสผ่าน')).toHaveValue('');
    expect(within(await cardOf('ปลัดเทศบาล')).getByText('สำนักปลัดเทศบาล')).toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 2, name: 'บัญชีทั้งหมด (3 บัญชี)' })).toBeInTheDocument();
  });

  it('says a taken username beside its field, in the server’s Thai words, and keeps everything typed', async () => {
    const server = fakeServer([PLANNER, FINANCE]);
    await renderAccounts();
    const form = within(await screen.findByRole('region', { name: 'สร้างบัญชีใหม่' }));
    await userEvent.type(form.getByLabelText('ชื่อผู้ใช้'), 'finance');
    await userEvent.type(form.getByLabelText('ชื่อ–นามสกุล'), 'ผู้อำนวยการกองคลังคนใหม่');
    await userEvent.click(form.getByLabelText('ผู้บริหาร'));
    await userEvent.type(form.getByLabelText('รหัสผ่าน'), 'บัญชีใหม่ของปลัด-2569');
    await userEvent.click(form.getByRole('button', { name: 'สร้างบัญชี' }));
    expect(await form.findByRole('alert')).toHaveTextContent('บันทึกไม่สำเร็จ: กรุณาแก้ไขตามข้อความใต้ช่องที่กรอก');
    const username = form.getByLabelText('ชื่อผู้ใช้');
    expect(username).toHaveAccessibleDescription(expect.stringContaining('มีบัญชีชื่อผู้ใช้ "finance" อยู่แล้ว'));
    expect(username).toHaveAttribute('aria-invalid', 'true');
    expect(username).toHaveFocus();
    expect(username).toHaveValue('finance');
    expect(form.getByLabelText('ชื่อ–นามสกุล')).toHaveValue('ผู้อำนวยการกองคลังคนใหม่');
    expect(form.getByLabelText('ผู้บริหาร')).toBeChecked();
    expect(form.getByLabelText('รหัสผ่าน')).toHaveValue('บัญชีใหม่ของปลัด-2569');
    expect(server.writes()).toHaveLength(1);
  });

  it('checks the password rule and a department head’s unit before sending anything', async () => {
    const server = fakeServer([PLANNER]);
    await renderAccounts();
    const form = within(await screen.findByRole('region', { name: 'สร้างบัญชีใหม่' }));
    await userEvent.type(form.getByLabelText('ชื่อผู้ใช้'), 'palad');
    await userEvent.type(form.getByLabelText('ชื่อ–นามสกุล'), 'ปลัดเทศบาล');
    await userEvent.type(form.getByLabelText('รหัสผ่าน'), 'สั้นไป');
    await userEvent.click(form.getByRole('button', { name: 'สร้างบัญชี' }));
    expect(await form.findByText('รหัสผ่านต้องยาวอย่างน้อย 10 ตัวอักษร')).toBeInTheDocument();
    expect(form.getByLabelText('ส่วนราชการ')).toHaveAccessibleDescription(expect.stringContaining('หัวหน้าส่วนราชการต้องระบุส่วนราชการ'));
    expect(server.writes()).toEqual([]);
  });

  it('words the password rule in English for an English reader, with no Thai', async () => {
    const server = fakeServer([PLANNER]);
    await renderAccounts();
    await userEvent.click(await screen.findByRole('button', { name: 'Switch to English' }));
    const form = within(await screen.findByRole('region', { name: 'New account' }));
    await userEvent.type(form.getByLabelText('Username'), 'palad');
    await userEvent.type(form.getByLabelText('Password'), 'palad2569!');
    await userEvent.click(form.getByRole('button', { name: 'Create the account' }));
    const error = await form.findByText('The password is the username with only digits or symbols added, which is easy to guess.');
    expect(error.textContent).not.toMatch(/[\u0E00-\u0E7F]/u);
    expect(server.writes()).toEqual([]);
  });

  it('disables an account only once the planning officer confirms, and can enable it again', async () => {
    const server = fakeServer([PLANNER, FINANCE]);
    await renderAccounts();
    const card = within(await cardOf('ผู้อำนวยการกองคลัง'));
    await userEvent.click(card.getByRole('button', { name: 'จัดการบัญชี' }));
    await userEvent.click(card.getByRole('button', { name: 'ปิดการใช้งานบัญชี…' }));
    const confirm = within(card.getByRole('group', { name: /ปิดการใช้งานบัญชี finance \(ผู้อำนวยการกองคลัง\) หรือไม่/ }));
    await userEvent.click(confirm.getByRole('button', { name: 'ยกเลิก' }));
    expect(server.writes()).toEqual([]);
    // The cancel button went with the confirmation: focus is on the section's heading, not lost.
    await waitFor(() => expect(card.getByRole('heading', { name: 'การเข้าใช้' })).toHaveFocus());

    await userEvent.click(card.getByRole('button', { name: 'ปิดการใช้งานบัญชี…' }));
    await userEvent.click(card.getByRole('button', { name: 'ยืนยันปิดการใช้งาน' }));
    expect(await card.findByText('ปิดการใช้งานบัญชี finance แล้ว')).toBeInTheDocument();
    await waitFor(() => expect(card.getByRole('heading', { name: 'การเข้าใช้' })).toHaveFocus());
    expect(card.getByText('ปิดการใช้งาน')).toBeInTheDocument();
    expect(server.writes()).toEqual([expect.objectContaining({ method: 'PATCH', url: '/api/v1/accounts/acc-finance', body: { disabled: true } })]);

    await userEvent.click(card.getByRole('button', { name: 'เปิดใช้งานบัญชีอีกครั้ง' }));
    expect(await card.findByText('เปิดใช้งานบัญชี finance แล้ว')).toBeInTheDocument();
    expect(card.getByText('ใช้งานได้')).toBeInTheDocument();
    expect(server.writes()[1]).toMatchObject({ body: { disabled: false } });
  });

  it('says why a disabling failed, and the account stays as it was', async () => {
    const server = fakeServer([PLANNER, FINANCE]);
    server.answerWith((r) => (r.method === 'PATCH' ? refuse(503, 'server', 'ฐานข้อมูลของเซิร์ฟเวอร์ไม่ตอบสนอง') : undefined));
    await renderAccounts();
    const card = within(await cardOf('ผู้อำนวยการกองคลัง'));
    await userEvent.click(card.getByRole('button', { name: 'จัดการบัญชี' }));
    await userEvent.click(card.getByRole('button', { name: 'ปิดการใช้งานบัญชี…' }));
    await userEvent.click(card.getByRole('button', { name: 'ยืนยันปิดการใช้งาน' }));
    expect(await card.findByRole('alert')).toHaveTextContent('บันทึกไม่สำเร็จ: ฐานข้อมูลของเซิร์ฟเวอร์ไม่ตอบสนอง');
    expect(card.getByText('ใช้งานได้')).toBeInTheDocument();
  });

  it('sets a new password, which lifts a lock, and never shows it again', async () => {
    const server = fakeServer([PLANNER, LOCKED]);
    await renderAccounts();
    const card = within(await cardOf('ปลัดเทศบาล'));
    await userEvent.click(card.getByRole('button', { name: 'จัดการบัญชี' }));
    const form = within(card.getByRole('form', { name: 'ตั้งรหัสผ่านใหม่' }));
    await userEvent.type(form.getByLabelText('รหัสผ่านใหม่'), 'short');
    await userEvent.click(form.getByRole('button', { name: 'บันทึกรหัสผ่านใหม่' }));
    expect(await form.findByText('รหัสผ่านต้องยาวอย่างน้อย 10 ตัวอักษร')).toBeInTheDocument();
    expect(server.writes()).toEqual([]);

    await userEvent.clear(form.getByLabelText('รหัสผ่านใหม่'));
    await userEvent.type(form.getByLabelText('รหัสผ่านใหม่'), 'ลืมรหัสผ่านเดิม-2569');
    await userEvent.click(form.getByRole('button', { name: 'บันทึกรหัสผ่านใหม่' }));
    expect(await form.findByRole('status')).toHaveTextContent('ตั้งรหัสผ่านใหม่ของ palad แล้ว');
    expect(form.getByLabelText('รหัสผ่านใหม่')).toHaveValue('');
    expect(form.getByLabelText('รหัสผ่านใหม่')).toHaveAttribute('type', 'password');
    expect(card.getByText('ใช้งานได้')).toBeInTheDocument();
    expect(server.writes()).toEqual([expect.objectContaining({ method: 'PATCH', url: '/api/v1/accounts/acc-palad', body: { password: 'ลืมรหัสผ่านเดิม-2569' } })]);
  });

  it('changes a name, and a role together with its unit', async () => {
    const server = fakeServer([PLANNER, MAYOR]);
    await renderAccounts();
    const card = within(await cardOf('นายกเทศมนตรี'));
    await userEvent.click(card.getByRole('button', { name: 'จัดการบัญชี' }));
    const form = within(card.getByRole('form', { name: 'ชื่อ บทบาท และส่วนราชการ' }));
    await userEvent.click(form.getByRole('button', { name: 'บันทึกการเปลี่ยนแปลง' }));
    expect(await form.findByRole('status')).toHaveTextContent('ข้อมูลบัญชี mayor ไม่มีการเปลี่ยนแปลง');
    expect(server.writes()).toEqual([]);

    await userEvent.clear(form.getByLabelText('ชื่อ–นามสกุล'));
    await userEvent.type(form.getByLabelText('ชื่อ–นามสกุล'), 'รองนายกเทศมนตรี');
    await userEvent.click(form.getByLabelText('หัวหน้าส่วนราชการ'));
    await userEvent.selectOptions(form.getByLabelText('ส่วนราชการ'), 'กองคลัง');
    await userEvent.click(form.getByRole('button', { name: 'บันทึกการเปลี่ยนแปลง' }));
    expect(await form.findByRole('status')).toHaveTextContent('บันทึกข้อมูลบัญชี mayor แล้ว');
    expect(server.writes()).toEqual([
      expect.objectContaining({ method: 'PATCH', url: '/api/v1/accounts/acc-mayor', body: { name: 'รองนายกเทศมนตรี', role: 'department-head', unitId: 'unit-finance' } }),
    ]);
    expect(await cardOf('รองนายกเทศมนตรี')).toHaveTextContent('หัวหน้าส่วนราชการ');
  });

  it('does not let the planning officer disable themselves or give up their own role', async () => {
    fakeServer([PLANNER, FINANCE]);
    await renderAccounts();
    const card = within(await cardOf('นางสาววางแผน ดีเสมอ (คุณ)'));
    await userEvent.click(card.getByRole('button', { name: 'จัดการบัญชี' }));
    expect(card.queryByRole('button', { name: 'ปิดการใช้งานบัญชี…' })).toBeNull();
    expect(card.getByText('คุณปิดการใช้งานบัญชีของตนเองไม่ได้')).toBeInTheDocument();
    expect(card.getByRole('group', { name: 'บทบาท' })).toBeDisabled();
    expect(card.getByLabelText('ผู้บริหาร')).toBeDisabled();
    expect(card.getByRole('group', { name: 'บทบาท' })).toHaveAccessibleDescription(expect.stringContaining('คุณเปลี่ยนบทบาทของตนเองไม่ได้'));
  });

  it('asks for a sign-in over the screen when the server says the session has ended', async () => {
    const server = fakeServer([PLANNER, FINANCE]);
    server.answerWith((r) => (r.method === 'PATCH' ? refuse(401, 'unauthorized', 'กรุณาลงชื่อเข้าใช้') : undefined));
    // Not the store's 401: the accounts' own request ends the session, and the app asks for a sign-in.
    await renderAccounts({ store: await seedStore() });
    const card = within(await cardOf('ผู้อำนวยการกองคลัง'));
    await userEvent.click(card.getByRole('button', { name: 'จัดการบัญชี' }));
    await userEvent.click(card.getByRole('button', { name: 'ปิดการใช้งานบัญชี…' }));
    await userEvent.click(card.getByRole('button', { name: 'ยืนยันปิดการใช้งาน' }));
    expect(await screen.findByRole('dialog', { name: 'ลงชื่อเข้าใช้' })).toHaveTextContent('การเข้าใช้หมดเวลาแล้ว');
    expect(document.getElementById('main')).toHaveAttribute('inert');
  });
});

const THAI = /[\u0E00-\u0E7F]/u;
/** The words a form shows beside its fields and in its alert: the screen's own, not what was typed. */
const faultsOf = (form: HTMLElement) => [...form.querySelectorAll('.field-error, [role="alert"]')].map((e) => e.textContent ?? '').filter((t) => t !== '');

describe('the accounts screen in English', () => {
  const english = async () => {
    await renderAccounts({ url: '/accounts?lang=en' });
    return within(await screen.findByRole('region', { name: 'New account' }));
  };

  it('words every field’s fault of a new account by its code, with no Thai', async () => {
    const server = fakeServer([PLANNER]);
    const form = await english();
    await userEvent.type(form.getByLabelText('Username'), 'x');
    await userEvent.type(form.getByLabelText('Password'), 'short');
    await userEvent.click(form.getByRole('button', { name: 'Create the account' }));
    expect(await form.findByText('Required')).toBeInTheDocument();
    expect(form.getByLabelText('Full name')).toHaveAccessibleDescription('Required');
    expect(form.getByLabelText('Username')).toHaveAccessibleDescription(expect.stringContaining('Not in the expected form'));
    expect(form.getByLabelText('Unit')).toHaveAccessibleDescription(expect.stringContaining('A department head needs a unit; other roles have none'));
    expect(form.getByLabelText('Password')).toHaveAccessibleDescription(expect.stringContaining('at least 10'));
    const faults = faultsOf(form.getByRole('button', { name: 'Create the account' }).closest('form') as HTMLElement);
    expect(faults).toHaveLength(4);
    for (const fault of faults) expect(fault).not.toMatch(THAI);
    expect(server.writes()).toEqual([]);
  });

  it('says the server’s refusal of a field by its code beside it, and any other refusal in English', async () => {
    const server = fakeServer([PLANNER, FINANCE]);
    server.answerWith((r) =>
      r.method === 'POST'
        ? refuse(400, 'validation', 'ข้อมูลไม่ถูกต้อง', [{ path: 'username', message: 'มีบัญชีชื่อผู้ใช้ "finance" อยู่แล้ว', code: 'username-taken', values: { username: 'finance' } } as never])
        : undefined,
    );
    const form = await english();
    await userEvent.type(form.getByLabelText('Username'), 'finance');
    await userEvent.type(form.getByLabelText('Full name'), 'ผู้อำนวยการกองคลังคนใหม่');
    await userEvent.click(form.getByLabelText('Executive'));
    await userEvent.type(form.getByLabelText('Password'), 'บัญชีใหม่ของปลัด-2569');
    await userEvent.click(form.getByRole('button', { name: 'Create the account' }));
    const username = form.getByLabelText('Username');
    await waitFor(() => expect(username).toHaveAccessibleDescription(expect.stringContaining('There is already an account with the username "finance"')));
    expect(await form.findByRole('alert')).toHaveTextContent('Correct the fields as the messages under them say.');
    for (const fault of faultsOf(username.closest('form') as HTMLElement)) expect(fault).not.toMatch(THAI);

    const card = within(await cardOf('ผู้อำนวยการกองคลัง'));
    server.answerWith((r) => (r.method === 'PATCH' ? Response.json({ error: { kind: 'forbidden', message: 'เฉพาะเจ้าหน้าที่วิเคราะห์นโยบายและแผนเท่านั้นที่ทำรายการนี้ได้', code: 'planning-only' } }, { status: 403 }) : undefined));
    await userEvent.click(card.getByRole('button', { name: 'Manage' }));
    const details = within(card.getByRole('form', { name: 'Name, role and unit' }));
    await userEvent.type(details.getByLabelText('Full name'), ' (acting)');
    await userEvent.click(details.getByRole('button', { name: 'Save changes' }));
    const alert = await details.findByRole('alert');
    expect(alert).toHaveTextContent('Only the planning officer can do this');
    expect(alert.textContent).not.toMatch(THAI);
  });

  it('says the server’s refusal of a new password by its code, beside the field, in English', async () => {
    const server = fakeServer([PLANNER, LOCKED]);
    server.answerWith((r) =>
      r.method === 'PATCH'
        ? refuse(400, 'validation', 'ข้อมูลไม่ถูกต้อง', [{ path: 'password', message: 'รหัสผ่านนี้อยู่ในรายการรหัสผ่านที่ใช้กันมาก', code: 'password.common', values: {} } as never])
        : undefined,
    );
    await renderAccounts({ url: '/accounts?lang=en' });
    const card = within(await cardOf('ปลัดเทศบาล'));
    await userEvent.click(card.getByRole('button', { name: 'Manage' }));
    const form = within(card.getByRole('form', { name: 'Set a new password' }));
    await userEvent.type(form.getByLabelText('New password'), 'ลืมรหัสผ่านเดิม-2569');
    await userEvent.click(form.getByRole('button', { name: 'Save the new password' }));
    const password = form.getByLabelText('New password');
    await waitFor(() => expect(password).toHaveAccessibleDescription(expect.stringContaining('This password is among the 10,000 most used')));
    expect(password).not.toHaveAccessibleDescription(THAI);
    expect(await form.findByRole('alert')).toHaveTextContent('Correct the fields as the messages under them say.');
  });

  it.each([
    ['name-taken', 'name', { name: 'ผู้อำนวยการกองคลัง' }, 'There is already an account named "ผู้อำนวยการกองคลัง".'],
    ['unknown-unit', 'unitId', { unitId: 'unit-gone' }, 'There is no unit with the code "unit-gone"'],
  ])('words the server’s %s refusal beside its field in English', async (code, path, values, words) => {
    const server = fakeServer([PLANNER, MAYOR]);
    server.answerWith((r) => (r.method === 'PATCH' ? refuse(400, 'validation', 'ข้อมูลไม่ถูกต้อง', [{ path, message: 'ไทย', code, values } as never]) : undefined));
    await renderAccounts({ url: '/accounts?lang=en' });
    const card = within(await cardOf('นายกเทศมนตรี'));
    await userEvent.click(card.getByRole('button', { name: 'Manage' }));
    const form = within(card.getByRole('form', { name: 'Name, role and unit' }));
    await userEvent.type(form.getByLabelText('Full name'), ' 2');
    await userEvent.click(form.getByRole('button', { name: 'Save changes' }));
    const field = form.getByLabelText(path === 'name' ? 'Full name' : 'Unit', { exact: true });
    await waitFor(() => expect(field).toHaveAccessibleDescription(expect.stringContaining(words)));
  });

  it('words a wrong current password of one’s own beside it in English', async () => {
    const server = fakeServer([PLANNER]);
    server.answerWith((r) =>
      r.method === 'PATCH' ? refuse(400, 'validation', 'ข้อมูลไม่ถูกต้อง', [{ path: 'currentPassword', message: 'รหัสผ่านปัจจุบันไม่ถูกต้อง', code: 'current-password-wrong' } as never]) : undefined,
    );
    await renderAccounts({ url: '/accounts?lang=en' });
    const card = within(await cardOf('นางสาววางแผน ดีเสมอ (you)'));
    await userEvent.click(card.getByRole('button', { name: 'Manage' }));
    const form = within(card.getByRole('form', { name: 'Set a new password' }));
    await userEvent.type(form.getByLabelText('Your current password'), 'ผิด');
    await userEvent.type(form.getByLabelText('New password'), 'ลืมรหัสผ่านเดิม-2569');
    await userEvent.click(form.getByRole('button', { name: 'Save the new password' }));
    await waitFor(() => expect(form.getByLabelText('Your current password')).toHaveAccessibleDescription('The current password is not right'));
  });

  it('words an edited account’s faults in English, with no Thai', async () => {
    const server = fakeServer([PLANNER, MAYOR]);
    await renderAccounts({ url: '/accounts?lang=en' });
    const card = within(await cardOf('นายกเทศมนตรี'));
    await userEvent.click(card.getByRole('button', { name: 'Manage' }));
    const form = within(card.getByRole('form', { name: 'Name, role and unit' }));
    await userEvent.clear(form.getByLabelText('Full name'));
    await userEvent.click(form.getByLabelText('Department head'));
    await userEvent.click(form.getByRole('button', { name: 'Save changes' }));
    await waitFor(() => expect(form.getByLabelText('Full name')).toHaveAccessibleDescription('Required'));
    expect(form.getByLabelText('Unit')).toHaveAccessibleDescription(expect.stringContaining('A department head needs a unit; other roles have none'));
    for (const fault of faultsOf(card.getByRole('form', { name: 'Name, role and unit' }))) expect(fault).not.toMatch(THAI);
    expect(server.writes()).toEqual([]);
  });
});

describe('the accounts’ query hooks', () => {
  it('refuse the planning officer’s own disabling or loss of role before anything is sent', async () => {
    const server = fakeServer([PLANNER, FINANCE]);
    const store = await seedStore();
    const session = {
      preferences: DEFAULT_PREFERENCES,
      source: 'server' as const,
      server: { account: PLANNER, signOut: async () => undefined, expired: false, ended: () => undefined, resumed: () => undefined },
      savePreferences: () => true,
      notices: [],
      seed: null,
    };
    const wrapper = ({ children }: { children: ReactNode }) => (
      <SessionProvider session={session}>
        <StoreProvider store={store}>
          <QueryClientProvider client={createQueryClient({ retry: false })}>{children}</QueryClientProvider>
        </StoreProvider>
      </SessionProvider>
    );
    const { result } = renderHook(() => useUpdateAccount(), { wrapper });
    await expect(result.current.mutateAsync({ id: PLANNER.id, changes: { disabled: true } })).rejects.toThrow('ปิดการใช้งานบัญชีของตนเองไม่ได้');
    await expect(result.current.mutateAsync({ id: PLANNER.id, changes: { role: 'executive', unitId: null } })).rejects.toThrow('เปลี่ยนบทบาทเจ้าหน้าที่วิเคราะห์นโยบายและแผนของตนเองไม่ได้');
    expect(server.writes()).toEqual([]);
    // Their own name and password are theirs to change; another account may be disabled.
    await result.current.mutateAsync({ id: PLANNER.id, changes: { name: 'นางสาววางแผน ดีมาก', role: 'planning-officer', unitId: null } });
    await result.current.mutateAsync({ id: FINANCE.id, changes: { disabled: true } });
    expect(server.writes().map((w) => w.body)).toEqual([{ name: 'นางสาววางแผน ดีมาก', role: 'planning-officer', unitId: null }, { disabled: true }]);
  });
});

describe('the accounts screen, for anyone else', () => {
  it('tells a department head that only the planning officer manages accounts, and asks the server nothing', async () => {
    const server = fakeServer([PLANNER, FINANCE]);
    await renderAccounts({ signedIn: FINANCE });
    expect(await screen.findByText(/^เฉพาะเจ้าหน้าที่วิเคราะห์นโยบายและแผนเท่านั้นที่จัดการบัญชีผู้ใช้ได้/)).toBeInTheDocument();
    expect(screen.queryByRole('link', { name: 'จัดการผู้ใช้' })).toBeNull();
    expect(server.sent).toEqual([]);
  });

  it('says in browser storage that accounts exist only on the agency’s server', async () => {
    const server = fakeServer([]);
    await renderAccounts({ signedIn: null });
    expect(await screen.findByText(/^บัญชีผู้ใช้มีเฉพาะบนเซิร์ฟเวอร์ของหน่วยงาน/)).toBeInTheDocument();
    expect(screen.queryByRole('link', { name: 'จัดการผู้ใช้' })).toBeNull();
    expect(screen.queryByRole('button', { name: 'ออกจากระบบ' })).toBeNull();
    expect(server.sent).toEqual([]);
  });
});

describe('the header on the agency’s server', () => {
  it('names who is signed in and signs them out from any screen', async () => {
    const signOut = vi.fn(async () => undefined);
    await renderAccounts({ signedIn: FINANCE, url: '/', signOut });
    const header = within(screen.getByRole('banner'));
    expect(header.getByText('ผู้อำนวยการกองคลัง')).toBeInTheDocument();
    expect(header.getByText('ผู้อำนวยการกองคลัง').textContent).toBe('ลงชื่อเข้าใช้ในชื่อ ผู้อำนวยการกองคลัง');
    await userEvent.click(header.getByRole('button', { name: 'ออกจากระบบ' }));
    expect(signOut).toHaveBeenCalledTimes(1);
  });

  it('says so when signing out fails', async () => {
    await renderAccounts({ signedIn: FINANCE, url: '/', signOut: () => Promise.reject(new Error('ติดต่อเซิร์ฟเวอร์ไม่ได้')) });
    const header = within(screen.getByRole('banner'));
    await userEvent.click(header.getByRole('button', { name: 'ออกจากระบบ' }));
    expect(await header.findByRole('alert')).toHaveTextContent('ออกจากระบบไม่สำเร็จ: ติดต่อเซิร์ฟเวอร์ไม่ได้');
  });

  it('offers the accounts screen to the planning officer, in the header and in settings', async () => {
    fakeServer([PLANNER]);
    await renderAccounts({ url: '/settings' });
    expect(await screen.findByRole('link', { name: 'สร้างและจัดการบัญชีผู้ใช้ของหน่วยงาน' })).toHaveAttribute('href', '#/accounts');
    expect(within(screen.getByRole('navigation', { name: 'เมนูหลัก' })).getByRole('link', { name: 'จัดการผู้ใช้' })).toHaveAttribute('href', '#/accounts');
  });
});

describe('the meeting screen on the agency’s server', () => {
  it('asks for a sign-in over the slides when the session ends, and the slides’ keys do not take what is typed', async () => {
    const { sessionEnded } = await renderAccounts({ signedIn: FINANCE, url: '/meeting' });
    expect(await screen.findByRole('heading', { level: 2, name: 'ผลการประเมิน ITA ปี 2565' })).toBeInTheDocument();
    act(() => sessionEnded.publish('expired'));
    const dialog = within(await screen.findByRole('dialog', { name: 'ลงชื่อเข้าใช้' }));
    expect(screen.getByRole('heading', { level: 2, name: 'ผลการประเมิน ITA ปี 2565' }).closest('[inert]')).not.toBeNull();
    // P pauses the slides and 2 moves to the second; typed into the dialog they are the name's.
    await userEvent.type(dialog.getByLabelText('ชื่อผู้ใช้'), 'p2 f');
    expect(dialog.getByLabelText('ชื่อผู้ใช้')).toHaveValue('p2 f');
    expect(screen.getByText('หน้า 1 จาก 7')).toBeInTheDocument();
  });
});

describe('the accounts screen’s words', () => {
  const placeholders = placeholderNames;
  const sources = (dir: string): string[] =>
    readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? sources(join(dir, e.name)) : /\.tsx?$/.test(e.name) && e.name !== 'messages.ts' ? [readFileSync(join(dir, e.name), 'utf8')] : []));

  it('are the same keys with the same placeholders in Thai and English, none empty', () => {
    expect(Object.keys(messages.en).sort()).toEqual(Object.keys(messages.th).sort());
    for (const [key, text] of Object.entries(messages.th)) {
      expect([key, placeholders(messages.en[key as keyof typeof messages.en])]).toEqual([key, placeholders(text)]);
      expect([key, text.trim() !== '' && messages.en[key as keyof typeof messages.en].trim() !== '']).toEqual([key, true]);
    }
    expect(Object.keys(en).sort()).toEqual(Object.keys(th).sort());
  });

  it('are each used in the screen’s code, and no key means something else in another catalog', () => {
    const code = sources('src/features/accounts').join('\n');
    for (const key of Object.keys(messages.th)) expect([key, code.includes(`'${key}'`)]).toEqual([key, true]);
    const others = new Set([...Object.keys(th), ...Object.keys(settings.th)]);
    expect(Object.keys(messages.th).filter((key) => others.has(key))).toEqual([]);
  });
});
