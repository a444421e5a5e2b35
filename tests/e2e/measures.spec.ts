import { expect, test } from '@playwright/test';
import { expectNoAxeViolations, openSettings } from './support';

test.describe('measures', () => {
  test('the list has no accessibility violations and fits a phone', async ({ page }) => {
    await page.goto('/#/measures');
    await expect(page.getByText('แสดง 9 จาก 9 มาตรการ')).toBeVisible();
    await expectNoAxeViolations(page);
    // The health explanation shows on keyboard focus, not only on hover.
    const badge = page.locator('.measure-list').getByText('เกินกำหนด').first();
    await badge.focus();
    await expect(page.getByText(/^เลยระยะเวลาดำเนินการมา \d+ วัน/).first()).toBeVisible();
    await page.setViewportSize({ width: 360, height: 740 });
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
    await expectNoAxeViolations(page);
  });

  test('the head of กองคลัง finds their measure, ticks a step, records 40 % with a note, sees both after a reload, and cannot touch another unit’s', async ({ page }) => {
    await openSettings(page);
    const user = page.getByRole('region', { name: 'ผู้ใช้งานเครื่องนี้' });
    await user.getByLabel('ชื่อผู้ใช้').fill('ผู้อำนวยการกองคลัง');
    await user.getByRole('radio', { name: 'หัวหน้าส่วนราชการ' }).check();
    await user.getByRole('combobox', { name: 'ส่วนราชการที่สังกัด' }).selectOption({ label: 'กองคลัง' });
    await user.getByRole('button', { name: 'บันทึก' }).click();

    await page.getByRole('link', { name: 'มาตรการ', exact: true }).click();
    await expect(page.getByText('แสดง 1 จาก 9 มาตรการ')).toBeVisible();
    await page.getByRole('link', { name: 'การสร้างมาตรการส่งเสริมความโปร่งใสในการจัดซื้อจัดจ้าง' }).click();
    const steps = page.getByRole('region', { name: 'วิธีการดำเนินการ' });
    const first = steps.getByRole('checkbox', { name: 'เสนอโครงการให้ผู้บริหารอนุมัติ' });
    // A controlled box: the tick shows once the optimistic update lands, a moment after the click.
    await first.click();
    await expect(first).toBeChecked();
    await expect(page.getByText('การแก้ไข', { exact: true }).locator('xpath=following-sibling::dd[1]')).toContainText('แก้ไขแล้ว 1 ครั้ง');
    const form = page.getByRole('region', { name: 'บันทึกความคืบหน้า' });
    await form.getByLabel('ความคืบหน้า (ร้อยละ 0–100)').fill('40');
    await form.getByLabel('ผลการดำเนินงาน').fill('จัดอบรมคณะกรรมการตรวจการจ้าง 12 คนแล้ว');
    await form.getByRole('button', { name: 'บันทึกความคืบหน้า' }).click();
    await expect(form.getByRole('status')).toContainText('บันทึกความคืบหน้าร้อยละ 40 แล้ว');
    await page.reload();
    await expect(steps.getByRole('checkbox', { name: 'เสนอโครงการให้ผู้บริหารอนุมัติ' })).toBeChecked();
    const history = page.getByRole('region', { name: 'ประวัติความคืบหน้า' });
    await expect(history).toContainText('ผู้อำนวยการกองคลัง · กำลังดำเนินการ · ความคืบหน้าร้อยละ 40');
    await expect(history).toContainText('จัดอบรมคณะกรรมการตรวจการจ้าง 12 คนแล้ว');
    await expectNoAxeViolations(page);
    await expect(page.getByRole('button', { name: 'แก้ไขมาตรการ' })).toHaveCount(0);

    await page.goto('/#/measures/msr-plan-1');
    const other = page.getByRole('region', { name: 'วิธีการดำเนินการ' });
    await expect(other.getByRole('checkbox').first()).toBeDisabled();
  });
});

test('the planning officer writes a measure for indicator 8, finds it in the list and sees it counted on the dashboard', async ({ page }) => {
  await page.goto('/#/');
  const table = page.getByRole('table', { name: 'คะแนนรายตัวชี้วัด' });
  await expect(table.getByRole('row', { name: /^8 การปรับปรุงการทำงาน/ }).locator('.measure-count')).toHaveText('ไม่มี');
  await page.getByRole('navigation').getByRole('link', { name: 'มาตรการ' }).click();
  await page.getByRole('link', { name: 'เพิ่มมาตรการ' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('เพิ่มมาตรการ ปีงบประมาณ พ.ศ. 2565');
  await page.getByLabel('ชื่อมาตรการ').fill('ปรับปรุงการทำงานตามผลสำรวจความพึงพอใจ');
  await page.getByLabel('วิธีการดำเนินการ').fill('สำรวจความพึงพอใจ\nปรับปรุงขั้นตอน');
  await page.getByLabel('ระยะเวลาดำเนินการ').fill('ม.ค.-มิ.ย.67');
  await page.getByRole('checkbox', { name: 'สำนักปลัดเทศบาล' }).check();
  await page.getByRole('checkbox', { name: 'ตัวชี้วัดที่ 8' }).check();
  await expectNoAxeViolations(page);
  await page.getByRole('button', { name: 'บันทึกมาตรการ' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('ปรับปรุงการทำงานตามผลสำรวจความพึงพอใจ');
  await page.goto('/#/measures?link=i8');
  await expect(page.getByText('แสดง 1 จาก 10 มาตรการ')).toBeVisible();
  await page.getByRole('navigation').getByRole('link', { name: 'ภาพรวม' }).click();
  await table.getByRole('link', { name: '1 มาตรการที่ตอบตัวชี้วัดที่ 8' }).click();
  await expect(page.getByRole('heading', { level: 2, name: 'ปรับปรุงการทำงานตามผลสำรวจความพึงพอใจ' })).toBeVisible();
});

test('the list works from the keyboard alone, and folds its filters away on a phone', async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 740 });
  await page.goto('/#/measures');
  await expect(page.getByText('แสดง 9 จาก 9 มาตรการ')).toBeVisible();
  await expect(page.getByRole('combobox', { name: 'สถานะ' })).toBeHidden();
  const search = page.getByRole('searchbox', { name: 'ค้นหา' });
  await search.focus();
  await page.keyboard.type('ตรวจการจ้าง');
  await expect(page.getByText('แสดง 1 จาก 9 มาตรการ')).toBeVisible();
  // Onwards through the folded filters to the one measure left, and open it with Enter.
  await page.keyboard.press('Tab');
  await expect(page.getByText('ตัวกรอง (ใช้อยู่ 0)')).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(page.getByRole('link', { name: 'การสร้างมาตรการส่งเสริมความโปร่งใสในการจัดซื้อจัดจ้าง' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('การสร้างมาตรการส่งเสริมความโปร่งใสในการจัดซื้อจัดจ้าง');
});
