import { expect, test } from '@playwright/test';
import { definitionOf, expectNoAxeViolations } from './support';

test.describe('the 2565 dashboard', () => {
  test('shows the municipality its own result, with the disagreements explained', async ({ page }) => {
    await page.goto('/');
    await expect(page.locator('html')).toHaveAttribute('lang', 'th');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('ผลการประเมิน ITA ปีงบประมาณ พ.ศ. 2565');
    await expect(page.getByText('เทศบาลตำบลพอกน้อย อำเภอพรรณานิคม จังหวัดสกลนคร', { exact: true })).toBeVisible();

    const score = page.getByRole('region', { name: 'คะแนนรวมและระดับ' });
    await expect(definitionOf(score, 'คะแนนรวมตามรายงาน')).toHaveText('93.95');
    await expect(definitionOf(score, 'คำนวณจากคะแนนรายตัวชี้วัด')).toHaveText('93.94');
    await expect(definitionOf(score, 'ระดับ').getByText('ระดับ A', { exact: true })).toBeAttached();
    await expect(score).toContainText('ต่างกัน 0.01 คะแนน ซึ่งการปัดเศษคะแนนรายตัวชี้วัดที่พิมพ์ไว้อธิบายไม่ได้');
    await expect(score).toContainText('ให้คะแนนรวมได้เพียง 93.93 ถึง 93.94 คะแนน');
    // Sub-issue notes sit under the indicator they name, as parts of it, not as disagreements.
    await expect(page.getByRole('row', { name: /^10 การป้องกันการทุจริต/ })).toContainText('ประเด็นที่ 10 การป้องกันการทุจริต 87.50 คะแนน');
    await expect(score).toContainText('จากคะแนนรวมตามรายงาน ต้องได้เพิ่มอีก 1.05 คะแนน จึงจะถึงระดับ AA');
    await expect(score).toContainText('คะแนนที่คำนวณได้จะเป็น 95.25 คะแนน ระดับ AA');

    const table = page.getByRole('table', { name: 'คะแนนรายตัวชี้วัด' });
    await expect(table.getByRole('row')).toHaveCount(1 + 3 + 10);
    for (const group of ['IIT', 'EIT', 'OIT']) {
      await expect(table.getByRole('rowheader', { name: new RegExp(`^${group} `) })).toBeVisible();
    }
    const row5 = table.getByRole('row', { name: /^5 การแก้ไขปัญหาการทุจริต/ });
    await expect(row5).toContainText('78.20');
    await expect(row5).toContainText('ไม่ผ่านเกณฑ์ 85.00');

    const warnings = page.getByRole('region', { name: /ข้อสังเกต/ });
    await expect(warnings.getByRole('listitem')).toHaveCount(3);
    await expect(warnings).toContainText('รายงานระบุคะแนนรวม 93.95 แต่คะแนนรายตัวชี้วัดคำนวณได้ 93.94');
    await expect(warnings).toContainText('ตัวชี้วัดที่ 7 มีคะแนนไม่ตรงกันในเอกสาร คือ 89.70 ในตารางผลคะแนน แต่ 88.82 ในตารางข้อบกพร่อง');
    await expect(warnings).toContainText('ไม่ผ่าน 0 ตัวชี้วัด แต่จากคะแนนรายตัวชี้วัด ผ่านเกณฑ์ 9 ตัวชี้วัด ไม่ผ่าน 1 ตัวชี้วัด');

    const chart = page.getByRole('figure', { name: 'กราฟแท่งคะแนนตัวชี้วัดทั้ง 10 ตัว เทียบกับเส้นเกณฑ์ผ่าน 85.00 และเส้นเกณฑ์ควรปรับปรุง 90.00 แต่ละแท่งเปิดมาตรการและข้อบกพร่องของตัวชี้วัดนั้น' });
    await expect(chart).toBeVisible();
    await expect(chart.getByRole('link')).toHaveCount(10);
    const bar5 = chart.getByRole('link', { name: 'ตัวชี้วัดที่ 5 78.20 คะแนน การแก้ไขปัญหาการทุจริต ไม่ผ่านเกณฑ์ 85.00' });
    await expect(bar5).toContainText('78.20');
    // Drawn to scale: indicator 5's bar is 78.20 % of the plot's height.
    const plot = await chart.locator('.bars-plot').boundingBox();
    const bar = await bar5.locator('.bar').boundingBox();
    expect(Math.abs((bar?.height ?? 0) / ((plot?.height ?? 1) - 1) - 0.782)).toBeLessThan(0.01);
    // Each colour comes with the mark the table's pills use, so colour is never alone.
    await expect(page.locator('.chart-legend li')).toHaveText([
      '✓ผ่าน',
      '!ต่ำกว่า 90.00 ต้องปรับปรุง',
      '✕ไม่ผ่านเกณฑ์ 85.00',
      'เส้นเกณฑ์ผ่าน 85.00',
      'เส้นเกณฑ์ควรปรับปรุง 90.00',
    ]);

    await expectNoAxeViolations(page);
  });

  test('opens an indicator\'s measures from its bar, by keyboard too', async ({ page }) => {
    await page.goto('/');
    const bar = page.getByRole('link', { name: /^ตัวชี้วัดที่ 7 89.70 คะแนน ประสิทธิภาพการสื่อสาร/ });
    await bar.focus();
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/#\/measures\?year=2565&unit=all&link=i7$/);
    await expect(page.getByText('แสดง 2 จาก 9 มาตรการ')).toBeVisible();
  });

  test('switches to English and back, keeping the language in the URL', async ({ page }) => {
    await page.goto('/');
    await page.getByRole('button', { name: 'Switch to English' }).click();
    await expect(page).toHaveURL(/lang=en/);
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('ITA assessment, fiscal year 2565 B.E.');
    await expect(page.getByRole('row', { name: /^5 Tackling corruption/ })).toContainText('Below the pass mark of 85.00');
    await expectNoAxeViolations(page);

    await page.reload();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('ITA assessment, fiscal year 2565 B.E.');
    await page.getByRole('button', { name: 'เปลี่ยนเป็นภาษาไทย' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('ผลการประเมิน ITA ปีงบประมาณ พ.ศ. 2565');
  });

  test('is usable by keyboard: skip link, visible focus, language switch', async ({ page }) => {
    await page.goto('/');
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await page.keyboard.press('Tab');
    const skip = page.getByRole('link', { name: 'ข้ามไปยังเนื้อหาหลัก' });
    await expect(skip).toBeFocused();
    await expect(skip).toBeInViewport();
    await page.keyboard.press('Enter');
    await expect(page.locator('main')).toBeFocused();
  });

  test('fits a 360 px phone without sideways scrolling of the page', async ({ page }) => {
    await page.setViewportSize({ width: 360, height: 740 });
    await page.goto('/');
    await expect(definitionOf(page, 'คะแนนรวมตามรายงาน')).toHaveText('93.95');
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    // The table fits too: every score is whole on screen, with no sideways scrolling inside it.
    const scroller = page.getByRole('group', { name: 'คะแนนรายตัวชี้วัด' });
    expect(await scroller.evaluate((el) => el.scrollWidth - el.clientWidth)).toBeLessThanOrEqual(1);
    const cell = page.getByRole('row', { name: /^3 การใช้อำนาจ/ }).getByRole('cell', { name: '100.00' });
    await cell.scrollIntoViewIfNeeded();
    await expect(cell).toBeInViewport({ ratio: 1 });
    await expectNoAxeViolations(page);
  });

  test('lets the keyboard scroll the table only when it overflows', async ({ page }) => {
    await page.goto('/');
    const scroller = page.getByRole('group', { name: 'คะแนนรายตัวชี้วัด' });
    await expect(scroller).toBeVisible();
    await expect(scroller).not.toHaveAttribute('tabindex');
    // A wider table than the screen, as a longer indicator name or a bigger font would make.
    await page.addStyleTag({ content: '.indicator-table { min-width: 2000px; }' });
    await expect(scroller).toHaveAttribute('tabindex', '0');
    await scroller.focus();
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => scroller.evaluate((el) => el.scrollLeft)).toBeGreaterThan(0);
  });

  test('makes no request outside the machine', async ({ page }) => {
    const outside: string[] = [];
    page.on('request', (req) => {
      const url = new URL(req.url());
      if (!['127.0.0.1', 'localhost'].includes(url.hostname) && url.protocol !== 'data:') outside.push(req.url());
    });
    await page.goto('/');
    await expect(page.getByRole('figure', { name: /^กราฟแท่งคะแนนตัวชี้วัด/ }).getByRole('link')).toHaveCount(10);
    await page.evaluate(() => document.fonts.ready);
    expect(outside).toEqual([]);
    expect(await page.evaluate(() => document.fonts.check('16px Sarabun', 'ก'))).toBe(true);
  });
});
