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

function renderForm(answer: (body: unknown) => Response | Promise<Response>) {
  const requests: { url: string; body: unknown }[] = [];
  vi.stubGlobal('fetch', async (url: string, init: RequestInit) => {
    const body: unknown = JSON.parse(String(init.body));
    requests.push({ url, body });
    return answer(body);
  });
  const onSignedIn = vi.fn();
  render(
    <I18nProvider language="th">
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
});
