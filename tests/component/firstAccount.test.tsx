import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { readFileSync } from 'node:fs';
import { SignInScreen } from '../../src/app/SignInScreen';
import { firstAccountMessages } from '../../src/app/firstAccountMessages';

const ACCOUNT = {
  id: 'acc-1',
  username: 'somchai',
  name: 'นายสมชาย ใจดี',
  role: 'planning-officer',
  unitId: null,
  disabled: false,
  lockedUntil: null,
  createdAt: '2026-12-05T05:00:00.000Z',
};
const PASSWORD = 'ตะวันลับฟ้า-ที่โพธิ์น้อย';

type Answer = (url: string, body: unknown) => Response | Promise<Response>;

function renderScreen(answer: Answer, english = false) {
  const requests: { url: string; method: string; body: unknown }[] = [];
  vi.stubGlobal('fetch', async (url: string, init: RequestInit = {}) => {
    const body: unknown = init.body === undefined ? undefined : JSON.parse(String(init.body));
    requests.push({ url, method: init.method ?? 'GET', body });
    return answer(url, body);
  });
  const onSignedIn = vi.fn();
  render(<SignInScreen english={english} firstAccount onSignedIn={onSignedIn} />);
  return { onSignedIn, requests };
}

async function fill({ code = '1234-5678-9012', username = 'somchai', name = 'นายสมชาย ใจดี', password = PASSWORD, confirm }: Partial<Record<'code' | 'username' | 'name' | 'password' | 'confirm', string>> = {}) {
  await userEvent.type(await screen.findByLabelText('รหัสตั้งค่า'), code);
  await userEvent.type(screen.getByLabelText('ชื่อผู้ใช้'), username);
  await userEvent.type(screen.getByLabelText('ชื่อ-นามสกุล'), name);
  await userEvent.type(screen.getByLabelText('รหัสผ่าน'), password);
  const again = confirm ?? password;
  if (again) await userEvent.type(screen.getByLabelText('ยืนยันรหัสผ่าน'), again);
  await userEvent.click(screen.getByRole('button', { name: 'สร้างบัญชีและเข้าสู่ระบบ' }));
}

const typedStays = () => {
  expect(screen.getByLabelText('รหัสตั้งค่า')).toHaveValue('1234-5678-9012');
  expect(screen.getByLabelText('ชื่อผู้ใช้')).toHaveValue('somchai');
  expect(screen.getByLabelText('ชื่อ-นามสกุล')).toHaveValue('นายสมชาย ใจดี');
  expect(screen.getByLabelText('รหัสผ่าน')).toHaveValue(PASSWORD);
};

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('the first planning officer of an empty server', () => {
  it('is asked for instead of a sign-in, with where the setup code is', async () => {
    renderScreen(() => Response.json({}));
    expect(await screen.findByRole('heading', { level: 1, name: 'สร้างบัญชีเจ้าหน้าที่วิเคราะห์นโยบายและแผนคนแรก' })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'เข้าสู่ระบบ' })).toBeNull();
    expect(screen.getByText('docker compose logs app')).toBeInTheDocument();
    expect(screen.getByText('journalctl -u ita-dashboard')).toBeInTheDocument();
    expect(screen.getByLabelText('รหัสตั้งค่า')).toHaveFocus();
  });

  it('says what is wrong beside each field before sending anything', async () => {
    const { requests } = renderScreen(() => Response.json({}));
    await fill({ code: ' ', username: 'A B', password: '1234567890', confirm: '' });
    expect(await screen.findByText('ต้องระบุรหัสตั้งค่าจากบันทึกการทำงานของเซิร์ฟเวอร์')).toBeInTheDocument();
    expect(screen.getByLabelText('ชื่อผู้ใช้')).toHaveAccessibleDescription(expect.stringContaining('ชื่อผู้ใช้ใช้ได้เฉพาะ a–z'));
    expect(screen.getByLabelText('รหัสผ่าน')).toHaveAccessibleDescription(expect.stringContaining('รหัสผ่านเป็นตัวเลขเรียงกัน'));
    expect(screen.getByLabelText('รหัสผ่าน')).toHaveAttribute('aria-invalid', 'true');
    expect(requests).toEqual([]);
  });

  it('refuses two passwords that differ', async () => {
    const { requests } = renderScreen(() => Response.json({}));
    await fill({ confirm: `${PASSWORD}x` });
    expect(await screen.findByText('รหัสผ่านทั้งสองช่องไม่ตรงกัน')).toBeInTheDocument();
    expect(requests).toEqual([]);
  });

  it('makes the account with the code, signs in through /session, and hands the account over', async () => {
    const { onSignedIn, requests } = renderScreen((url) => (url.endsWith('/setup/first-account') ? Response.json({ account: ACCOUNT }, { status: 201 }) : Response.json({ account: ACCOUNT })));
    await fill();
    await vi.waitFor(() => expect(onSignedIn).toHaveBeenCalledWith(ACCOUNT));
    expect(requests.map((r) => [r.method, r.url, r.body])).toEqual([
      ['POST', '/api/v1/setup/first-account', { setupCode: '1234-5678-9012', username: 'somchai', name: 'นายสมชาย ใจดี', password: PASSWORD }],
      ['POST', '/api/v1/session', { username: 'somchai', password: PASSWORD }],
    ]);
  });

  it('says a wrong code beside the code, and keeps everything typed', async () => {
    const message = 'รหัสตั้งค่าไม่ถูกต้อง ดูรหัสในบันทึกการทำงานของเซิร์ฟเวอร์ ใส่ได้อีก 9 ครั้ง';
    const { onSignedIn } = renderScreen((url) =>
      url.endsWith('/setup') ? Response.json({ firstAccount: true }) : Response.json({ error: { kind: 'forbidden', message } }, { status: 403 }),
    );
    await fill();
    await vi.waitFor(() => expect(screen.getByLabelText('รหัสตั้งค่า')).toHaveAccessibleDescription(expect.stringContaining(message)));
    expect(screen.getByLabelText('รหัสตั้งค่า')).toHaveFocus();
    typedStays();
    expect(onSignedIn).not.toHaveBeenCalled();
  });

  it('says the server’s password refusal beside the password, and keeps everything typed', async () => {
    const message = 'รหัสผ่านนี้อยู่ในรายการรหัสผ่านที่คนใช้กันมาก';
    renderScreen(() => Response.json({ error: { kind: 'validation', message: 'ข้อมูลไม่ถูกต้อง', fields: [{ path: 'password', message }] } }, { status: 400 }));
    await fill();
    await vi.waitFor(() => expect(screen.getByLabelText('รหัสผ่าน')).toHaveAccessibleDescription(expect.stringContaining(message)));
    expect(screen.getByRole('alert')).toHaveTextContent('กรุณาแก้ไขตามข้อความใต้ช่องที่กรอก');
    typedStays();
  });

  it('becomes the sign-in when someone else made the first account meanwhile', async () => {
    const message = 'เซิร์ฟเวอร์นี้มีบัญชีผู้ใช้แล้ว กรุณาลงชื่อเข้าใช้';
    renderScreen((url) => (url.endsWith('/setup') ? Response.json({ firstAccount: false }) : Response.json({ error: { kind: 'forbidden', message } }, { status: 403 })));
    await fill();
    const main = await screen.findByRole('main');
    expect(await within(main).findByRole('heading', { level: 1, name: 'ลงชื่อเข้าใช้' })).toBeInTheDocument();
    expect(within(main).getByRole('status')).toHaveTextContent(message);
    expect(within(main).getByRole('button', { name: 'เข้าสู่ระบบ' })).toBeInTheDocument();
  });

  it('has its words in English too, every key used', async () => {
    renderScreen(() => Response.json({}), true);
    expect(await screen.findByRole('heading', { level: 1, name: 'Create the first planning officer' })).toBeInTheDocument();
    expect(screen.getByLabelText('Setup code')).toBeInTheDocument();
    expect(Object.keys(firstAccountMessages.en).sort()).toEqual(Object.keys(firstAccountMessages.th).sort());
    const sources = ['src/app/FirstAccountForm.tsx', 'src/app/SignInScreen.tsx'].map((f) => readFileSync(f, 'utf8')).join('\n');
    for (const key of Object.keys(firstAccountMessages.th)) expect(sources, key).toContain(`'${key}'`);
  });
});

describe('the first account form in English', () => {
  it('says what is missing in English, from the schema’s codes', async () => {
    const { requests } = renderScreen(() => Response.json({}), true);
    await userEvent.type(await screen.findByLabelText('Full name'), 'Somchai');
    await userEvent.click(screen.getByRole('button', { name: 'Create the account and sign in' }));
    expect(await screen.findByLabelText('Setup code')).toHaveAccessibleDescription(expect.stringContaining('Required'));
    expect(document.body.textContent).not.toMatch(/ต้องระบุ/);
    expect(requests.filter((r) => r.method === 'POST')).toEqual([]);
  });

  it('words a weak password in English, with no Thai', async () => {
    const { requests } = renderScreen(() => Response.json({}), true);
    await userEvent.type(await screen.findByLabelText('Password'), '1234567890');
    await userEvent.click(screen.getByRole('button', { name: 'Create the account and sign in' }));
    const error = await screen.findByText('The password is digits in a row (such as 1234567890), which is easy to guess.');
    expect(error.textContent).not.toMatch(/[\u0E00-\u0E7F]/u);
    expect(requests.filter((r) => r.method === 'POST')).toEqual([]);
  });

  async function fillInEnglish() {
    await userEvent.type(await screen.findByLabelText('Setup code'), '1234-5678-9012');
    await userEvent.type(screen.getByLabelText('Username'), 'somchai');
    await userEvent.type(screen.getByLabelText('Full name'), 'Somchai Jaidee');
    await userEvent.type(screen.getByLabelText('Password'), PASSWORD);
    await userEvent.type(screen.getByLabelText('Password again'), PASSWORD);
    await userEvent.click(screen.getByRole('button', { name: 'Create the account and sign in' }));
  }
  const THAI = /[\u0E00-\u0E7F]/u;

  it('words the server’s refusal of a wrong code in English, from its code, with the tries left', async () => {
    const refused = { kind: 'forbidden', message: 'รหัสตั้งค่าไม่ถูกต้อง ใส่ได้อีก 9 ครั้ง', code: 'setup.codeWrong', values: { triesLeft: 9 } };
    renderScreen((url) => (url.endsWith('/setup') ? Response.json({ firstAccount: true }) : Response.json({ error: refused }, { status: 403 })), true);
    await fillInEnglish();
    const code = screen.getByLabelText('Setup code');
    await vi.waitFor(() => expect(code).toHaveAccessibleDescription(expect.stringContaining('The setup code is wrong')));
    expect(code).toHaveAccessibleDescription(expect.stringContaining('9 tries left.'));
    expect(document.getElementById(code.getAttribute('aria-describedby')?.split(' ').at(-1) ?? '')?.textContent).not.toMatch(THAI);
  });

  it('words the server’s common-password refusal in English, from its code', async () => {
    const fault = { path: 'password', message: 'รหัสผ่านนี้อยู่ในรายการรหัสผ่านที่ใช้กันมากที่สุด 10,000 รายการ', code: 'password.common', values: {} };
    renderScreen(() => Response.json({ error: { kind: 'validation', message: 'ข้อมูลไม่ถูกต้อง', fields: [fault] } }, { status: 400 }), true);
    await fillInEnglish();
    await vi.waitFor(() => expect(screen.getByLabelText('Password')).toHaveAccessibleDescription(expect.stringContaining('This password is among the 10,000 most used')));
    expect(screen.getByRole('alert')).toHaveTextContent('Correct the fields as the messages under them say.');
  });

  it('becomes the sign-in saying in English that the server has accounts already', async () => {
    const refused = { kind: 'forbidden', message: 'เซิร์ฟเวอร์นี้มีบัญชีผู้ใช้แล้ว กรุณาลงชื่อเข้าใช้', code: 'setup.accountsExist', values: {} };
    renderScreen((url) => (url.endsWith('/setup') ? Response.json({ firstAccount: false }) : Response.json({ error: refused }, { status: 403 })), true);
    await fillInEnglish();
    const main = await screen.findByRole('main');
    expect(await within(main).findByRole('heading', { level: 1, name: 'Sign in' })).toBeInTheDocument();
    expect(within(main).getByRole('status')).toHaveTextContent('This server has accounts already: sign in.');
    expect(within(main).getByRole('status').textContent).not.toMatch(THAI);
  });
});
