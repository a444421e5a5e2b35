import { readFile } from 'node:fs/promises';
import { expect, test, type Page } from '@playwright/test';
import { improvementLine, openSettings, setImprovementMark } from './support';

async function restoreRegion(page: Page) {
  return page.getByRole('region', { name: 'กู้คืนข้อมูลจากไฟล์สำรอง' });
}

async function choose(page: Page, name: string, text: string) {
  const region = await restoreRegion(page);
  await region.getByLabel('เลือกไฟล์สำรองข้อมูล (.json หรือ .zip)').setInputFiles({ name, mimeType: 'application/json', buffer: Buffer.from(text, 'utf8') });
  return region;
}

async function downloadBackup(page: Page): Promise<{ name: string; text: string }> {
  const download = page.waitForEvent('download');
  await page.getByRole('region', { name: 'สำรองข้อมูล' }).getByRole('button', { name: 'ดาวน์โหลดไฟล์สำรองข้อมูล' }).click();
  const file = await download;
  const path = await file.path();
  return { name: file.suggestedFilename(), text: await readFile(path, 'utf8') };
}

test.describe('backups', () => {
  test('a backup downloads as one dated file and restores what it held', async ({ page }) => {
    await openSettings(page);
    await setImprovementMark(page, '88');
    await expect(page.getByRole('region', { name: 'เกณฑ์ที่ต้องปรับปรุง' }).getByRole('status')).toHaveText('บันทึกแล้ว');
    const backup = await downloadBackup(page);
    expect(backup.name).toMatch(/^ita-backup-25\d\d-\d\d-\d\d-\d{4}\.json$/);
    const parsed = JSON.parse(backup.text);
    expect(parsed.data.settings.improvementMark).toBe(88);
    expect(backup.text).toContain('เทศบาลตำบลพอกน้อย');

    await setImprovementMark(page, '80');
    await expect(page.getByLabel('คะแนนต่ำกว่าเท่าใดถือว่าต้องปรับปรุง (0–100)')).toHaveValue('80');
    const region = await choose(page, backup.name, backup.text);
    const preview = region.getByRole('group');
    await expect(preview).toContainText('เป็นข้อมูลของ เทศบาลตำบลพอกน้อย');
    await preview.getByRole('button', { name: 'แทนที่ข้อมูลปัจจุบันด้วยข้อมูลในไฟล์นี้' }).click();
    await expect(region.getByRole('status')).toContainText('กู้คืนข้อมูลจากไฟล์');
    await expect(page.getByLabel('คะแนนต่ำกว่าเท่าใดถือว่าต้องปรับปรุง (0–100)')).toHaveValue('88');
  });

  const badFiles: [string, (good: string) => string, RegExp][] = [
    ['not JSON', () => 'นี่ไม่ใช่ JSON {', /JSON/],
    ['empty', () => '   ', /ว่าง/],
    ['not a backup of this app', () => JSON.stringify({ hello: 'world' }), /ไม่ใช่ไฟล์สำรองข้อมูล/],
    ['from a newer version', (good) => JSON.stringify({ ...JSON.parse(good), version: 99 }), /รุ่นที่ใหม่กว่า/],
    [
      'with an invalid record',
      (good) => {
        const file = JSON.parse(good);
        file.data.measures[1].title = '';
        return JSON.stringify(file);
      },
      /มาตรการ รายการที่ 2 .*title.*ต้องระบุชื่อมาตรการ/,
    ],
  ];

  for (const [what, make, message] of badFiles) {
    test(`a file ${what} is refused with a message and changes nothing`, async ({ page }) => {
      await openSettings(page);
      const good = await downloadBackup(page);
      await setImprovementMark(page, '86');
      await expect(page.getByRole('region', { name: 'เกณฑ์ที่ต้องปรับปรุง' }).getByRole('status')).toHaveText('บันทึกแล้ว');
      const region = await choose(page, 'bad.json', make(good.text));
      const alert = region.getByRole('alert');
      await expect(alert).toContainText('ใช้ไฟล์ "bad.json" ไม่ได้');
      await expect(alert).toContainText(message);
      await expect(alert).toContainText('ข้อมูลในระบบไม่มีการเปลี่ยนแปลง');
      await expect(region.getByRole('button', { name: 'แทนที่ข้อมูลปัจจุบันด้วยข้อมูลในไฟล์นี้' })).toHaveCount(0);
      await page.reload();
      await expect(page.getByLabel('คะแนนต่ำกว่าเท่าใดถือว่าต้องปรับปรุง (0–100)')).toHaveValue('86');
      await page.goto('/#/');
      await expect(improvementLine(page)).toHaveText('เส้นเกณฑ์ควรปรับปรุง 86.00');
    });
  }
});
