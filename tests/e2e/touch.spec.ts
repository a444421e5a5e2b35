import { expect, test } from '@playwright/test';
import { smallTouchTargets } from './support';

// A department head records progress on a phone: every control must take a thumb. One page
// goes from screen to screen (a hash change, as a link does): a fresh page and store for each
// cost more than the checks.
test.describe('touch targets at 360 px', () => {
  test.use({ viewport: { width: 360, height: 740 } });

  test('no control on the main screens is smaller than 44 × 44 px', async ({ page }) => {
    for (const [screen, path, ready] of [
      ['the dashboard', '/#/', 'คะแนนรวมและระดับ'],
      ['the measures list', '/#/measures?archived=1', 'แสดง 9 จาก 9 มาตรการ'],
      ['a measure with its progress form', '/#/measures/msr-plan-3', 'บันทึกความคืบหน้า'],
      ['the new-measure form', '/#/measures/new', 'บันทึกมาตรการ'],
      ['settings', '/#/settings', 'ผู้ใช้งานเครื่องนี้'],
      ['the assessments screen', '/#/assessments', 'นำเข้าคะแนนจากไฟล์'],
      ['the reports screen', '/#/reports', 'พิมพ์ / บันทึกเป็น PDF'],
      ['the framework editor', '/#/assessments/framework?year=2565', 'บันทึกเกณฑ์ของปี 2565'],
    ] as const) {
      await page.goto(path);
      await expect(page.getByText(ready, { exact: true }).first()).toBeVisible();
      await page.locator('details').evaluateAll((all) => all.forEach((d) => ((d as HTMLDetailsElement).open = true)));
      expect.soft(await smallTouchTargets(page), `${screen} has no control smaller than 44 × 44 px`).toEqual([]);
    }
  });
});
