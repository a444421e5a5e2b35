import { serve } from '@hono/node-server';
import { expect, test, type Browser, type Page } from '@playwright/test';
import type { Server as HttpServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import pg from 'pg';
import { createAccounts } from '../../server/auth/accounts';
import { migrate } from '../../server/db/migrate';
import { createPool } from '../../server/db/pool';
import { createServerApp } from '../../server/serverApp';
import { startCluster, type Cluster } from '../server/pgCluster';
import { expectNoAxeViolations } from './support';

// A fresh agency server: accounts made on its machine, no records. The planning officer meets
// the first run and starts from nothing (one server) or from the sample (another); an executive
// meets a plain message until then. The build is the one the other end-to-end tests serve.
const PASSWORD = 'ทดสอบเริ่มต้นใช้งาน-7391';
const STATIC_ROOT = process.env.ITA_STATIC_DIR ?? 'dist';
// The accounts' password hashes at the tests' cost, as startServer.ts makes them.
process.env.ITA_SCRYPT_LOG_N ??= '10';

interface EmptyServer {
  url: string;
  close: () => Promise<void>;
}

let cluster: Cluster;
const servers: EmptyServer[] = [];

/** A database of its own in the cluster, migrated, with a planning officer and an executive. */
async function emptyServer(name: string): Promise<EmptyServer> {
  const admin = new pg.Client({ connectionString: cluster.url });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const pool = createPool(cluster.url.replace(/\/postgres$/, `/${name}`), { max: 4 });
  await migrate(pool);
  const accounts = createAccounts(pool);
  await accounts.create({ username: 'planner', name: 'นางสาววางแผน ดีเสมอ', role: 'planning-officer', unitId: null, password: PASSWORD });
  await accounts.create({ username: 'mayor', name: 'นายกเทศมนตรี', role: 'executive', unitId: null, password: PASSWORD });
  // Each request's log line would bury the test's own report; unexpected errors still show.
  const app = createServerApp({ pool, staticRoot: STATIC_ROOT, log: (message, error) => console.error(message, error), logRequest: () => undefined });
  const server = await new Promise<ReturnType<typeof serve>>((resolve) => {
    const started = serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' }, () => resolve(started));
  });
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    close: async () => {
      const closed = new Promise((resolve) => server.close(resolve));
      // The tests' pages keep connections open (a waiting page asks again every minute): a close
      // that waited for them outlasted the hook's limit on a busy machine.
      (server as HttpServer).closeAllConnections();
      await closed;
      await pool.end();
    },
  };
}

async function signedIn(browser: Browser, server: EmptyServer, username: string, path = '/#/'): Promise<Page> {
  const context = await browser.newContext({ baseURL: server.url, locale: 'th-TH', timezoneId: 'Asia/Bangkok' });
  const page = await context.newPage();
  await page.goto(path);
  await page.getByLabel('ชื่อผู้ใช้').fill(username);
  await page.getByLabel('รหัสผ่าน').fill(PASSWORD);
  await page.getByRole('button', { name: 'เข้าสู่ระบบ' }).click();
  return page;
}

test.describe.configure({ mode: 'serial' });

test.beforeAll(async () => {
  cluster = await startCluster();
});

test.afterAll(async () => {
  await Promise.all(servers.map((s) => s.close()));
  cluster?.stop();
});

test('an empty server: the executive waits calmly, the planning officer starts from nothing and reaches a working dashboard', async ({ browser }) => {
  const server = await emptyServer('first_run_fresh');
  servers.push(server);

  const mayor = await signedIn(browser, server, 'mayor');
  await expect(mayor.getByRole('heading', { level: 1, name: 'ยังไม่ได้ตั้งค่าข้อมูล' })).toBeVisible();
  await expect(mayor.getByText('เจ้าหน้าที่วิเคราะห์นโยบายและแผนยังไม่ได้ตั้งค่าข้อมูลของหน่วยงาน', { exact: false })).toBeVisible();
  await expect(mayor.getByRole('alert')).toHaveCount(0);
  await expect(mayor.getByRole('button', { name: 'ลองอีกครั้ง' })).toHaveCount(0);
  await expectNoAxeViolations(mayor);
  await mayor.goto('/#/meeting');
  await expect(mayor.getByText('ยังไม่มีผลการประเมิน ITA ในระบบ', { exact: false })).toBeVisible();
  await expect(mayor.getByRole('alert')).toHaveCount(0);

  const planner = await signedIn(browser, server, 'planner', '/#/settings');
  await expect(planner.getByRole('heading', { level: 1, name: 'ตั้งค่า' })).toBeVisible();
  // Every screen of an empty server: no red error anywhere, the screens that need a year point to the first run.
  for (const [path, heading] of [
    ['/#/measures', 'ยังไม่มีผลการประเมิน ITA'],
    ['/#/assessments', 'ยังไม่มีผลการประเมิน ITA'],
    ['/#/reports', 'ยังไม่มีผลการประเมิน ITA'],
    ['/#/accounts', 'จัดการบัญชีผู้ใช้'],
    ['/#/settings', 'ตั้งค่า'],
    ['/#/', 'เริ่มต้นใช้งาน'],
  ] as const) {
    await planner.goto(path);
    await expect(planner.getByRole('heading', { level: 1, name: heading })).toBeVisible();
    await expect(planner.getByRole('alert')).toHaveCount(0);
  }
  const fresh = planner.getByRole('region', { name: 'ค. เริ่มจากข้อมูลว่าง' });
  await expect(fresh.getByLabel('ชื่อหน่วยงาน')).toBeVisible();
  await expect(planner.getByRole('alert')).toHaveCount(0);
  await expectNoAxeViolations(planner);

  // Nothing typed: each field says what it needs, in Thai, and nothing is saved.
  await fresh.getByRole('button', { name: 'บันทึกและเริ่มใช้งาน' }).click();
  await expect(fresh.getByRole('alert')).toHaveText('กรุณาแก้ไขตามข้อความใต้ช่องที่กรอก');
  await expect(fresh.getByLabel('ชื่อหน่วยงาน')).toHaveAccessibleDescription(/ต้องระบุชื่อ/);
  await expect(fresh.getByLabel('ส่วนราชการที่ 1')).toHaveAccessibleDescription('ต้องระบุชื่อ');
  await expectNoAxeViolations(planner);

  await fresh.getByLabel('ชื่อหน่วยงาน').fill('เทศบาลตำบลทดลองใหม่');
  await fresh.getByLabel('ประเภทหน่วยงาน').fill('เทศบาลตำบล');
  await fresh.getByLabel('อำเภอ').fill('พรรณานิคม');
  await fresh.getByLabel('จังหวัด').fill('สกลนคร');
  await fresh.getByLabel('ส่วนราชการที่ 1').fill('สำนักปลัดเทศบาล');
  for (const [n, name] of [[2, 'กองคลัง'], [3, 'กองช่าง']] as const) {
    await fresh.getByRole('button', { name: 'เพิ่มส่วนราชการ' }).click();
    await expect(fresh.getByLabel(`ส่วนราชการที่ ${n}`)).toBeFocused();
    await planner.keyboard.type(name);
  }
  await fresh.getByLabel('ปีงบประมาณ (พ.ศ.)').fill('2565');
  await expect(fresh.getByText('ใช้เกณฑ์การประเมิน ITA 2565')).toBeVisible();
  const scores = ['95.21', '96.55', '94.00', '95.73', '78.20', '90.21', '89.70', '92.49', '100', '93.75'];
  for (const [i, score] of scores.entries()) await fresh.getByLabel(new RegExp(`^ตัวชี้วัดที่ ${i + 1} `)).fill(score);
  await fresh.getByRole('button', { name: 'บันทึกและเริ่มใช้งาน' }).click();

  await expect(planner.getByRole('heading', { level: 1 })).toHaveText('ผลการประเมิน ITA ปีงบประมาณ พ.ศ. 2565');
  await expect(planner.getByText('เทศบาลตำบลทดลองใหม่', { exact: false }).first()).toBeVisible();
  const score = planner.getByRole('region', { name: 'คะแนนรวมและระดับ' });
  await expect(score).toContainText('คำนวณจากคะแนนรายตัวชี้วัด');
  await expect(planner.getByRole('alert')).toHaveCount(0);
  await planner.goto('/#/measures');
  await expect(planner.getByRole('heading', { level: 1, name: 'ยังไม่มีผลการประเมิน ITA' })).toHaveCount(0);
  await expect(planner.getByRole('alert')).toHaveCount(0);

  // The executive's next visit finds the agency's result (an open page asks again every minute).
  await mayor.goto('/#/');
  await mayor.reload();
  await expect(mayor.getByRole('heading', { level: 1 })).toHaveText('ผลการประเมิน ITA ปีงบประมาณ พ.ศ. 2565');
});

test('an empty server: the planning officer loads the sample municipality and the dashboard shows it', async ({ browser }) => {
  const server = await emptyServer('first_run_sample');
  servers.push(server);
  const planner = await signedIn(browser, server, 'planner', '/#/reports');
  await expect(planner.getByRole('heading', { level: 1, name: 'ยังไม่มีผลการประเมิน ITA' })).toBeVisible();
  await expect(planner.getByRole('alert')).toHaveCount(0);
  await planner.getByRole('link', { name: 'ไปที่หน้าเริ่มต้นใช้งาน' }).click();
  const sample = planner.getByRole('region', { name: 'ข. ใช้ข้อมูลตัวอย่าง' });
  await sample.getByRole('button', { name: 'โหลดข้อมูลตัวอย่าง' }).click();
  await expect(planner.getByRole('heading', { level: 1 })).toHaveText('ผลการประเมิน ITA ปีงบประมาณ พ.ศ. 2565');
  await expect(planner.getByRole('region', { name: 'คะแนนรวมและระดับ' })).toContainText('93.95');
  await expectNoAxeViolations(planner);
  // Loaded for the first run only: settings on the server still offer no reset to it.
  await planner.goto('/#/settings');
  await expect(planner.getByRole('heading', { level: 1, name: 'ตั้งค่า' })).toBeVisible();
  await expect(planner.getByRole('region', { name: 'รีเซ็ตเป็นข้อมูลตัวอย่าง' })).toHaveCount(0);
});
