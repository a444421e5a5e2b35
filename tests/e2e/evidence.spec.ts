import { expect, test, type Page } from '@playwright/test';
import { drawnImage, pdf, screenshots } from './evidenceFiles';
import { expectNoAxeViolations } from './support';

// Issue 25: evidence files on a progress update, in the browser store, as a phone sends them.
const shoot = screenshots(process.env.EVIDENCE_SHOTS);
const THAI = /[\u0E00-\u0E7F]/;

/** A 400 × 300 camera JPEG whose EXIF says "turn 90° clockwise": red in the stored top-left corner. */
async function cameraJpeg(page: Page): Promise<Buffer> {
  const encoded = await drawnImage(page, { width: 400, height: 300, box: [0, 0, 100, 100], colour: '#f00', type: 'image/jpeg' });
  // APP1 "Exif": a big-endian TIFF header and one IFD entry, Orientation (0x0112) = 6.
  const tiff = [0x4d, 0x4d, 0, 0x2a, 0, 0, 0, 8, 0, 1, 0x01, 0x12, 0, 3, 0, 0, 0, 1, 0, 6, 0, 0, 0, 0, 0, 0];
  const payload = [...Buffer.from('Exif\0\0', 'latin1'), ...tiff];
  const app1 = [0xff, 0xe1, (payload.length + 2) >> 8, (payload.length + 2) & 0xff, ...payload];
  return Buffer.from([...encoded.subarray(0, 2), ...app1, ...encoded.subarray(2)]);
}

const exe = Buffer.concat([Buffer.from('MZ', 'latin1'), Buffer.alloc(62), Buffer.from('This program cannot be run in DOS mode.', 'latin1')]);

async function openForm(page: Page, lang: 'th' | 'en' = 'th') {
  await page.goto(`/#/measures/msr-plan-3${lang === 'en' ? '?lang=en' : ''}`);
  const form = page.getByRole('region', { name: lang === 'en' ? 'Record progress' : 'บันทึกความคืบหน้า' });
  await expect(form).toBeVisible();
  return form;
}

test.describe('on a phone', () => {
  test.use({ viewport: { width: 360, height: 740 }, hasTouch: true, isMobile: true });

  test('a photo taken sideways is attached, saved, and after a reload shows upright as a thumbnail named by the file, with no EXIF kept', async ({ page }) => {
    const form = await openForm(page);
    // A phone offers the camera beside the file dialog.
    await expect(form.getByText('ถ่ายรูป', { exact: true })).toBeVisible();
    await form.getByLabel('ผลการดำเนินงาน').fill('จัดอบรมคณะกรรมการตรวจการจ้างแล้ว');
    await form.getByLabel('แนบไฟล์').setInputFiles([
      { name: 'อบรมคณะกรรมการ.jpg', mimeType: 'image/jpeg', buffer: await cameraJpeg(page) },
      { name: 'รายงานการประชุม.pdf', mimeType: 'application/pdf', buffer: pdf },
    ]);
    const chosen = form.getByRole('list', { name: 'ไฟล์ที่แนบ 2 ไฟล์' });
    await expect(chosen.getByRole('listitem')).toHaveCount(2);
    await expect(chosen.getByRole('listitem').first()).toContainText(/อบรมคณะกรรมการ\.jpg\d[\d.,]* (B|KB)/);
    await expect(chosen.getByRole('button', { name: 'เอาออก รายงานการประชุม.pdf' })).toBeVisible();
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
    await expectNoAxeViolations(page);
    await shoot(page, 'form-files-360', form.getByRole('group', { name: 'ไฟล์หลักฐาน (ถ้ามี)' }));

    await form.getByRole('button', { name: 'บันทึกความคืบหน้า' }).click();
    await expect(form.getByRole('status').filter({ hasText: 'บันทึกความคืบหน้าร้อยละ' })).toBeVisible();
    await page.reload();

    const history = page.getByRole('region', { name: 'ประวัติความคืบหน้า' });
    const files = history.getByRole('list', { name: 'ไฟล์หลักฐาน' });
    const thumb = files.getByRole('img', { name: 'อบรมคณะกรรมการ.jpg' });
    await thumb.scrollIntoViewIfNeeded();
    await expect(thumb).toBeVisible();
    await expect.poll(() => thumb.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth)).toBe(300);
    // Upright: turned as the EXIF said (300 × 400), the red corner now top-right; the canvas wrote no EXIF.
    const kept = await thumb.evaluate(async (img: HTMLImageElement) => {
      const canvas = new OffscreenCanvas(img.naturalWidth, img.naturalHeight);
      const context = canvas.getContext('2d') as OffscreenCanvasRenderingContext2D;
      context.drawImage(img, 0, 0);
      const red = (x: number, y: number) => {
        const [r, g, b] = context.getImageData(x, y, 1, 1).data as unknown as number[];
        return (r as number) > 200 && (g as number) < 80 && (b as number) < 80;
      };
      const bytes = new Uint8Array(await (await fetch(img.src)).arrayBuffer());
      return { width: img.naturalWidth, height: img.naturalHeight, topRight: red(290, 10), topLeft: red(10, 10), exif: new TextDecoder('latin1').decode(bytes).includes('Exif') };
    });
    expect(kept).toEqual({ width: 300, height: 400, topRight: true, topLeft: false, exif: false });
    await expect(files.getByRole('link', { name: 'อบรมคณะกรรมการ.jpg (เปิดในแท็บใหม่)' })).toHaveAttribute('target', '_blank');
    await expect(files.getByRole('link', { name: 'ดาวน์โหลด รายงานการประชุม.pdf' })).toHaveAttribute('download', 'รายงานการประชุม.pdf');
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
    await expectNoAxeViolations(page);
    await shoot(page, 'history-360', history);
  });
});

test('a Windows program renamed .jpg is refused by its bytes, named in English to an English reader', async ({ page }) => {
  const form = await openForm(page, 'en');
  await form.getByLabel('Attach files').setInputFiles({ name: 'setup.jpg', mimeType: 'image/jpeg', buffer: exe });
  const alert = form.getByRole('alert');
  await expect(alert).toHaveText(
    'Cannot attach setup.jpg: it is a Windows program (.exe). Attach only images (JPEG, PNG, HEIC, WebP, GIF, TIFF), PDF, Word, Excel, PowerPoint and OpenDocument files.',
  );
  expect(await alert.textContent()).not.toMatch(THAI);
  await expect(form.getByRole('list', { name: /files attached/ })).toHaveCount(0);
  await expectNoAxeViolations(page, 'en');
});

test('on a laptop the form with files chosen and an update with evidence fit and read well', async ({ page }) => {
  await page.setViewportSize({ width: 1366, height: 768 });
  const form = await openForm(page);
  // The file input hides behind its label: Tab still reaches it, and the label shows the ring.
  await form.getByLabel('ลิงก์หลักฐาน (ถ้ามี)').focus();
  await page.keyboard.press('Tab');
  await expect(form.getByLabel('แนบไฟล์')).toBeFocused();
  expect(await form.locator('label', { hasText: 'แนบไฟล์' }).evaluate((label) => getComputedStyle(label).outlineStyle)).toBe('solid');
  await form.getByLabel('ผลการดำเนินงาน').fill('ส่งหลักฐานการอบรม');
  await form.getByLabel('แนบไฟล์').setInputFiles([
    { name: 'ภาพการอบรม.jpg', mimeType: 'image/jpeg', buffer: await cameraJpeg(page) },
    { name: 'รายงานการประชุม.pdf', mimeType: 'application/pdf', buffer: pdf },
    { name: 'setup.jpg', mimeType: 'image/jpeg', buffer: exe },
  ]);
  await expect(form.getByRole('list', { name: 'ไฟล์ที่แนบ 2 ไฟล์' }).getByText(/ (B|KB)$/)).toHaveCount(2);
  await expect(form.getByRole('alert')).toContainText('แนบไฟล์ setup.jpg ไม่ได้: ไฟล์นี้เป็นโปรแกรม Windows (.exe)');
  // A computer's mouse has no camera to open: the one button is the file dialog.
  await expect(form.getByText('ถ่ายรูป', { exact: true })).toBeHidden();
  await expectNoAxeViolations(page);
  await shoot(page, 'form-files-1366', form.getByLabel('ผลการดำเนินงาน'));
  await form.getByRole('button', { name: 'บันทึกความคืบหน้า' }).click();
  const history = page.getByRole('region', { name: 'ประวัติความคืบหน้า' });
  const thumb = history.getByRole('img', { name: 'ภาพการอบรม.jpg' });
  await expect.poll(() => thumb.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth)).toBe(300);
  await shoot(page, 'history-1366', history);

  // Settings counts what the files take; the browser's own storage is the limit here.
  await page.goto('/#/settings');
  const usage = page.getByRole('region', { name: 'ไฟล์หลักฐาน' });
  await expect(usage).toContainText(/^ไฟล์หลักฐานพื้นที่ไฟล์หลักฐาน: ใช้ไป [1-9][\d.,]* (B|KB)/);
  await expect(usage).toContainText('ใช้พื้นที่ของเบราว์เซอร์');
  await shoot(page, 'settings-usage-1366', usage);
});
