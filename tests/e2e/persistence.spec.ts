import { expect, test } from '@playwright/test';
import { expectNoAxeViolations, improvementLine, openSettings, setImprovementMark } from './support';

test.describe('browser storage', () => {
  test('keeps a change across a reload', async ({ page }) => {
    await openSettings(page);
    await setImprovementMark(page, '88');
    await expect(page.getByRole('region', { name: 'เกณฑ์ที่ต้องปรับปรุง' }).getByRole('status')).toHaveText('บันทึกแล้ว');
    await page.reload();
    await expect(page.getByLabel('คะแนนต่ำกว่าเท่าใดถือว่าต้องปรับปรุง (0–100)')).toHaveValue('88');
    await page.goto('/#/');
    await expect(improvementLine(page)).toHaveText('เส้นเกณฑ์ควรปรับปรุง 88.00');
  });

  test('shows a change made in one tab in another within a second', async ({ context }) => {
    const dashboard = await context.newPage();
    await dashboard.goto('/#/');
    await expect(improvementLine(dashboard)).toHaveText('เส้นเกณฑ์ควรปรับปรุง 90.00');
    const settings = await context.newPage();
    await openSettings(settings);
    await setImprovementMark(settings, '87.5');
    await expect(improvementLine(dashboard)).toHaveText('เส้นเกณฑ์ควรปรับปรุง 87.50', { timeout: 1_000 });
  });

  test('refuses a mark out of range beside the field, and keeps what was typed', async ({ page }) => {
    await openSettings(page);
    await setImprovementMark(page, '120');
    const field = page.getByLabel('คะแนนต่ำกว่าเท่าใดถือว่าต้องปรับปรุง (0–100)');
    await expect(field).toHaveAttribute('aria-invalid', 'true');
    await expect(page.getByText('กรุณากรอกตัวเลขระหว่าง 0 ถึง 100')).toBeVisible();
    await expect(field).toHaveValue('120');
  });

  test('has a settings screen with no accessibility violations, on a phone too', async ({ page }) => {
    await openSettings(page);
    await expectNoAxeViolations(page);
    await page.setViewportSize({ width: 360, height: 740 });
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
    await expectNoAxeViolations(page);
  });

  test('starts, warns and keeps the data when a record was damaged by hand', async ({ page }) => {
    await page.goto('/#/');
    await expect(improvementLine(page)).toBeVisible();
    await page.evaluate(
      () =>
        new Promise<void>((resolve, reject) => {
          const open = indexedDB.open('ita-measures');
          open.onerror = () => reject(open.error);
          open.onsuccess = () => {
            const tx = open.result.transaction('measures', 'readwrite');
            tx.objectStore('measures').put({ id: 'msr-plan-2', title: 42, note: 'แก้ด้วยมือ' });
            tx.oncomplete = () => (open.result.close(), resolve());
            tx.onerror = () => reject(tx.error);
          };
        }),
    );
    await page.reload();
    const alert = page.getByRole('alert').filter({ hasText: 'อ่านข้อมูลบางรายการไม่ได้ (1 รายการ)' });
    await expect(alert).toContainText('อ่านข้อมูลมาตรการ รหัส "msr-plan-2" ไม่ได้');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('ผลการประเมิน ITA ปีงบประมาณ พ.ศ. 2565');
    const download = page.waitForEvent('download');
    await alert.getByRole('button', { name: 'ส่งออกข้อมูลที่อ่านไม่ได้ (JSON)' }).click();
    const file = await download;
    const exported = JSON.parse(await (await file.createReadStream()).toArray().then((c) => Buffer.concat(c).toString('utf8')));
    expect(exported[0].raw).toEqual({ id: 'msr-plan-2', title: 42, note: 'แก้ด้วยมือ' });
    const stillThere = await page.evaluate(
      () =>
        new Promise<unknown>((resolve) => {
          const open = indexedDB.open('ita-measures');
          open.onsuccess = () => {
            const get = open.result.transaction('measures').objectStore('measures').get('msr-plan-2');
            get.onsuccess = () => (open.result.close(), resolve(get.result));
          };
        }),
    );
    expect(stillThere).toEqual({ id: 'msr-plan-2', title: 42, note: 'แก้ด้วยมือ' });
  });

  test('still renders and says why when the database cannot be opened', async ({ page }) => {
    // A database left by a newer release of the app: this one must not touch it.
    await page.goto('/#/');
    await expect(improvementLine(page)).toBeVisible();
    await page.evaluate(
      () =>
        new Promise<void>((resolve) => {
          const open = indexedDB.open('ita-measures', 99);
          open.onsuccess = () => (open.result.close(), resolve());
        }),
    );
    await page.reload();
    await expect(page.getByRole('navigation', { name: 'เมนูหลัก' })).toBeVisible();
    await expect(page.getByRole('alert').first()).toContainText('ข้อมูลในเบราว์เซอร์นี้บันทึกโดยแอปรุ่นที่ใหม่กว่า');
  });
});
