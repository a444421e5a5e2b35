import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { SignInForm } from '../../src/app/SignInForm';
import { I18nProvider } from '../../src/i18n/i18n';

const ACCOUNT = {
  id: 'acc-1',
  username: 'finance',
  name: 'ผู้อำนวยการกองคลัง',
  role: 'department-head',
  unitId: 'unit-finance',
  disabled: false,
  lockedUntil: null,
  createdAt: '2026-12-04T05:00:00.000Z',
};

function renderForm(answer: (body: unknown) => Response | Promise<Response>, language: 'th' | 'en' = 'th') {
  const requests: { url: string; body: unknown }[] = [];
  vi.stubGlobal('fetch', async (url: string, init: RequestInit) => {
    const body: unknown = JSON.parse(String(init.body));
    requests.push({ url, body });
    return answer(body);
  });
  const onSignedIn = vi.fn();
  render(
    <I18nProvider language={language}>
      <SignInForm onSignedIn={onSignedIn} />
    </I18nProvider>,
  );
  return { onSignedIn, requests };
}

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('signing in on the agency’s server', () => {
  it('asks for both fields before sending anything', async () => {
    const { requests } = renderForm(() => Response.json({}));
    await userEvent.click(await screen.findByRole('button', { name: 'เข้าสู่ระบบ' }));
    expect(screen.getByRole('alert')).toHaveTextContent('กรุณากรอกชื่อผู้ใช้และรหัสผ่าน');
    expect(requests).toEqual([]);
  });

  it('says the server’s refusal in its Thai words, keeps the name and clears the password', async () => {
    renderForm(() => Response.json({ error: { kind: 'unauthorized', message: 'ชื่อผู้ใช้หรือรหัสผ่านไม่ถูกต้อง' } }, { status: 401 }));
    await userEvent.type(await screen.findByLabelText('ชื่อผู้ใช้'), 'finance');
    await userEvent.type(screen.getByLabelText('รหัสผ่าน'), 'wrong one');
    await userEvent.click(screen.getByRole('button', { name: 'เข้าสู่ระบบ' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('ชื่อผู้ใช้หรือรหัสผ่านไม่ถูกต้อง');
    expect(screen.getByLabelText('ชื่อผู้ใช้')).toHaveValue('finance');
    expect(screen.getByLabelText('รหัสผ่าน')).toHaveValue('');
  });

  it('hands over the account the server signed in, sending the name and password to /api/v1/session', async () => {
    const { onSignedIn, requests } = renderForm(() => Response.json({ account: ACCOUNT }));
    await userEvent.type(await screen.findByLabelText('ชื่อผู้ใช้'), 'finance');
    await userEvent.type(screen.getByLabelText('รหัสผ่าน'), 'รหัสผ่านทดสอบ-2565');
    await userEvent.click(screen.getByRole('button', { name: 'เข้าสู่ระบบ' }));
    await vi.waitFor(() => expect(onSignedIn).toHaveBeenCalledWith(ACCOUNT));
    expect(requests).toEqual([{ url: '/api/v1/session', body: { username: 'finance', password: 'รหัสผ่านทดสอบ-2565' } }]);
  });

  it('says so in Thai when the server cannot be reached', async () => {
    renderForm(() => Promise.reject(new TypeError('fetch failed')));
    await userEvent.type(await screen.findByLabelText('ชื่อผู้ใช้'), 'finance');
    await userEvent.type(screen.getByLabelText('รหัสผ่าน'), 'anything at all');
    await userEvent.click(screen.getByRole('button', { name: 'เข้าสู่ระบบ' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('ติดต่อเซิร์ฟเวอร์ไม่ได้');
  });

  it('says the server’s Thai for a refusal it names by code, as the API sends it', async () => {
    const error = { kind: 'rate-limited', message: 'ใส่รหัสผ่านผิดหลายครั้ง บัญชีนี้ถูกพักการลงชื่อเข้าใช้ถึงเวลา 14:35 น.', code: 'signIn.locked', values: { time: '14:35', minutes: 12 } };
    renderForm(() => Response.json({ error }, { status: 429 }));
    await userEvent.type(await screen.findByLabelText('ชื่อผู้ใช้'), 'finance');
    await userEvent.type(screen.getByLabelText('รหัสผ่าน'), 'wrong one');
    await userEvent.click(screen.getByRole('button', { name: 'เข้าสู่ระบบ' }));
    expect(await screen.findByRole('alert')).toHaveTextContent(error.message);
  });
});

describe('signing in, in English', () => {
  const THAI = /[\u0E00-\u0E7F]/u;
  const refusal = (status: number, kind: string, code: string, values: Record<string, unknown> = {}) => () =>
    Response.json({ error: { kind, message: 'ข้อความภาษาไทยของเซิร์ฟเวอร์', code, values } }, { status, headers: status === 503 ? { 'Retry-After': '5' } : {} });

  it.each([
    ['a wrong password', refusal(401, 'unauthorized', 'signIn.wrong'), 'The username or the password is wrong.'],
    ['a disabled account', refusal(401, 'unauthorized', 'signIn.disabled'), 'This account has been disabled: ask the planning officer.'],
    ['a locked account', refusal(429, 'rate-limited', 'signIn.locked', { time: '14:35', minutes: 12 }), 'Too many wrong passwords: this account cannot sign in until 14:35.'],
    ['too many tries', refusal(429, 'rate-limited', 'signIn.tooManyTries', { minutes: 15 }), 'Too many failed sign-ins from this device: wait 15 minutes and try again.'],
    ['a full queue', refusal(503, 'busy', 'signIn.busy'), 'The server is checking many passwords at once: try again in a moment.'],
    ['no server at all', () => Promise.reject(new TypeError('fetch failed')), 'The server cannot be reached: check the connection and try again'],
  ] as const)('words %s in English, from its code', async (_what, answer, words) => {
    renderForm(answer, 'en');
    await userEvent.click(await screen.findByRole('button', { name: 'Sign in' }));
    expect(screen.getByRole('alert')).toHaveTextContent('Enter your username and password.');
    await userEvent.type(screen.getByLabelText('Username'), 'finance');
    await userEvent.type(screen.getByLabelText('Password'), 'wrong one');
    await userEvent.click(screen.getByRole('button', { name: 'Sign in' }));
    await vi.waitFor(() => expect(screen.getByRole('alert')).toHaveTextContent(words));
    expect(screen.getByRole('alert').textContent).not.toMatch(THAI);
  });
});
