import { expect, test, type Browser, type Page } from '@playwright/test';
import { SERVER_URL } from '../../playwright.config';
import { expectNoAxeViolations } from './support';

// The accounts the planning officer manages on the agency's server (PostgreSQL behind it), the
// header's sign-out, and the meeting screen when a session ends. The accounts `planner` and
// `finance` and their password come from tests/e2e/server/startServer.ts.
const PASSWORD = 'รหัสผ่านทดสอบ-2565';

async function signIn(page: Page, username: string, password = PASSWORD) {
  await page.getByLabel('ชื่อผู้ใช้').fill(username);
  await page.getByLabel('รหัสผ่าน').fill(password);
  await page.getByRole('button', { name: 'เข้าสู่ระบบ' }).click();
}

async function otherBrowser(browser: Browser | null) {
  const context = await browser?.newContext({ baseURL: SERVER_URL, locale: 'th-TH', timezoneId: 'Asia/Bangkok' });
  if (!context) throw new Error('no browser');
  return context;
}

/** A username no earlier run against the same database has taken. */
const freshUsername = (prefix: string) => `${prefix}-${Date.now().toString(36)}${Math.floor(Math.random() * 1296).toString(36)}`;

test.use({ baseURL: SERVER_URL });
// In order, in one worker: these sign the same accounts in and out and record on the same measures.
test.describe.configure({ mode: 'default' });

test('the planning officer makes an account for a department head, and disabling it ends that person’s session', async ({ page, browser }) => {
  // Two browsers and five password checks: at production's scrypt cost this passed the default
  // 30 s when the rest of the suite ran beside it; the limit stays generous at the tests' cost.
  test.slow();
  const username = freshUsername('head');
  const name = `หัวหน้าทดสอบ ${username}`;
  const password = 'รหัสผ่านของหัวหน้า-2569';

  await page.goto('/#/accounts');
  await signIn(page, 'planner');
  await expect(page.getByRole('heading', { level: 1, name: 'จัดการบัญชีผู้ใช้' })).toBeVisible();
  await expect(page.getByRole('region', { name: 'ผู้อำนวยการกองคลัง', exact: true })).toContainText('กองคลัง');
  await expectNoAxeViolations(page);

  const form = page.getByRole('region', { name: 'สร้างบัญชีใหม่' });
  await form.getByLabel('ชื่อผู้ใช้').fill(username);
  await form.getByLabel('ชื่อ–นามสกุล').fill(name);
  await form.getByLabel('หัวหน้าส่วนราชการ').check();
  await form.getByLabel('ส่วนราชการ', { exact: true }).selectOption({ label: 'กองคลัง' });
  await form.getByLabel('รหัสผ่าน').fill(password);
  await form.getByRole('button', { name: 'สร้างบัญชี' }).click();
  await expect(form.getByRole('status')).toHaveText(`สร้างบัญชี ${username} (${name}) แล้ว`);
  await expect(form.getByLabel('รหัสผ่าน')).toHaveValue('');
  const card = page.getByRole('region', { name, exact: true });
  await expect(card).toContainText('หัวหน้าส่วนราชการ');
  await expect(card).toContainText('ใช้งานได้');

  // The same username again: refused beside the field, and what was typed stays.
  await form.getByLabel('ชื่อผู้ใช้').fill(username);
  await form.getByLabel('ชื่อ–นามสกุล').fill('ชื่อซ้ำ');
  await form.getByLabel('ผู้บริหาร').check();
  await form.getByLabel('รหัสผ่าน').fill(password);
  await form.getByRole('button', { name: 'สร้างบัญชี' }).click();
  await expect(form.getByText(`มีบัญชีชื่อผู้ใช้ "${username}" อยู่แล้ว`)).toBeVisible();
  await expect(form.getByLabel('ชื่อ–นามสกุล')).toHaveValue('ชื่อซ้ำ');
  await expect(form.getByLabel('รหัสผ่าน')).toHaveValue(password);

  // The new department head signs in in another browser and opens one of their unit's measures.
  const other = await otherBrowser(browser);
  const head = await other.newPage();
  await head.goto('/#/measures/msr-plan-3');
  await signIn(head, username, password);
  const progress = head.getByRole('region', { name: 'บันทึกความคืบหน้า' });
  await expect(progress).toBeVisible();
  await expect(head.getByRole('banner')).toContainText(name);

  await card.getByRole('button', { name: 'จัดการบัญชี' }).click();
  await expectNoAxeViolations(page);
  await card.getByRole('button', { name: 'ปิดการใช้งานบัญชี…' }).click();
  await card.getByRole('button', { name: 'ยืนยันปิดการใช้งาน' }).click();
  await expect(card.getByRole('status').filter({ hasText: 'ปิดการใช้งานบัญชี' })).toHaveText(`ปิดการใช้งานบัญชี ${username} แล้ว`);
  await expect(card.locator('dd').filter({ hasText: /^ปิดการใช้งาน$/ })).toBeVisible();

  // Their next action finds the session gone, and signing in again is refused.
  await progress.getByLabel('ความคืบหน้า (ร้อยละ 0–100)').fill('20');
  await progress.getByLabel('ผลการดำเนินงาน').fill('บันทึกหลังบัญชีถูกปิด');
  await progress.getByRole('button', { name: 'บันทึกความคืบหน้า' }).click();
  const dialog = head.getByRole('dialog', { name: 'ลงชื่อเข้าใช้' });
  await expect(dialog).toContainText('การเข้าใช้หมดเวลาแล้ว');
  await dialog.getByLabel('ชื่อผู้ใช้').fill(username);
  await dialog.getByLabel('รหัสผ่าน').fill(password);
  await dialog.getByRole('button', { name: 'เข้าสู่ระบบ' }).click();
  await expect(dialog.getByRole('alert')).toHaveText('บัญชีนี้ถูกปิดการใช้งาน กรุณาติดต่อเจ้าหน้าที่วิเคราะห์นโยบายและแผน');
  await other.close();
});

test('a department head opening the accounts screen is told who manages accounts, and has no link to it', async ({ page }) => {
  await page.goto('/#/accounts');
  await signIn(page, 'finance');
  await expect(page.getByText(/^เฉพาะเจ้าหน้าที่วิเคราะห์นโยบายและแผนเท่านั้นที่จัดการบัญชีผู้ใช้ได้/)).toBeVisible();
  await expect(page.getByRole('navigation', { name: 'เมนูหลัก' }).getByRole('link', { name: 'จัดการผู้ใช้' })).toHaveCount(0);
});

test.describe('on a phone, 360 px wide', () => {
  test.use({ viewport: { width: 360, height: 740 } });

  test('the header names who is signed in and signs them out, and nothing is wider than the screen', async ({ page }) => {
    await page.goto('/#/accounts');
    await signIn(page, 'planner');
    await expect(page.getByRole('heading', { level: 1, name: 'จัดการบัญชีผู้ใช้' })).toBeVisible();
    await expect(page.getByRole('region', { name: 'ผู้อำนวยการกองคลัง', exact: true })).toBeVisible();
    const header = page.getByRole('banner');
    await expect(header).toContainText('นางสาววางแผน ดีเสมอ');
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
    await page.getByRole('region', { name: 'ผู้อำนวยการกองคลัง', exact: true }).getByRole('button', { name: 'จัดการบัญชี' }).click();
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);

    // On a phone the account sits in the menu, behind one button.
    await header.getByRole('button', { name: 'เมนู' }).click();
    await expect(header.getByText('นางสาววางแผน ดีเสมอ')).toBeVisible();
    await header.getByRole('button', { name: 'ออกจากระบบ' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'ลงชื่อเข้าใช้' })).toBeVisible();
    // Signed out on the server too: a reload does not bring the session back.
    await page.reload();
    await expect(page.getByRole('heading', { level: 1, name: 'ลงชื่อเข้าใช้' })).toBeVisible();
  });
});

test('the meeting screen asks for a sign-in over the slides when the session ends, and its keys leave the typing alone', async ({ page, context }) => {
  await page.goto('/#/meeting?slides=result,health');
  await signIn(page, 'finance');
  await expect(page.getByRole('heading', { level: 2, name: 'ผลการประเมิน ITA ปี 2565' })).toBeVisible();
  await context.clearCookies();
  // The screen reads its data again when it comes back into view, as it does every minute.
  await page.evaluate(() => document.dispatchEvent(new Event('visibilitychange')));
  const dialog = page.getByRole('dialog', { name: 'ลงชื่อเข้าใช้' });
  await expect(dialog).toContainText('การเข้าใช้หมดเวลาแล้ว');
  await expectNoAxeViolations(page);
  // Typed key by key: F, P, digits and space are the slides' keys when nothing else takes them.
  await dialog.getByLabel('ชื่อผู้ใช้').pressSequentially('finance');
  await dialog.getByLabel('รหัสผ่าน').pressSequentially(PASSWORD);
  await expect(dialog.getByLabel('ชื่อผู้ใช้')).toHaveValue('finance');
  await expect(page.getByText('หน้า 1 จาก 2')).toBeAttached();
  await dialog.getByRole('button', { name: 'เข้าสู่ระบบ' }).click();
  await expect(dialog).toHaveCount(0);
  await expect(page.getByRole('heading', { level: 2, name: 'ผลการประเมิน ITA ปี 2565' })).toBeVisible();
});
