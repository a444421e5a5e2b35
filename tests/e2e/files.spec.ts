import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { strFromU8, unzipSync } from 'fflate';
import { definitionOf, expectNoAxeViolations } from './support';

const fixture = (name: string) => join(process.cwd(), 'tests/fixtures/import', name);

/** The score import of the 2565 assessment, once the store has answered. */
async function openImport(page: Page) {
  await page.goto('/#/assessments');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('ผลการประเมิน ปีงบประมาณ พ.ศ. 2565');
  return page.getByLabel('เลือกไฟล์คะแนนของปี 2565');
}

test('the planning officer imports scores Excel saved as CSV on Thai Windows, sees how the file was read and the total compared, and the dashboard takes the file’s total', async ({ page }) => {
  const file = await openImport(page);
  await file.setInputFiles(fixture('indicators-windows874-names-only.csv'));
  await expect(page.getByRole('table', { name: 'ตัวอย่างข้อมูลจากไฟล์ indicators-windows874-names-only.csv: 10 แถวถูกต้อง 0 แถวมีปัญหา' })).toBeVisible();
  const facts = page.getByRole('list', { name: 'ระบบอ่านไฟล์นี้อย่างไร' });
  await expect(facts.getByRole('listitem')).toHaveText([
    'อ่านเป็นข้อความ Windows-874 / TIS-620 (CSV ภาษาไทยของ Excel บน Windows)',
    'คั่นคอลัมน์ด้วยจุลภาค (,)',
    'คะแนนรวมในไฟล์ 93.94 (แถว 12) ตรงกับที่คำนวณได้ 93.94',
    'เมื่อยืนยัน จะบันทึก 93.94 เป็นคะแนนรวมตามรายงาน แทน 93.95 ที่บันทึกไว้',
  ]);
  // The Thai names were decoded, not shown as mojibake: each row is read as its indicator.
  await expect(page.getByRole('row', { name: /^6 ตัวชี้วัดที่ 5 78\.20/ })).toBeVisible();

  // The same export with its title lines and a note kept: they are named as skipped, not refused.
  await file.setInputFiles(fixture('indicators-utf8-bom-comma-titles-total.csv'));
  await expect(facts).toContainText('ข้ามแถว 1–3 (ชื่อเรื่อง) ก่อนหัวตาราง');
  await expect(facts).toContainText('ข้ามแถว 17 (หมายเหตุใต้ตาราง)');
  await expect(facts).toContainText('คะแนนรวมในไฟล์ 93.94 (แถว 16) ตรงกับที่คำนวณได้ 93.94');

  await file.setInputFiles(fixture('indicators-windows874-names-only.csv'));
  await expect(facts).toContainText('Windows-874');
  await page.getByRole('button', { name: 'บันทึกทั้ง 10 แถว' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'บันทึกคะแนนจากไฟล์ indicators-windows874-names-only.csv แล้ว 10 แถว' })).toBeVisible();

  await page.getByRole('navigation', { name: 'เมนูหลัก' }).getByRole('link', { name: 'ภาพรวมผลการประเมิน' }).click();
  const score = page.getByRole('region', { name: 'คะแนนรวมและระดับ' });
  await expect(definitionOf(score, 'คะแนนรวมตามรายงาน')).toHaveText('93.94');
  // The stated total now agrees with the one computed from the indicators.
  await expect(score).toContainText('ตรงกับคะแนนรวมตามรายงาน');
  await page.reload();
  await expect(definitionOf(score, 'คะแนนรวมตามรายงาน')).toHaveText('93.94');
});

test('the planning officer imports a workbook of several sheets: it opens past the cover at the scores, other sheets are picked from the list, and the Excel reader loads only once a file is chosen', async ({ page }) => {
  const scripts: string[] = [];
  page.on('request', (r) => {
    if (r.resourceType() === 'script') scripts.push(new URL(r.url()).pathname);
  });
  const xlsxReader = () => scripts.filter((path) => /\/assets\/xlsx-read-[\w-]+\.js$/.test(path));
  const file = await openImport(page);
  await expect(page.getByRole('button', { name: 'ดาวน์โหลดแบบฟอร์มคะแนนรายตัวชี้วัด (CSV)' })).toBeVisible();
  expect(xlsxReader()).toEqual([]);

  await file.setInputFiles(fixture('indicators-three-sheets.xlsx'));
  const sheet = page.getByRole('combobox', { name: 'แผ่นงานที่จะนำเข้า' });
  await expect(sheet).toBeVisible();
  expect(xlsxReader()).toHaveLength(1);
  await expect(sheet.getByRole('option')).toHaveText(['ปก', 'คะแนนรายตัวชี้วัด', 'OIT']);
  // The cover sheet comes first and holds no table: the file opens at the scores, saying so.
  await expect(sheet).toHaveValue('1');
  await expect(sheet).toHaveAccessibleDescription('เปิดที่แผ่นงานแรกที่มีตารางคะแนน ข้ามแผ่นงาน "ปก" ที่ไม่มีตารางคะแนน');
  const preview = page.getByRole('table', { name: 'ตัวอย่างข้อมูลจากไฟล์ indicators-three-sheets.xlsx: 10 แถวถูกต้อง 0 แถวมีปัญหา' });
  await expect(preview).toBeVisible();

  // Another sheet goes through the same preview; the cover, chosen by hand, is refused by name.
  await sheet.selectOption({ label: 'OIT' });
  await expect(page.getByRole('table', { name: 'ตัวอย่างข้อมูลจากไฟล์ indicators-three-sheets.xlsx: 2 แถวถูกต้อง 0 แถวมีปัญหา' })).toBeVisible();
  await expect(page.getByRole('list', { name: 'ระบบอ่านไฟล์นี้อย่างไร' })).toContainText('อ่านจากแผ่นงาน "OIT"');
  await sheet.selectOption({ label: 'ปก' });
  await expect(page.getByRole('alert')).toContainText('อ่านไฟล์ indicators-three-sheets.xlsx ไม่ได้: แผ่นงาน "ปก"');
  await expect(page.getByRole('button', { name: /^บันทึกทั้ง/ })).toHaveCount(0);

  await sheet.selectOption({ label: 'คะแนนรายตัวชี้วัด' });
  await expect(preview).toBeVisible();
  await expect(page.getByRole('alert')).toHaveCount(0);
  const facts = page.getByRole('list', { name: 'ระบบอ่านไฟล์นี้อย่างไร' });
  await expect(facts).toContainText('อ่านจากแผ่นงาน "คะแนนรายตัวชี้วัด"');
  await expect(facts).toContainText('คะแนนรวมในไฟล์ 93.94');
  // Numbers stored as numbers come through as the sheet shows them.
  await expect(page.getByRole('row', { name: /^\d+ ตัวชี้วัดที่ 2 99\.65/ })).toBeVisible();
  await page.getByRole('button', { name: 'บันทึกทั้ง 10 แถว' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'บันทึกคะแนนจากไฟล์ indicators-three-sheets.xlsx แล้ว 10 แถว' })).toBeVisible();
  expect(xlsxReader()).toHaveLength(1);
});

test('the planning officer imports an O-item checklist saved as tab-separated text on Thai Windows: codes spelled every way, มี/ไม่มี scored 100 or 0', async ({ page }) => {
  const file = await openImport(page);
  await file.setInputFiles(fixture('oitems-windows874-tab.txt'));
  await expect(page.getByRole('table', { name: 'ตัวอย่างข้อมูลจากไฟล์ oitems-windows874-tab.txt: 11 แถวถูกต้อง 0 แถวมีปัญหา' })).toBeVisible();
  await expect(page.getByRole('list', { name: 'ระบบอ่านไฟล์นี้อย่างไร' }).getByRole('listitem')).toHaveText([
    'อ่านเป็นข้อความ Windows-874 / TIS-620 (CSV ภาษาไทยของ Excel บน Windows)',
    'คั่นคอลัมน์ด้วยแท็บ',
    'ข้ามแถว 1 (ชื่อเรื่อง) ก่อนหัวตาราง',
    'ข้ามแถว 3 (หัวข้อย่อยในตาราง)',
    'ข้ามแถว 16 (หมายเหตุใต้ตาราง)',
  ]);
  // "O 4" and "O๕" are O4 and O5; มี scores 100 and ไม่มี 0, as the 2565 framework scores O-items.
  await expect(page.getByRole('row', { name: /^\d+ O4 100\.00/ })).toBeVisible();
  await expect(page.getByRole('row', { name: /^\d+ O5 100\.00/ })).toBeVisible();
  await expect(page.getByRole('row', { name: /^\d+ O6 0\.00/ })).toBeVisible();
  await page.getByRole('button', { name: 'บันทึกทั้ง 11 แถว' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'บันทึกคะแนนจากไฟล์ oitems-windows874-tab.txt แล้ว 11 แถว' })).toBeVisible();
  const results = page.getByRole('region', { name: 'ผลการตรวจข้อ OIT ที่บันทึกไว้' });
  await expect(results.getByRole('listitem').filter({ hasText: /^O4 / })).toContainText('คะแนน 100.00');
  await expect(results.getByRole('listitem').filter({ hasText: /^O6 / })).toContainText('คะแนน 0.00');
});

for (const [name, what] of [
  ['legacy.xls', 'ไฟล์นี้เป็น .xls แบบเก่า หรือ .xlsx ที่ตั้งรหัสผ่าน'],
  ['report.pdf', 'ไฟล์นี้เป็น PDF'],
] as const) {
  test(`a ${name.split('.')[1]} file is refused, saying what it is`, async ({ page }) => {
    const file = await openImport(page);
    await file.setInputFiles(fixture(name));
    await expect(page.getByRole('alert')).toContainText(`อ่านไฟล์ ${name} ไม่ได้: ${what}`);
    await expect(page.getByRole('table', { name: /^ตัวอย่างข้อมูลจากไฟล์/ })).toHaveCount(0);
    await expect(page.getByRole('button', { name: /^บันทึกทั้ง/ })).toHaveCount(0);
  });
}

interface Cell {
  ref: string;
  /** The cell's t attribute: 'n' (a number, also when absent), 's' (a shared string), 'inlineStr' … */
  type: string;
  text: string;
}
const headerRow = (cells: Cell[]) => cells.filter((c) => /^[A-Z]+1$/.test(c.ref)).map((c) => c.text);

/** The cells of a downloaded workbook's first sheet, with shared strings put back in place. */
function firstSheet(bytes: Uint8Array): { names: string[]; cells: Cell[] } {
  const files = unzipSync(bytes);
  const xml = (path: string) => strFromU8(files[path] ?? new Uint8Array());
  const shared = [...xml('xl/sharedStrings.xml').matchAll(/<si>([\s\S]*?)<\/si>/g)].map((m) => [...(m[1] ?? '').matchAll(/<t[^>]*>([^<]*)<\/t>/g)].map((t) => t[1]).join(''));
  const sheet = xml('xl/worksheets/sheet1.xml');
  const cells = [...sheet.matchAll(/<c ([^>]*?)(?:\/>|>([\s\S]*?)<\/c>)/g)].map((m) => {
    const attrs = m[1] ?? '';
    const ref = /r="([A-Z]+\d+)"/.exec(attrs)?.[1] ?? '';
    const type = /t="(\w+)"/.exec(attrs)?.[1] ?? 'n';
    const body = m[2] ?? '';
    const v = /<v>([^<]*)<\/v>/.exec(body)?.[1];
    const inline = [...body.matchAll(/<t[^>]*>([^<]*)<\/t>/g)].map((t) => t[1]).join('');
    const text = type === 's' ? (shared[Number(v)] ?? '') : type === 'inlineStr' ? inline : (v ?? '');
    return { ref, type, text };
  });
  return { names: Object.keys(files), cells };
}

test('the year’s scores and the measures download as Excel workbooks: Thai headers as text, scores as numbers', async ({ page }) => {
  const scripts: string[] = [];
  page.on('request', (r) => {
    if (r.resourceType() === 'script') scripts.push(new URL(r.url()).pathname);
  });
  const xlsxWriter = () => scripts.filter((path) => /\/assets\/xlsx-write-[\w-]+\.js$/.test(path));
  await page.goto('/#/reports');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('รายงาน ปีงบประมาณ พ.ศ. 2565');
  await expect(page.getByRole('article')).toBeVisible();
  expect(xlsxWriter()).toEqual([]);
  const [scores] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'ดาวน์โหลดคะแนนปี 2565 (Excel)' }).click()]);
  expect(xlsxWriter()).toHaveLength(1);
  expect(scores.suggestedFilename()).toBe('scores-2565.xlsx');
  const book = firstSheet(new Uint8Array(readFileSync(await scores.path())));
  const cell = (cells: Cell[], ref: string) => cells.find((c) => c.ref === ref);
  expect(book.names).toContain('xl/worksheets/sheet1.xml');
  expect(headerRow(book.cells)).toEqual(['เครื่องมือ', 'ตัวชี้วัดที่', 'ชื่อตัวชี้วัด', 'น้ำหนัก (ร้อยละ)', 'คะแนน']);
  // Indicator 5's 78.20 is a number Excel can sum, not text; its name is text.
  expect(cell(book.cells, 'E6')).toEqual({ ref: 'E6', type: 'n', text: '78.2' });
  expect(cell(book.cells, 'C6')).toEqual({ ref: 'C6', type: 's', text: 'การแก้ไขปัญหาการทุจริต' });

  const [measures] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'ดาวน์โหลดมาตรการ (Excel)' }).click()]);
  expect(measures.suggestedFilename()).toBe('measures-2565.xlsx');
  const list = firstSheet(new Uint8Array(readFileSync(await measures.path())));
  expect(headerRow(list.cells)).toEqual([
    'ลำดับ',
    'ประเภท',
    'มาตรการ/แนวทาง',
    'รายละเอียด',
    'วิธีการดำเนินการ',
    'ผู้รับผิดชอบ',
    'ระยะเวลาดำเนินการ',
    'การติดตามผล',
    'สถานะล่าสุด',
    'ร้อยละความคืบหน้า',
    'วันที่รายงานล่าสุด',
  ]);
  expect(cell(list.cells, 'C2')).toEqual({ ref: 'C2', type: 's', text: 'การสร้างมาตรฐานป้องกันการรับสินบน' });
  expect(cell(list.cells, 'G2')).toEqual({ ref: 'G2', type: 's', text: 'ต.ค.65-ธ.ค.66' });
  expect(cell(list.cells, 'A2')?.type).toBe('n');
  expect(cell(list.cells, 'J2')).toEqual({ ref: 'J2', type: 'n', text: '0' });
});

test('a year’s framework travels as a file: exported, its name changed, imported back after a preview of the change', async ({ page }) => {
  await page.goto('/#/assessments/framework?year=2565');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('เกณฑ์การประเมิน ปีงบประมาณ พ.ศ. 2565');
  const nameField = page.getByRole('textbox', { name: 'ชื่อเกณฑ์' });
  await expect(nameField).not.toHaveValue('');
  const before = await nameField.inputValue();
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'ส่งออกเกณฑ์ของปี 2565 เป็นไฟล์' }).click()]);
  expect(download.suggestedFilename()).toBe('ita-framework-2565.json');
  await expect(page.getByRole('status').filter({ hasText: 'ส่งออกแล้ว: ita-framework-2565.json' })).toBeVisible();
  const file = JSON.parse(readFileSync(await download.path(), 'utf8'));
  expect(file).toMatchObject({ format: 'ita-framework', version: 1, framework: { fiscalYear: 2565, name: before, oItemScoring: 'present-absent' } });

  const renamed = `${before} (ฉบับจังหวัด)`;
  file.framework.name = renamed;
  const input = page.getByLabel('นำเข้าเกณฑ์จากไฟล์ (.json)');
  await input.setInputFiles({ name: 'ita-framework-2565-จังหวัด.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(file, null, 2)) });
  const preview = page.getByRole('region', { name: /^เกณฑ์ในไฟล์ ita-framework-2565-จังหวัด\.json \(ส่งออกเมื่อ / });
  await expect(preview).toBeVisible();
  await expect(definitionOf(preview, 'ชื่อเกณฑ์')).toHaveText(renamed);
  await expect(definitionOf(preview, 'วิธีให้คะแนนข้อ OIT')).toHaveText('มี/ไม่มี (100 หรือ 0)');
  await expect(preview).toContainText('เกณฑ์ในไฟล์จะแทนเกณฑ์ของปี 2565 ที่มีอยู่ และเปลี่ยน 1 อย่าง:');
  await expect(preview.getByRole('listitem').filter({ hasText: /^ชื่อเกณฑ์:/ })).toHaveText(`ชื่อเกณฑ์: "${before}" → "${renamed}"`);
  await expectNoAxeViolations(page);

  await preview.getByRole('button', { name: 'บันทึกเป็นเกณฑ์ของปี 2565' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'นำเข้าเกณฑ์ของปี 2565 จาก ita-framework-2565-จังหวัด.json แล้ว' })).toBeVisible();
  await expect(preview).toHaveCount(0);
  await expect(nameField).toHaveValue(renamed);
  await page.reload();
  await expect(page.getByRole('textbox', { name: 'ชื่อเกณฑ์' })).toHaveValue(renamed);
});

test('a backup or a broken file offered as a framework is refused in Thai, naming what it is', async ({ page }) => {
  await page.goto('/#/assessments/framework?year=2565');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('เกณฑ์การประเมิน ปีงบประมาณ พ.ศ. 2565');
  const input = page.getByLabel('นำเข้าเกณฑ์จากไฟล์ (.json)');
  const backup = { format: 'ita-measures-dashboard/backup', version: 1, exportedAt: '2026-11-24T07:30:00.000Z', data: {} };
  await input.setInputFiles({ name: 'ita-backup.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(backup)) });
  await expect(page.getByRole('alert')).toContainText('นำเข้า ita-backup.json ไม่ได้: ไฟล์นี้เป็นไฟล์สำรองข้อมูลทั้งหน่วยงาน ไม่ใช่ไฟล์เกณฑ์การประเมิน');

  await input.setInputFiles({ name: 'ita-framework-2565.json', mimeType: 'application/json', buffer: Buffer.from('{\n  "format": "ita-framework",\n  "version": 1,\n  "framework": {') });
  await expect(page.getByRole('alert')).toContainText('นำเข้า ita-framework-2565.json ไม่ได้: ไฟล์นี้ไม่ใช่ไฟล์ JSON หรือถูกตัดขาด/แก้ไขจนอ่านไม่ได้');
  await expect(page.getByRole('button', { name: /^บันทึกเป็นเกณฑ์ของปี/ })).toHaveCount(0);
});

test('the score import preview has no accessibility violations', async ({ page }) => {
  const file = await openImport(page);
  await file.setInputFiles(fixture('indicators-three-sheets.xlsx'));
  await page.getByRole('combobox', { name: 'แผ่นงานที่จะนำเข้า' }).selectOption({ label: 'คะแนนรายตัวชี้วัด' });
  await expect(page.getByRole('table', { name: /^ตัวอย่างข้อมูลจากไฟล์ indicators-three-sheets\.xlsx/ })).toBeVisible();
  await expectNoAxeViolations(page);
  // A file with a bad row: the row's problem is shown and still passes.
  await file.setInputFiles({ name: 'ita-2565.csv', mimeType: 'text/csv', buffer: Buffer.from('\uFEFFตัวชี้วัด,คะแนน\r\n5,85\r\n12,90\r\n', 'utf8') });
  await expect(page.getByRole('table', { name: /1 แถวถูกต้อง 1 แถวมีปัญหา/ })).toBeVisible();
  await expectNoAxeViolations(page);
});
