import { expect, test, type Locator, type Page } from '@playwright/test';
import { drawnImage, pdf, screenshots } from './evidenceFiles';
import { expectNoAxeViolations } from './support';

// Issue 25: a finding carries evidence files, in the browser store: attached with the new
// finding, listed on it, opened and downloaded, and taken out after a confirmation.
const shoot = screenshots(process.env.FINDING_SHOTS);

/** A 640 × 400 screenshot-like PNG: a white page with a dark bar, as a web page's capture is. */
const screenshotPng = (page: Page) => drawnImage(page, { width: 640, height: 400, box: [0, 0, 640, 60], colour: '#1d3557', type: 'image/png' });

async function findingsOf(page: Page) {
  await page.goto('/#/assessments');
  const section = page.getByRole('region', { name: 'ข้อบกพร่องจากการประเมิน' });
  await expect(section.getByRole('form', { name: 'เพิ่มข้อบกพร่อง' })).toBeVisible();
  return section;
}

const TITLE = 'หน้าเว็บไซต์ไม่เป็นปัจจุบัน';
const item = (section: Locator) => section.getByRole('listitem').filter({ has: section.page().getByRole('heading', { level: 3, name: new RegExp(TITLE) }) });

for (const [label, viewport, phone] of [
  ['360', { width: 360, height: 740 }, true],
  ['1366', { width: 1366, height: 768 }, false],
] as const) {
  test.describe(`at ${label} px`, () => {
    test.use({ viewport, hasTouch: phone, isMobile: phone });

    test('a finding is saved with a PNG and a PDF, lists them, opens and downloads them, and loses one once confirmed', async ({ page }) => {
      let section = await findingsOf(page);
      const form = section.getByRole('form', { name: 'เพิ่มข้อบกพร่อง' });
      // The camera is offered on a phone only.
      await expect(form.getByText('ถ่ายรูป', { exact: true })).toBeVisible({ visible: phone });
      await form.getByRole('textbox', { name: 'หัวข้อ' }).fill(TITLE);
      await form.getByRole('textbox', { name: 'การวิเคราะห์ข้อบกพร่อง' }).fill('ข่าวประชาสัมพันธ์ล่าสุดลงไว้เมื่อสองปีก่อน');
      await form.getByLabel('แนบไฟล์').setInputFiles([
        { name: 'หน้าแรกของเว็บไซต์.png', mimeType: 'image/png', buffer: await screenshotPng(page) },
        { name: 'หนังสือแจ้งผลการประเมิน.pdf', mimeType: 'application/pdf', buffer: pdf },
        { name: 'ตัวติดตั้ง.png', mimeType: 'image/png', buffer: Buffer.concat([Buffer.from('MZ', 'latin1'), Buffer.alloc(80)]) },
      ]);
      await expect(form.getByRole('alert')).toContainText('ตัวติดตั้ง.png');
      const chosen = form.getByRole('list', { name: 'ไฟล์ที่แนบ 2 ไฟล์' });
      await expect(chosen.getByRole('listitem')).toHaveCount(2);
      await expect(chosen.getByRole('listitem').first()).toContainText(/หน้าแรกของเว็บไซต์\.png\d[\d.,]* (B|KB)/);
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(viewport.width);
      await shoot(page, `form-${label}`, form.getByRole('group', { name: 'ไฟล์หลักฐาน (ถ้ามี)' }));

      await form.getByRole('button', { name: 'บันทึกข้อบกพร่อง' }).click();
      await expect(form.getByRole('status').filter({ hasText: `บันทึกข้อบกพร่อง ${TITLE} แล้ว` })).toBeVisible();

      // Read back from the browser's storage after a reload.
      await page.reload();
      section = page.getByRole('region', { name: 'ข้อบกพร่องจากการประเมิน' });
      const finding = item(section);
      const files = finding.getByRole('list', { name: 'ไฟล์หลักฐาน' });
      const thumb = files.getByRole('img', { name: 'หน้าแรกของเว็บไซต์.png' });
      await thumb.scrollIntoViewIfNeeded();
      await expect.poll(() => thumb.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth)).toBe(640);
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(viewport.width);
      await expectNoAxeViolations(page);
      await shoot(page, `finding-${label}`, finding.getByRole('heading', { level: 3 }));

      // Opens in a new tab, its bytes the PDF's.
      const [tab] = await Promise.all([page.waitForEvent('popup'), files.getByRole('link', { name: 'หนังสือแจ้งผลการประเมิน.pdf (เปิดในแท็บใหม่)' }).click()]);
      expect(tab.url()).toMatch(/^blob:/);
      const opened = await page.evaluate(async (url) => new Uint8Array(await (await fetch(url)).arrayBuffer()).length, tab.url());
      expect(opened).toBe(pdf.length);
      await tab.close();
      // Downloads under its own name.
      const [download] = await Promise.all([page.waitForEvent('download'), files.getByRole('link', { name: 'ดาวน์โหลด หน้าแรกของเว็บไซต์.png' }).click()]);
      expect(download.suggestedFilename()).toBe('หน้าแรกของเว็บไซต์.png');

      // Taken out only once confirmed, naming the file.
      await finding.getByRole('button', { name: 'ลบไฟล์ หนังสือแจ้งผลการประเมิน.pdf' }).click();
      const ask = finding.getByRole('group', { name: `ลบไฟล์ หนังสือแจ้งผลการประเมิน.pdf ออกจากข้อบกพร่อง ${TITLE} หรือไม่ ลบแล้วเรียกคืนไม่ได้` });
      await expect(ask.getByRole('button', { name: 'ไม่ลบ' })).toBeFocused();
      await shoot(page, `remove-${label}`, ask);
      await ask.getByRole('button', { name: 'ยืนยันการลบ' }).click();
      await expect(finding.getByRole('status').filter({ hasText: 'ลบไฟล์ หนังสือแจ้งผลการประเมิน.pdf แล้ว' })).toBeVisible();
      await page.reload();
      const kept = item(page.getByRole('region', { name: 'ข้อบกพร่องจากการประเมิน' }));
      const after = kept.getByRole('list', { name: 'ไฟล์หลักฐาน' });
      await expect(after.getByRole('img', { name: 'หน้าแรกของเว็บไซต์.png' })).toBeVisible();
      await expect(after.getByText('หนังสือแจ้งผลการประเมิน.pdf')).toHaveCount(0);

      // A file that came later is added after the one kept.
      await kept.getByRole('button', { name: `แนบไฟล์เพิ่ม: ${TITLE}` }).click();
      const more = kept.getByRole('group', { name: `แนบไฟล์เพิ่มให้ข้อบกพร่อง ${TITLE}` });
      await more.getByLabel('แนบไฟล์').setInputFiles({ name: 'หนังสือชี้แจง.pdf', mimeType: 'application/pdf', buffer: pdf });
      await expect(more.getByRole('list', { name: 'ไฟล์ที่แนบ 1 ไฟล์' })).toContainText(/หนังสือชี้แจง\.pdf\d+ B/);
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(viewport.width);
      await shoot(page, `more-${label}`, more);
      await kept.getByRole('button', { name: 'บันทึกไฟล์ที่แนบ' }).click();
      await expect(kept.getByRole('status').filter({ hasText: `แนบไฟล์ให้ข้อบกพร่อง ${TITLE} แล้ว` })).toBeVisible();
      await expect(after.getByRole('link', { name: 'ดาวน์โหลด หนังสือชี้แจง.pdf' })).toBeVisible();
      await expect(after.getByRole('img', { name: 'หน้าแรกของเว็บไซต์.png' })).toBeVisible();
    });
  });
}
