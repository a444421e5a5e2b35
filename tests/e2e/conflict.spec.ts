import { expect, test } from '@playwright/test';
import { expectNoAxeViolations } from './support';

test('two tabs editing one measure: the second save gets the other version, and keeps its typing', async ({ context }) => {
  const first = await context.newPage();
  const second = await context.newPage();
  for (const page of [first, second]) {
    await page.goto('/#/measures/msr-plan-3');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('การสร้างมาตรการส่งเสริมความโปร่งใสในการจัดซื้อจัดจ้าง');
    await page.getByRole('button', { name: 'แก้ไขมาตรการ' }).click();
  }
  await first.getByLabel('การติดตามผล').fill('รายงานทุกเดือนในที่ประชุมหัวหน้าส่วนราชการ');
  await first.getByRole('button', { name: 'บันทึก', exact: true }).click();
  await expect(first.getByRole('button', { name: 'แก้ไขมาตรการ' })).toBeVisible();

  await second.getByLabel('ชื่อมาตรการ').fill('มาตรการจัดซื้อจัดจ้างโปร่งใส (ฉบับปรับปรุง)');
  await second.getByRole('button', { name: 'บันทึก', exact: true }).click();
  const alert = second.getByRole('alert');
  await expect(alert).toContainText('มีผู้บันทึกมาตรการ');
  await expect(alert).toContainText('(มีการแก้ไข 1 ครั้งหลังจากที่คุณเปิดแก้ไข)');
  await expect(alert).toContainText('รายงานทุกเดือนในที่ประชุมหัวหน้าส่วนราชการ');
  await expect(second.getByLabel('ชื่อมาตรการ')).toHaveValue('มาตรการจัดซื้อจัดจ้างโปร่งใส (ฉบับปรับปรุง)');
  await expectNoAxeViolations(second);

  await alert.getByRole('button', { name: 'บันทึกฉบับของฉันทับ' }).click();
  await expect(second.getByRole('heading', { level: 1 })).toHaveText('มาตรการจัดซื้อจัดจ้างโปร่งใส (ฉบับปรับปรุง)');
  // The first tab hears of it and shows the new title without a reload.
  await expect(first.getByRole('heading', { level: 1 })).toHaveText('มาตรการจัดซื้อจัดจ้างโปร่งใส (ฉบับปรับปรุง)', { timeout: 1_000 });
});
