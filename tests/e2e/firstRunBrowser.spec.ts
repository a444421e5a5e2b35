import { readFile } from 'node:fs/promises';
import { expect, test } from '@playwright/test';
import { expectNoAxeViolations, openSettings } from './support';

// Browser storage left with no year by an empty backup restored: the same first run as an empty
// server, and its own restore brings the data back.
test('an empty backup restored in browser storage opens on the first run, whose restore brings the data back', async ({ page }) => {
  await openSettings(page);
  const download = page.waitForEvent('download');
  await page.getByRole('region', { name: 'สำรองข้อมูล' }).getByRole('button', { name: 'ดาวน์โหลดไฟล์สำรองข้อมูล' }).click();
  const saved = await download;
  const full = await readFile(await saved.path(), 'utf8');
  const file = JSON.parse(full);
  const empty = { ...file, data: { ...file.data, assessments: [], findings: [], measures: [], progressUpdates: [], audit: [] } };

  const restore = page.getByRole('region', { name: 'กู้คืนข้อมูลจากไฟล์สำรอง' });
  await restore.getByLabel('เลือกไฟล์สำรองข้อมูล (.json หรือ .zip)').setInputFiles({ name: 'empty.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(empty), 'utf8') });
  await restore.getByRole('group').getByRole('button', { name: 'แทนที่ข้อมูลปัจจุบันด้วยข้อมูลในไฟล์นี้' }).click();
  await expect(restore.getByRole('status')).toContainText('กู้คืนข้อมูลจากไฟล์');

  await page.goto('/#/');
  await expect(page.getByRole('heading', { level: 1, name: 'เริ่มต้นใช้งาน' })).toBeVisible();
  // The agency the backup still held is offered as it was.
  await expect(page.getByLabel('ชื่อหน่วยงาน')).toHaveValue('เทศบาลตำบลพอกน้อย');
  await expect(page.getByRole('alert')).toHaveCount(0);
  await expectNoAxeViolations(page);

  await page.goto('/#/meeting');
  await expect(page.getByText('ยังไม่มีผลการประเมิน ITA ในระบบ', { exact: false })).toBeVisible();

  await page.goto('/#/');
  const first = page.getByRole('region', { name: 'ก. กู้คืนจากไฟล์สำรองข้อมูล' });
  await first.getByLabel('ไฟล์สำรองข้อมูล (.json หรือ .zip)').setInputFiles({ name: 'full.json', mimeType: 'application/json', buffer: Buffer.from(full, 'utf8') });
  const preview = first.getByRole('group');
  await expect(preview).toContainText('เป็นข้อมูลของ เทศบาลตำบลพอกน้อย');
  await expectNoAxeViolations(page);
  await preview.getByRole('button', { name: 'กู้คืนข้อมูลจากไฟล์นี้' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('ผลการประเมิน ITA ปีงบประมาณ พ.ศ. 2565');
  await expect(page.getByRole('region', { name: 'คะแนนรวมและระดับ' })).toContainText('93.95');
});
