import { expect, test, type Page } from '@playwright/test';
import { expectNoAxeViolations, openSettings } from './support';

// Issue 12 end to end: the planning officer sets the monthly meeting; the head of กองคลัง
// records an update from "my work"; the unit's count of measures not updated since the last
// meeting drops on the dashboard and on the meeting screen.
const fresh = (page: Page) => page.getByRole('region', { name: 'การบันทึกความคืบหน้าก่อนการประชุม' });

async function becomeFinanceHead(page: Page) {
  await openSettings(page);
  const user = page.getByRole('region', { name: 'ผู้ใช้งานเครื่องนี้' });
  await user.getByLabel('ชื่อผู้ใช้').fill('ผู้อำนวยการกองคลัง');
  await user.getByRole('radio', { name: 'หัวหน้าส่วนราชการ' }).check();
  await user.getByRole('combobox', { name: 'ส่วนราชการที่สังกัด' }).selectOption({ label: 'กองคลัง' });
  await user.getByRole('button', { name: 'บันทึก' }).click();
}

test('a meeting calendar, an update from my work, and the unit’s count dropping on the dashboard and the meeting screen', async ({ page }) => {
  await openSettings(page);
  const meetings = page.getByRole('region', { name: 'วันประชุมประจำเดือน' });
  await meetings.getByRole('radio', { name: /^วันในสัปดาห์ของเดือน/ }).check();
  await expect(meetings.getByRole('combobox', { name: 'สัปดาห์' })).toHaveValue('2');
  await expect(meetings.getByRole('list').first()).toContainText('วันอังคารที่');
  await expectNoAxeViolations(page);
  await meetings.getByRole('button', { name: 'บันทึก' }).click();
  await expect(meetings.getByRole('status')).toHaveText('บันทึกแล้ว');

  await page.goto('/#/');
  await expect(fresh(page)).toContainText(/การประชุมครั้งต่อไป: วัน.+ที่ \d+ .+ 25\d\d/);
  await expect(fresh(page).getByText('กองคลัง ยังไม่อัปเดต 1 จาก 1')).toBeVisible();
  await expectNoAxeViolations(page);
  await page.goto('/#/meeting?slides=fresh');
  await expect(page.getByText('กองคลังยังไม่อัปเดต 1 จาก 1 มาตรการ')).toBeVisible();

  await becomeFinanceHead(page);
  await page.goto('/#/');
  const mine = page.getByRole('region', { name: /^งานของฉันก่อนการประชุม/ });
  await mine.getByRole('list', { name: 'มาตรการที่ต้องบันทึกความคืบหน้า' }).getByRole('link', { name: 'บันทึกความคืบหน้า: การสร้างมาตรการส่งเสริมความโปร่งใสในการจัดซื้อจัดจ้าง' }).click();
  const form = page.getByRole('region', { name: 'บันทึกความคืบหน้า' });
  await expect(form.getByLabel('ความคืบหน้า (ร้อยละ 0–100)')).toBeFocused();
  // The same percent as before: the note says why, and it still counts as an update.
  await form.getByLabel('ความคืบหน้า (ร้อยละ 0–100)').fill('0');
  await form.getByLabel('ผลการดำเนินงาน').fill('ยังรอผลการจัดซื้อ จะรายงานอีกครั้งเมื่อได้ผู้ชนะ');
  await form.getByRole('button', { name: 'บันทึกความคืบหน้า' }).click();
  await expect(form.getByRole('status')).toContainText('บันทึกความคืบหน้าร้อยละ 0 แล้ว');

  await page.goto('/#/');
  await expect(page.getByRole('region', { name: /^งานของฉันก่อนการประชุม/ })).toContainText('มาตรการของกองคลังบันทึกความคืบหน้าครบแล้ว');
  await expect(fresh(page).getByText('กองคลัง ยังไม่อัปเดต 0 จาก 1')).toBeVisible();
  await page.goto('/#/meeting?slides=fresh');
  await expect(page.getByText('กองคลังอัปเดตครบ 1 มาตรการ')).toBeVisible();
});
