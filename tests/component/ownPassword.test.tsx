import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { App } from '../../src/app/App';
import { createNoticeFeed } from '../../src/app/noticeFeed';
import { createQueryClient } from '../../src/app/queryClient';
import { PASSWORD_PROBLEMS } from '../../src/domain/passwordRule';
import type { Account } from '../../src/domain/schemas/account';
import { seedStore } from '../support/seed';

// Anyone's own password from the header, and the planning officer's own on the accounts screen,
// with the server played by a fetch that answers as the real one does.

const account = (fields: Partial<Account> & Pick<Account, 'id' | 'username' | 'name'>): Account => ({
  role: 'department-head',
  unitId: 'unit-finance',
  disabled: false,
  lockedUntil: null,
  createdAt: '2026-11-24T03:00:00.000Z',
  ...fields,
});
const FINANCE = account({ id: 'acc-finance', username: 'finance', name: 'ผู้อำนวยการกองคลัง' });
const PLANNER = account({ id: 'acc-planner', username: 'planner', name: 'นางสาววางแผน ดีเสมอ', role: 'planning-officer', unitId: null });
const CURRENT = 'รหัสเดิมของกองคลัง-2568';

interface Sent {
  method: string;
  url: string;
  body: unknown;
  headers: Record<string, string>;
}

/** The server's password routes: a wrong current password is a 400 naming it, as the server says it. */
function fakeServer(accounts: Account[]) {
  const sent: Sent[] = [];
  vi.stubGlobal('fetch', async (url: string, init: RequestInit = {}) => {
    const request = { method: init.method ?? 'GET', url, body: init.body ? (JSON.parse(String(init.body)) as unknown) : undefined, headers: (init.headers ?? {}) as Record<string, string> };
    sent.push(request);
    const { currentPassword } = (request.body ?? {}) as { currentPassword?: string };
    const wrong = () => Response.json({ error: { kind: 'validation', message: 'ข้อมูลไม่ถูกต้อง', fields: [{ path: 'currentPassword', message: 'รหัสผ่านปัจจุบันไม่ถูกต้อง' }] } }, { status: 400 });
    if (url === '/api/v1/session/password' && request.method === 'PUT') {
      return currentPassword === CURRENT ? Response.json({ account: FINANCE }) : wrong();
    }
    if (url === '/api/v1/accounts' && request.method === 'GET') return Response.json(accounts);
    const target = accounts.find((a) => url === `/api/v1/accounts/${a.id}`);
    if (target && request.method === 'PATCH') return currentPassword === undefined || currentPassword === CURRENT ? Response.json(target) : wrong();
    return Response.json({ error: { kind: 'not-found', message: 'ไม่มีบริการนี้ใน API' } }, { status: 404 });
  });
  return { writes: () => sent.filter((r) => r.method !== 'GET') };
}

async function renderApp(signedIn: Account | null, url = '/') {
  window.location.hash = `#${url}`;
  const server = signedIn && { account: signedIn, signOut: vi.fn(async () => undefined), sessionEnded: createNoticeFeed() };
  render(<App store={await seedStore()} queryClient={createQueryClient({ retry: false })} source={server ? 'server' : 'browser'} server={server} />);
}

const openDialog = async () => {
  await userEvent.click(await screen.findByRole('button', { name: 'เปลี่ยนรหัสผ่าน' }));
  return within(await screen.findByRole('dialog', { name: 'เปลี่ยนรหัสผ่านของฉัน' }));
};

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('changing one’s own password from the header', () => {
  it('words a weak new password in English, with no Thai', async () => {
    fakeServer([]);
    await renderApp(FINANCE);
    await userEvent.click(await screen.findByRole('button', { name: 'Switch to English' }));
    await userEvent.click(await screen.findByRole('button', { name: 'Change password' }));
    const dialog = within(await screen.findByRole('dialog', { name: 'Change my password' }));
    await userEvent.type(dialog.getByLabelText('New password'), 'Finance2569!');
    await userEvent.click(dialog.getByRole('button', { name: 'Change the password' }));
    const said = dialog.getByLabelText('New password');
    await waitFor(() => expect(said).toHaveAccessibleDescription(expect.stringContaining('The password is the username with only digits or symbols added')));
    await userEvent.clear(said);
    await userEvent.type(said, 'short');
    await waitFor(() => expect(said).toHaveAccessibleDescription(expect.stringContaining('at least 10 characters long')));
    expect(said.getAttribute('aria-describedby')?.split(' ').map((id) => document.getElementById(id)?.textContent ?? '').join(' ')).not.toMatch(/[\u0E00-\u0E7F]/u);
  });

  it('opens over the screen, with the current password focused and the page behind out of reach', async () => {
    fakeServer([]);
    await renderApp(FINANCE);
    const dialog = await openDialog();
    expect(dialog.getByLabelText('รหัสผ่านปัจจุบัน')).toHaveFocus();
    expect(document.getElementById('main')).toHaveAttribute('inert');
    expect(document.querySelector('header')).toHaveAttribute('inert');
  });

  it('says a weak new password and two that differ beside their fields, and sends nothing', async () => {
    // Each refusal is waited for: in two whole runs it was not yet there when the click returned,
    // though it always was in this file alone.
    const server = fakeServer([]);
    await renderApp(FINANCE);
    const dialog = await openDialog();
    await userEvent.type(dialog.getByLabelText('รหัสผ่านปัจจุบัน'), CURRENT);
    await userEvent.type(dialog.getByLabelText('รหัสผ่านใหม่'), '1234567890');
    await userEvent.click(dialog.getByRole('button', { name: 'เปลี่ยนรหัสผ่าน' }));
    await waitFor(() => expect(dialog.getByLabelText('รหัสผ่านใหม่')).toHaveAccessibleDescription(expect.stringContaining(PASSWORD_PROBLEMS.digitRun)));
    await userEvent.clear(dialog.getByLabelText('รหัสผ่านใหม่'));
    await userEvent.type(dialog.getByLabelText('รหัสผ่านใหม่'), 'Finance2569!');
    await userEvent.click(dialog.getByRole('button', { name: 'เปลี่ยนรหัสผ่าน' }));
    await waitFor(() => expect(dialog.getByLabelText('รหัสผ่านใหม่')).toHaveAccessibleDescription(expect.stringContaining(PASSWORD_PROBLEMS.username)));
    await userEvent.clear(dialog.getByLabelText('รหัสผ่านใหม่'));
    await userEvent.type(dialog.getByLabelText('รหัสผ่านใหม่'), 'ฝนตกที่พอกน้อย-2569');
    await userEvent.type(dialog.getByLabelText('ยืนยันรหัสผ่านใหม่'), 'ฝนตกที่พอกน้อย-2568');
    await userEvent.click(dialog.getByRole('button', { name: 'เปลี่ยนรหัสผ่าน' }));
    await waitFor(() => expect(dialog.getByLabelText('ยืนยันรหัสผ่านใหม่')).toHaveAccessibleDescription('รหัสผ่านใหม่ทั้งสองช่องไม่ตรงกัน'));
    expect(server.writes()).toEqual([]);
  });

  it('says a wrong current password beside it, in the server’s words, and changes it once right', async () => {
    const server = fakeServer([]);
    await renderApp(FINANCE);
    const dialog = await openDialog();
    await userEvent.type(dialog.getByLabelText('รหัสผ่านปัจจุบัน'), 'ผิดแน่นอน');
    await userEvent.type(dialog.getByLabelText('รหัสผ่านใหม่'), 'ฝนตกที่พอกน้อย-2569');
    await userEvent.type(dialog.getByLabelText('ยืนยันรหัสผ่านใหม่'), 'ฝนตกที่พอกน้อย-2569');
    await userEvent.click(dialog.getByRole('button', { name: 'เปลี่ยนรหัสผ่าน' }));
    const current = dialog.getByLabelText('รหัสผ่านปัจจุบัน');
    await waitFor(() => expect(current).toHaveAccessibleDescription('รหัสผ่านปัจจุบันไม่ถูกต้อง'));
    expect(current).toHaveFocus();

    await userEvent.clear(current);
    await userEvent.type(current, CURRENT);
    await userEvent.click(dialog.getByRole('button', { name: 'เปลี่ยนรหัสผ่าน' }));
    expect(await dialog.findByRole('status')).toHaveTextContent('เปลี่ยนรหัสผ่านแล้ว อุปกรณ์อื่นที่ลงชื่อเข้าใช้บัญชีนี้ถูกออกจากระบบแล้ว');
    expect(dialog.getByLabelText('รหัสผ่านใหม่')).toHaveValue('');
    expect(server.writes().at(-1)).toMatchObject({
      method: 'PUT',
      url: '/api/v1/session/password',
      body: { currentPassword: CURRENT, newPassword: 'ฝนตกที่พอกน้อย-2569' },
      headers: { 'X-ITA-Account': 'acc-finance' },
    });
  });

  it('closes with Escape or its button, focus back on the header’s button', async () => {
    fakeServer([]);
    await renderApp(FINANCE);
    let dialog = await openDialog();
    await userEvent.keyboard('{Escape}');
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(screen.getByRole('button', { name: 'เปลี่ยนรหัสผ่าน' })).toHaveFocus();
    expect(document.getElementById('main')).not.toHaveAttribute('inert');
    dialog = await openDialog();
    await userEvent.click(dialog.getByRole('button', { name: 'ปิด' }));
    await waitFor(() => expect(screen.getByRole('button', { name: 'เปลี่ยนรหัสผ่าน' })).toHaveFocus());
  });

  it('is not offered without the agency’s server (browser storage has no accounts)', async () => {
    await renderApp(null);
    expect(await screen.findByRole('heading', { level: 1 })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'เปลี่ยนรหัสผ่าน' })).toBeNull();
  });
});

describe('the planning officer’s own password on the accounts screen', () => {
  it('needs the current one, and sends it; someone else’s does not', async () => {
    const server = fakeServer([PLANNER, FINANCE]);
    await renderApp(PLANNER, '/accounts');
    const own = within(await screen.findByRole('region', { name: 'นางสาววางแผน ดีเสมอ (คุณ)' }));
    await userEvent.click(own.getByRole('button', { name: 'จัดการบัญชี' }));
    const form = within(own.getByRole('form', { name: 'ตั้งรหัสผ่านใหม่' }));
    await userEvent.type(form.getByLabelText('รหัสผ่านใหม่'), 'แผนงานปีใหม่-ของฉัน');
    await userEvent.click(form.getByRole('button', { name: 'บันทึกรหัสผ่านใหม่' }));
    expect(form.getByLabelText('รหัสผ่านปัจจุบันของคุณ')).toHaveAccessibleDescription('ต้องระบุรหัสผ่านปัจจุบันเพื่อตั้งรหัสผ่านใหม่ของตนเอง');
    expect(server.writes()).toEqual([]);
    await userEvent.type(form.getByLabelText('รหัสผ่านปัจจุบันของคุณ'), CURRENT);
    await userEvent.click(form.getByRole('button', { name: 'บันทึกรหัสผ่านใหม่' }));
    expect(await form.findByRole('status')).toHaveTextContent('ตั้งรหัสผ่านใหม่ของ planner แล้ว');
    expect(server.writes()).toEqual([
      expect.objectContaining({ method: 'PATCH', url: '/api/v1/accounts/acc-planner', body: { password: 'แผนงานปีใหม่-ของฉัน', currentPassword: CURRENT } }),
    ]);

    const theirs = within(await screen.findByRole('region', { name: 'ผู้อำนวยการกองคลัง' }));
    await userEvent.click(theirs.getByRole('button', { name: 'จัดการบัญชี' }));
    expect(theirs.queryByLabelText('รหัสผ่านปัจจุบันของคุณ')).toBeNull();
  });
});
