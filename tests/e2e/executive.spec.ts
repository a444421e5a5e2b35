import { expect, test } from '@playwright/test';
import { expectNoAxeViolations } from './support';

// An executive's two minutes before a meeting, on the production build and the seed.
test.describe('the executive dashboard', () => {
  test('shows where the total comes from, what is late and what nothing answers', async ({ page }) => {
    await page.goto('/');
    const shares = page.getByRole('region', { name: 'คะแนนรวมมาจากไหน' });
    await expect(shares.getByRole('listitem')).toHaveText([/ได้ 28.20 จาก 30 คะแนน \(ขาด 1.80\)$/, /ได้ 26.99 จาก 30 คะแนน \(ขาด 3.01\)$/, /ได้ 38.75 จาก 40 คะแนน \(ขาด 1.25\)$/]);

    const glance = page.getByRole('region', { name: 'มาตรการโดยสรุป' });
    await expect(glance).toContainText('มาตรการที่ยังอยู่ในแผน 9 มาตรการ');
    await expect(glance.locator('.late-list li')).toHaveCount(3);
    await expect(glance.locator('.late-list li').first()).toContainText(/เลยกำหนด [\d,]+ วัน/);

    const gaps = page.getByRole('region', { name: 'สิ่งที่ยังไม่มีมาตรการรองรับ' });
    await expect(gaps.getByRole('listitem')).toHaveCount(1);
    await expect(gaps).toContainText('ตัวชี้วัดที่ 8 การปรับปรุงการทำงาน ได้ 88.50 คะแนน');
    await expectNoAxeViolations(page);

    // Each late measure opens the measure.
    await glance.getByRole('link', { name: 'การสร้างมาตรการส่งเสริมความโปร่งใสในการจัดซื้อจัดจ้าง' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('การสร้างมาตรการส่งเสริมความโปร่งใสในการจัดซื้อจัดจ้าง');
  });

  test('tries indicator 5 at 100 and sees 95.25 and AA, then a reload shows the real result unchanged', async ({ page }) => {
    await page.goto('/');
    const road = page.getByRole('region', { name: 'เส้นทางสู่ระดับ AA' });
    const result = road.getByRole('status');
    await expect(result).toContainText('คะแนนรวมที่คำนวณได้ 93.94 คะแนน ระดับ A');
    await road.getByRole('button', { name: 'ให้ได้ 100 คะแนน: ทดลองกับตัวชี้วัดที่ 5' }).click();
    await expect(result).toContainText('คะแนนรวมที่คำนวณได้ 95.25 คะแนน ระดับ AA');
    // By keyboard: indicator 8 typed down to 80 takes 0.85 back off.
    const field8 = road.getByRole('textbox', { name: 'ตัวชี้วัดที่ 8 การปรับปรุงการทำงาน' });
    await field8.focus();
    await page.keyboard.press('Control+A');
    await page.keyboard.type('80');
    await expect(result).toContainText('คะแนนรวมที่คำนวณได้ 94.40 คะแนน ระดับ A');
    await expect(result).toContainText('เปลี่ยนไป 2 ตัวชี้วัด');
    await expectNoAxeViolations(page);

    await page.reload();
    await expect(page.getByRole('region', { name: 'เส้นทางสู่ระดับ AA' }).getByRole('status')).toContainText('คะแนนรวมที่คำนวณได้ 93.94 คะแนน ระดับ A');
    await expect(page.getByRole('row', { name: /^5 การแก้ไขปัญหาการทุจริต/ })).toContainText('78.20');
  });

  test('fits a 360 px phone', async ({ page }) => {
    await page.setViewportSize({ width: 360, height: 740 });
    await page.goto('/');
    await expect(page.getByRole('region', { name: 'มาตรการโดยสรุป' })).toBeVisible();
    expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBeLessThanOrEqual(0);
    for (const scroller of await page.locator('.road .table-scroll').all()) {
      expect(await scroller.evaluate((el) => el.scrollWidth - el.clientWidth)).toBeLessThanOrEqual(1);
    }
    await expectNoAxeViolations(page);
  });
});
