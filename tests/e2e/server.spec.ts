import { expect, test, type Page } from '@playwright/test';
import { SERVER_URL } from '../../playwright.config';
import { expectNoAxeViolations } from './support';

// The production build served by the agency's server on PostgreSQL: sign-in, the shared data,
// and a session that ends under a form without losing what was typed.
const PASSWORD = 'รหัสผ่านทดสอบ-2565';

async function signIn(page: Page, username: string, password = PASSWORD) {
  await page.getByLabel('ชื่อผู้ใช้').fill(username);
  await page.getByLabel('รหัสผ่าน').fill(password);
  await page.getByRole('button', { name: 'เข้าสู่ระบบ' }).click();
}

test.use({ baseURL: SERVER_URL });
// In order, in one worker: these sign the same accounts in and out and record on the same measures.
test.describe.configure({ mode: 'default' });

test('signs in on the agency’s server, records progress into PostgreSQL, and signs out', async ({ page }) => {
  await page.goto('/#/');
  await expect(page.getByRole('heading', { level: 1, name: 'ลงชื่อเข้าใช้' })).toBeVisible();
  await expectNoAxeViolations(page);
  await signIn(page, 'finance', 'not the password');
  await expect(page.getByRole('alert')).toHaveText('ชื่อผู้ใช้หรือรหัสผ่านไม่ถูกต้อง');
  await expect(page.getByLabel('ชื่อผู้ใช้')).toHaveValue('finance');

  await signIn(page, 'finance');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('ผลการประเมิน ITA ปีงบประมาณ พ.ศ. 2565');
  await page.goto('/#/measures/msr-plan-3');
  const form = page.getByRole('region', { name: 'บันทึกความคืบหน้า' });
  await form.getByLabel('ความคืบหน้า (ร้อยละ 0–100)').fill('35');
  await form.getByLabel('ผลการดำเนินงาน').fill('บันทึกผ่านเซิร์ฟเวอร์ของหน่วยงาน');
  await form.getByRole('button', { name: 'บันทึกความคืบหน้า' }).click();
  await expect(form.getByRole('status')).toContainText('บันทึกความคืบหน้าร้อยละ 35 แล้ว');

  // Another browser, another person: the same data set, from the server.
  const other = await page.context().browser()?.newContext({ baseURL: SERVER_URL, locale: 'th-TH' });
  if (!other) throw new Error('no browser');
  const planner = await other.newPage();
  await planner.goto('/#/measures/msr-plan-3');
  await signIn(planner, 'planner');
  await expect(planner.getByRole('region', { name: 'ประวัติความคืบหน้า' })).toContainText('บันทึกผ่านเซิร์ฟเวอร์ของหน่วยงาน');
  await other.close();

  await page.goto('/#/settings');
  const account = page.getByRole('region', { name: 'บัญชีผู้ใช้' });
  await expect(account).toContainText('ลงชื่อเข้าใช้ในชื่อ ผู้อำนวยการกองคลัง (finance) บทบาท หัวหน้าส่วนราชการ');
  // Nothing here can wipe the agency's shared data or pretend to be someone else.
  await expect(page.getByRole('region', { name: 'ผู้ใช้งานเครื่องนี้' })).toHaveCount(0);
  await expect(page.getByRole('region', { name: 'รีเซ็ตเป็นข้อมูลตัวอย่าง' })).toHaveCount(0);
  await expectNoAxeViolations(page);
  await account.getByRole('button', { name: 'ออกจากระบบ' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'ลงชื่อเข้าใช้' })).toBeVisible();
});

test('a session that ends under a form asks for a sign-in over it, and the typed words survive to be saved', async ({ page, context }) => {
  await page.goto('/#/measures/msr-plan-3');
  await signIn(page, 'finance');
  const form = page.getByRole('region', { name: 'บันทึกความคืบหน้า' });
  await form.getByLabel('ความคืบหน้า (ร้อยละ 0–100)').fill('45');
  await form.getByLabel('ผลการดำเนินงาน').fill('พิมพ์ไว้ก่อนหมดเวลา');
  await context.clearCookies();
  await form.getByRole('button', { name: 'บันทึกความคืบหน้า' }).click();

  const dialog = page.getByRole('dialog', { name: 'ลงชื่อเข้าใช้' });
  await expect(dialog).toContainText('การเข้าใช้หมดเวลาแล้ว');
  await expectNoAxeViolations(page);
  await dialog.getByLabel('ชื่อผู้ใช้').fill('finance');
  await dialog.getByLabel('รหัสผ่าน').fill(PASSWORD);
  await dialog.getByRole('button', { name: 'เข้าสู่ระบบ' }).click();
  await expect(dialog).toHaveCount(0);
  await expect(form.getByLabel('ผลการดำเนินงาน')).toHaveValue('พิมพ์ไว้ก่อนหมดเวลา');
  await form.getByRole('button', { name: 'บันทึกความคืบหน้า' }).click();
  await expect(form.getByRole('status')).toContainText('บันทึกความคืบหน้าร้อยละ 45 แล้ว');
});
