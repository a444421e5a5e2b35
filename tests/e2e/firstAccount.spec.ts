import { expect, test } from '@playwright/test';
import { spawn, type ChildProcess } from 'node:child_process';
import pg from 'pg';
import { startCluster, type Cluster } from '../server/pgCluster';
import { expectNoAxeViolations } from './support';

// An agency server installed a moment ago: no account, no data. The server itself is started as
// the IT person starts it (server/main.ts), and the setup code is read off its log, as they read
// it; the first planning officer is made in the browser and lands on the first run.
const PASSWORD = 'ตะวันลับฟ้า-ที่โพธิ์น้อย';
const STATIC_ROOT = process.env.ITA_STATIC_DIR ?? 'dist';

let cluster: Cluster;
let server: ChildProcess | undefined;
let url = '';
let code = '';

test.beforeAll(async () => {
  test.setTimeout(120_000);
  cluster = await startCluster();
  const admin = new pg.Client({ connectionString: cluster.url });
  await admin.connect();
  await admin.query('CREATE DATABASE first_account');
  await admin.end();
  const child = spawn(process.execPath, ['--import', 'tsx', 'server/main.ts'], {
    env: { ...process.env, DATABASE_URL: cluster.url.replace(/\/postgres$/, '/first_account'), ITA_STATIC_DIR: STATIC_ROOT, HOST: '127.0.0.1', PORT: '0', ITA_SCRYPT_LOG_N: '10' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  server = child;
  let output = '';
  await new Promise<void>((resolve, reject) => {
    const take = (d: Buffer) => {
      output += d.toString();
      const listening = /listening on (http:\/\/\S+)/.exec(output);
      const printed = /create the first planning officer with the setup code: (\d{4}-\d{4}-\d{4})/.exec(output);
      if (listening?.[1] && printed?.[1]) {
        url = listening[1].replace('localhost', '127.0.0.1');
        code = printed[1];
        resolve();
      }
    };
    child.stdout?.on('data', take);
    child.stderr?.on('data', take);
    child.once('exit', (status) => reject(new Error(`the server stopped (${status}):\n${output}`)));
  });
});

test.afterAll(async () => {
  if (server && server.exitCode === null) {
    const exited = new Promise((resolve) => server?.once('exit', resolve));
    server.kill('SIGTERM');
    await exited;
  }
  cluster?.stop();
});

test('an empty server makes its first planning officer in the browser with the code from its log', async ({ browser }) => {
  const context = await browser.newContext({ baseURL: url, locale: 'th-TH', timezoneId: 'Asia/Bangkok' });
  const page = await context.newPage();
  await page.goto('/#/');
  await expect(page.getByRole('heading', { level: 1, name: 'สร้างบัญชีเจ้าหน้าที่วิเคราะห์นโยบายและแผนคนแรก' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'เข้าสู่ระบบ', exact: true })).toHaveCount(0);
  await expectNoAxeViolations(page);

  const wrong = code.replace(/^\d/, (d) => String((Number(d) + 1) % 10));
  await page.getByLabel('รหัสตั้งค่า').fill(wrong);
  await page.getByLabel('ชื่อผู้ใช้').fill('somchai');
  await page.getByLabel('ชื่อ-นามสกุล').fill('นายสมชาย ใจดี');
  await page.getByLabel('รหัสผ่าน', { exact: true }).fill(PASSWORD);
  await page.getByLabel('ยืนยันรหัสผ่าน').fill(PASSWORD);
  await page.getByRole('button', { name: 'สร้างบัญชีและเข้าสู่ระบบ' }).click();
  await expect(page.getByText(/รหัสตั้งค่าไม่ถูกต้อง .* ใส่ได้อีก 9 ครั้ง/)).toBeVisible();
  await expect(page.getByLabel('ชื่อ-นามสกุล')).toHaveValue('นายสมชาย ใจดี');

  // Read off the log with spaces for dashes, as a person types it.
  await page.getByLabel('รหัสตั้งค่า').fill(code.replace(/-/g, ' '));
  await page.getByRole('button', { name: 'สร้างบัญชีและเข้าสู่ระบบ' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'เริ่มต้นใช้งาน' })).toBeVisible();
  await expect(page.getByRole('banner')).toContainText('นายสมชาย ใจดี');

  // Another browser now meets the sign-in: the server has its account.
  const other = await (await browser.newContext({ baseURL: url, locale: 'th-TH' })).newPage();
  await other.goto('/#/');
  await expect(other.getByRole('heading', { level: 1, name: 'ลงชื่อเข้าใช้' })).toBeVisible();
  await context.close();
});
