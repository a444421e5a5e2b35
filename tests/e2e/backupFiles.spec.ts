import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { strToU8, unzipSync, zipSync } from 'fflate';
import { openSettings } from './support';

const fixture = (name: string) => readFile(join(process.cwd(), 'tests/fixtures/backup', name)).then((b) => new Uint8Array(b));
const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

async function downloadBackup(page: Page): Promise<{ name: string; bytes: Uint8Array }> {
  const download = page.waitForEvent('download');
  await page.getByRole('region', { name: 'สำรองข้อมูล' }).getByRole('button', { name: 'ดาวน์โหลดไฟล์สำรองข้อมูล' }).click();
  const file = await download;
  return { name: file.suggestedFilename(), bytes: new Uint8Array(await readFile(await file.path())) };
}

/** The app's own JSON backup with one update on its first measure carrying a photo and a memo, zipped as the app zips it (stored). */
async function backupWithFiles(page: Page) {
  const json = await downloadBackup(page);
  const photo = await fixture('training-photo.jpg');
  const memo = await fixture('memo.pdf');
  const backup = JSON.parse(new TextDecoder().decode(json.bytes));
  const measure = backup.data.measures[0];
  const files = [
    { id: 'ev-e2e-photo', name: 'รูปการอบรม ITA.jpeg', type: 'jpeg', size: photo.length, sha256: sha256(photo), width: 640, height: 480 },
    { id: 'ev-e2e-memo', name: 'บันทึกข้อความ 2569-25.pdf', type: 'pdf', size: memo.length, sha256: sha256(memo) },
  ];
  backup.data.progressUpdates.push({
    id: 'upd-e2e-1',
    measureId: measure.id,
    date: '2026-05-03',
    authorName: 'ผู้รายงาน',
    unitId: null,
    status: 'in-progress',
    percent: 40,
    note: 'อบรมแล้ว',
    evidenceUrl: '',
    files,
    createdAt: '2026-05-03T09:00:00.000Z',
  });
  const entries = { 'backup.json': strToU8(JSON.stringify(backup)), 'files/ev-e2e-photo': photo, 'files/ev-e2e-memo': memo };
  return { zip: (damage?: boolean) => zipSync(damage ? { ...entries, 'files/ev-e2e-memo': memo.map((b, i) => (i === 40 ? b ^ 0x20 : b)) } : entries, { level: 0 }), photo, memo };
}

async function choose(page: Page, name: string, bytes: Uint8Array) {
  const region = page.getByRole('region', { name: 'กู้คืนข้อมูลจากไฟล์สำรอง' });
  await region.getByLabel('เลือกไฟล์สำรองข้อมูล (.json หรือ .zip)').setInputFiles({ name, mimeType: 'application/zip', buffer: Buffer.from(bytes) });
  return region;
}

test.describe('backups with evidence files', () => {
  test('a zip restores its files, read in the worker, and downloads them again byte for byte', async ({ page }) => {
    await openSettings(page);
    const { zip, photo, memo } = await backupWithFiles(page);
    const region = await choose(page, 'with-files.zip', zip());
    const preview = region.getByRole('group');
    await expect(preview).toContainText('2 ไฟล์ รวม 33 KB');
    await preview.getByRole('button', { name: 'แทนที่ข้อมูลปัจจุบันด้วยข้อมูลในไฟล์นี้' }).click();
    await expect(region.getByRole('status')).toContainText('กู้คืนข้อมูลจากไฟล์ "with-files.zip" แล้ว');

    const again = await downloadBackup(page);
    expect(again.name).toMatch(/^ita-backup-25\d\d-\d\d-\d\d-\d{4}\.zip$/);
    const entries = unzipSync(again.bytes);
    expect(Object.keys(entries).sort()).toEqual(['backup.json', 'files/ev-e2e-memo', 'files/ev-e2e-photo']);
    expect(sha256(entries['files/ev-e2e-photo'] ?? new Uint8Array())).toBe(sha256(photo));
    expect(sha256(entries['files/ev-e2e-memo'] ?? new Uint8Array())).toBe(sha256(memo));
    console.info(`browser round trip: files in ${photo.length + memo.length} bytes, zip in ${zip().length} bytes, zip out ${again.bytes.length} bytes, hashes equal`);
  });

  test('a zip with a file changed is refused naming it, and nothing changes', async ({ page }) => {
    await openSettings(page);
    const { zip } = await backupWithFiles(page);
    const region = await choose(page, 'damaged.zip', zip(true));
    const alert = region.getByRole('alert');
    await expect(alert).toContainText('ใช้ไฟล์ "damaged.zip" ไม่ได้: ไฟล์หลักฐาน "บันทึกข้อความ 2569-25.pdf" ของการรายงานวันที่ 3 พ.ค. 2569');
    await expect(alert).toContainText('ข้อมูลในระบบไม่มีการเปลี่ยนแปลง');
    // The data is as it was: its backup is still the JSON alone, no file in it.
    expect((await downloadBackup(page)).name).toMatch(/\.json$/);
  });
});
