import { expect, test } from '@playwright/test';
import { expectNoAxeViolations } from './support';

test('the planning officer imports corrected scores from a spreadsheet, checks the preview, saves, and the dashboard follows', async ({ page }) => {
  await page.goto('/#/assessments');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('ผลการประเมิน ปีงบประมาณ พ.ศ. 2565');
  const file = page.getByLabel('เลือกไฟล์คะแนนของปี 2565');
  // Excel's "CSV UTF-8": a byte-order mark, CRLF, Thai headers; one bad row first.
  await file.setInputFiles({ name: 'ita-2565.csv', mimeType: 'text/csv', buffer: Buffer.from('\uFEFFปีงบประมาณ,ตัวชี้วัด,คะแนน\r\n2565,5,85\r\n2565,12,90\r\n', 'utf8') });
  await expect(page.getByRole('table', { name: /1 แถวถูกต้อง 1 แถวมีปัญหา/ })).toContainText('ไม่มีตัวชี้วัดที่ 12 ในเกณฑ์ปี 2565');
  await expect(page.getByRole('button', { name: /^บันทึกทั้ง/ })).toHaveCount(0);
  await expectNoAxeViolations(page);

  await file.setInputFiles({ name: 'ita-2565.csv', mimeType: 'text/csv', buffer: Buffer.from('\uFEFFปีงบประมาณ,ตัวชี้วัด,คะแนน\r\n2565,5,85\r\n', 'utf8') });
  await page.getByRole('button', { name: 'บันทึกทั้ง 1 แถว' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'บันทึกคะแนนจากไฟล์ ita-2565.csv แล้ว 1 แถว' })).toBeVisible();

  await page.getByRole('navigation', { name: 'เมนูหลัก' }).getByRole('link', { name: 'ภาพรวมผลการประเมิน' }).click();
  await expect(page.getByRole('row', { name: /^5 การแก้ไขปัญหาการทุจริต/ })).toContainText('85.00');
  // 93.94 + (85 − 78.20) × 6 % = 94.348 → 94.35; the reported 93.95 stays as reported.
  await expect(page.getByRole('region', { name: 'คะแนนรวมและระดับ' })).toContainText('94.35');
  await page.reload();
  await expect(page.getByRole('row', { name: /^5 การแก้ไขปัญหาการทุจริต/ })).toContainText('85.00');
});

test('the planning officer starts 2566, imports its result from CSV and sees the dashboard for 2566 with the change from 2565', async ({ page }) => {
  await page.goto('/#/assessments');
  await expect(page.getByRole('textbox', { name: 'ปีงบประมาณ (พ.ศ.)' })).toHaveValue('2566');
  await expect(page.getByRole('button', { name: 'เริ่มปีใหม่' })).toBeEnabled();
  await page.getByRole('button', { name: 'เริ่มปีใหม่' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('ผลการประเมิน ปีงบประมาณ พ.ศ. 2566');
  const scores = [95, 99.65, 100, 98.33, 90, 93, 92, 91, 100, 95];
  const csv = ['ปีงบประมาณ,ตัวชี้วัด,คะแนน', ...scores.map((s, i) => `2566,${i + 1},${s}`)].join('\r\n');
  await page.getByLabel('เลือกไฟล์คะแนนของปี 2566').setInputFiles({ name: 'ita-2566.csv', mimeType: 'text/csv', buffer: Buffer.from(`\uFEFF${csv}`, 'utf8') });
  await page.getByRole('button', { name: 'บันทึกทั้ง 10 แถว' }).click();
  await expect(page.getByText('บันทึกคะแนนจากไฟล์ ita-2566.csv แล้ว 10 แถว')).toBeVisible();
  await expectNoAxeViolations(page);

  await page.getByRole('navigation', { name: 'เมนูหลัก' }).getByRole('link', { name: 'ภาพรวมผลการประเมิน' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('ผลการประเมิน ITA ปีงบประมาณ พ.ศ. 2566');
  const score = page.getByRole('region', { name: 'คะแนนรวมและระดับ' });
  await expect(score).toContainText('95.58');
  await expect(score).toContainText('เพิ่มขึ้น 1.63 คะแนนจากปี 2565 (93.95 คะแนน ระดับ A)');
  const trend = page.getByRole('region', { name: 'ผลการประเมินย้อนหลัง' });
  await expect(trend.getByRole('row')).toHaveCount(3);
  await expectNoAxeViolations(page);

  // A finding from 2566's weakest indicator, and a measure from the finding.
  await page.getByRole('navigation', { name: 'เมนูหลัก' }).getByRole('link', { name: 'ผลการประเมิน', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('ผลการประเมิน ปีงบประมาณ พ.ศ. 2566');
  const form = page.getByRole('form', { name: 'เพิ่มข้อบกพร่อง' });
  await expect(form.getByRole('combobox', { name: 'ข้อบกพร่องของ' })).toHaveValue('i5');
  await form.getByRole('textbox', { name: 'หัวข้อ' }).fill('การแก้ไขปัญหาการทุจริต');
  await form.getByRole('textbox', { name: 'มาตรการดำเนินการปรับปรุง' }).fill('เผยแพร่แผนป้องกันการทุจริตให้บุคลากรทราบ');
  await form.getByRole('checkbox', { name: 'สำนักปลัดเทศบาล' }).check();
  await form.getByRole('button', { name: 'บันทึกข้อบกพร่อง' }).click();
  await page.getByRole('link', { name: 'สร้างมาตรการจากข้อบกพร่อง การแก้ไขปัญหาการทุจริต' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('เพิ่มมาตรการ ปีงบประมาณ พ.ศ. 2566');
  await expect(page.getByLabel('คำอธิบาย')).toHaveValue('เผยแพร่แผนป้องกันการทุจริตให้บุคลากรทราบ');
  await page.getByLabel('ชื่อมาตรการ').fill('เผยแพร่แผนป้องกันการทุจริต');
  await page.getByRole('button', { name: 'บันทึกมาตรการ' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('เผยแพร่แผนป้องกันการทุจริต');
  await expect(page.getByRole('link', { name: 'ตัวชี้วัดที่ 5' })).toBeVisible();
});
