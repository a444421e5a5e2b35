import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { seedStore } from '../support/seed';
import { renderApp } from './renderApp';

// Real bytes, as Excel and Thai offices save them (tests/fixtures/import/make.mjs).
const fixture = (name: string, as = name) => new File([readFileSync(join(__dirname, '../fixtures/import', name))], as);
// A person can pick "all files" in the dialog; the screen must still say what it was given.
const setup = () => userEvent.setup({ applyAccept: false });
const fileField = () => screen.findByLabelText('เลือกไฟล์คะแนนของปี 2565');
const facts = () => screen.findByRole('list', { name: 'ระบบอ่านไฟล์นี้อย่างไร' });
const factsText = async () => within(await facts()).getAllByRole('listitem').map((li) => li.textContent);

describe('importing a score file as offices save it', () => {
  it('says how it read Excel’s Unicode Text, checks the file’s total, and saves it as the reported total', async () => {
    const user = setup();
    const store = await seedStore();
    await renderApp({ store, url: '/assessments' });
    await user.upload(await fileField(), fixture('indicators-utf16le-tab.txt'));
    await screen.findByRole('table', { name: 'ตัวอย่างข้อมูลจากไฟล์ indicators-utf16le-tab.txt: 10 แถวถูกต้อง 0 แถวมีปัญหา' });
    expect(await factsText()).toEqual([
      'อ่านเป็นข้อความ UTF-16 LE (Unicode Text ของ Excel)',
      'คั่นคอลัมน์ด้วยแท็บ',
      'ข้ามแถว 1 (ชื่อเรื่อง) ก่อนหัวตาราง',
      'คะแนนรวมในไฟล์ 93.94 (แถว 13) ตรงกับที่คำนวณได้ 93.94',
      'เมื่อยืนยัน จะบันทึก 93.94 เป็นคะแนนรวมตามรายงาน แทน 93.95 ที่บันทึกไว้',
    ]);
    expect((await store.getAssessment(2565)).reportedTotal).toBe(93.95);
    await user.click(screen.getByRole('button', { name: 'บันทึกทั้ง 10 แถว' }));
    await screen.findByText('บันทึกคะแนนจากไฟล์ indicators-utf16le-tab.txt แล้ว 10 แถว');
    expect((await store.getAssessment(2565)).reportedTotal).toBe(93.94);
  });

  it.each([
    ['indicators-windows874-names-only.csv', ['อ่านเป็นข้อความ Windows-874 / TIS-620 (CSV ภาษาไทยของ Excel บน Windows)', 'คั่นคอลัมน์ด้วยจุลภาค (,)', 'คะแนนรวมในไฟล์ 93.94 (แถว 12) ตรงกับที่คำนวณได้ 93.94']],
    [
      'indicators-utf8-semicolon-decimal-comma.csv',
      ['อ่านเป็นข้อความ UTF-8', 'คั่นคอลัมน์ด้วยอัฒภาค (;)', 'คะแนนรวมในไฟล์ 93.95 (แถว 12) ไม่ตรงกับที่คำนวณได้ 93.94: ต่างกัน 0.01 ซึ่งการปัดเศษอธิบายไม่ได้ ตรวจคะแนนในไฟล์อีกครั้ง'],
    ],
    [
      'indicators-utf8-bom-comma-titles-total.csv',
      ['อ่านเป็นข้อความ UTF-8 (มี BOM แบบ CSV UTF-8 ของ Excel)', 'คั่นคอลัมน์ด้วยจุลภาค (,)', 'ข้ามแถว 1–3 (ชื่อเรื่อง) ก่อนหัวตาราง', 'ข้ามแถว 17 (หมายเหตุใต้ตาราง)'],
    ],
    ['oitems-windows874-tab.txt', ['อ่านเป็นข้อความ Windows-874 / TIS-620 (CSV ภาษาไทยของ Excel บน Windows)', 'คั่นคอลัมน์ด้วยแท็บ', 'ข้ามแถว 1 (ชื่อเรื่อง) ก่อนหัวตาราง', 'ข้ามแถว 3 (หัวข้อย่อยในตาราง)']],
  ])('says how it read %s', async (name, said) => {
    const user = setup();
    await renderApp({ url: '/assessments' });
    await user.upload(await fileField(), fixture(name));
    await screen.findByRole('table', { name: new RegExp(`^ตัวอย่างข้อมูลจากไฟล์ ${name}: \\d+ แถวถูกต้อง 0 แถวมีปัญหา`) });
    expect(await factsText()).toEqual(expect.arrayContaining(said));
  });

  it.each([
    // An OLE file: an old .xls or a password-protected .xlsx, which its bytes cannot tell apart.
    ['legacy.xls', 'อ่านไฟล์ legacy.xls ไม่ได้: ไฟล์นี้เป็น .xls แบบเก่า หรือ .xlsx ที่ตั้งรหัสผ่าน: เปิดใน Excel ยกเลิกรหัสผ่าน/บันทึกเป็น "สมุดงาน Excel (.xlsx)" แล้วเลือกใหม่'],
    ['report.pdf', 'อ่านไฟล์ report.pdf ไม่ได้: ไฟล์นี้เป็น PDF ไม่ใช่ CSV/ข้อความ'],
    ['unclosed-quote.csv', 'เครื่องหมายคำพูด (") ที่เปิดในแถวที่ 3 ไม่มีเครื่องหมายปิด'],
    ['no-score-column-semicolon.csv', 'อ่านไฟล์เป็น UTF-8 (มี BOM) พบตัวคั่น ; (อัฒภาค) แต่ไม่พบหัวคอลัมน์คะแนน: หัวคอลัมน์ที่พบ (แถวที่ 1) คือ "ตัวชี้วัด", "ผลงาน", "หมายเหตุ"'],
  ])('refuses %s, saying what it found', async (name, problem) => {
    const user = setup();
    await renderApp({ url: '/assessments' });
    await user.upload(await fileField(), fixture(name));
    expect(await screen.findByRole('alert')).toHaveTextContent(problem);
    expect(screen.queryByRole('table', { name: /^ตัวอย่างข้อมูลจากไฟล์/ })).toBeNull();
  });
});

describe('importing an Excel workbook', () => {
  it('opens at the first sheet with a score table, offers the others by name, and reads the one picked', async () => {
    const user = setup();
    const store = await seedStore();
    await renderApp({ store, url: '/assessments' });
    // Named .csv by mistake: the bytes say it is a workbook.
    await user.upload(await fileField(), fixture('indicators-three-sheets.xlsx', 'คะแนน ITA.csv'));
    const sheet = await screen.findByRole('combobox', { name: 'แผ่นงานที่จะนำเข้า' });
    expect(within(sheet).getAllByRole('option').map((o) => o.textContent)).toEqual(['ปก', 'คะแนนรายตัวชี้วัด', 'OIT']);
    // The cover sheet holds no table: the preview opens at the scores, and says what it passed over.
    expect(sheet).toHaveDisplayValue('คะแนนรายตัวชี้วัด');
    expect(sheet).toHaveAccessibleDescription('เปิดที่แผ่นงานแรกที่มีตารางคะแนน ข้ามแผ่นงาน "ปก" ที่ไม่มีตารางคะแนน');
    await screen.findByRole('table', { name: 'ตัวอย่างข้อมูลจากไฟล์ คะแนน ITA.csv: 10 แถวถูกต้อง 0 แถวมีปัญหา' });

    await user.selectOptions(sheet, 'ปก');
    expect(await screen.findByRole('alert')).toHaveTextContent('อ่านไฟล์ คะแนน ITA.csv ไม่ได้: แผ่นงาน "ปก" แต่ไม่พบหัวคอลัมน์ตัวชี้วัดหรือรหัสข้อ OIT และคะแนน');

    await user.selectOptions(sheet, 'คะแนนรายตัวชี้วัด');
    await screen.findByRole('table', { name: 'ตัวอย่างข้อมูลจากไฟล์ คะแนน ITA.csv: 10 แถวถูกต้อง 0 แถวมีปัญหา' });
    expect(screen.queryByRole('alert')).toBeNull();
    expect(await factsText()).toEqual([
      'อ่านจากแผ่นงาน "คะแนนรายตัวชี้วัด"',
      'ข้ามแถว 1–2 (ชื่อเรื่อง) ก่อนหัวตาราง',
      'คะแนนรวมในไฟล์ 93.94 (แถว 14) ตรงกับที่คำนวณได้ 93.94',
      'เมื่อยืนยัน จะบันทึก 93.94 เป็นคะแนนรวมตามรายงาน แทน 93.95 ที่บันทึกไว้',
    ]);

    await user.selectOptions(sheet, 'OIT');
    const oit = await screen.findByRole('table', { name: 'ตัวอย่างข้อมูลจากไฟล์ คะแนน ITA.csv: 2 แถวถูกต้อง 0 แถวมีปัญหา' });
    expect(within(oit).getAllByRole('row').slice(1).map((r) => r.textContent)).toEqual(['2O1100.00✓ ถูกต้อง', '3O20.00✓ ถูกต้อง']);
    await user.click(screen.getByRole('button', { name: 'บันทึกทั้ง 2 แถว' }));
    await screen.findByText('บันทึกคะแนนจากไฟล์ คะแนน ITA.csv แล้ว 2 แถว');
    const saved = await store.getAssessment(2565);
    expect(saved.oItemResults.filter((r) => ['O1', 'O2'].includes(r.code)).map((r) => [r.code, r.score])).toEqual([['O1', 100], ['O2', 0]]);
    // An O-item sheet states no ITA total: the reported one stays.
    expect(saved.reportedTotal).toBe(93.95);
  });

  it('offers no sheet picker for a CSV, and clears the field for the next choice', async () => {
    const user = setup();
    await renderApp({ url: '/assessments' });
    await user.upload(await fileField(), fixture('oitems-utf8-bom-comma-answers.csv'));
    await screen.findByRole('table', { name: /^ตัวอย่างข้อมูลจากไฟล์ oitems-utf8-bom-comma-answers.csv: 11 แถวถูกต้อง/ });
    expect(screen.queryByRole('combobox', { name: 'แผ่นงานที่จะนำเข้า' })).toBeNull();
    await waitFor(() => expect(screen.getByLabelText('เลือกไฟล์คะแนนของปี 2565')).toHaveValue(''));
  });
});

describe('what a screen reader is told of a read', () => {
  const section = () => screen.getByRole('region', { name: 'นำเข้าคะแนนจากไฟล์' });

  it('says how many rows are good and how many are not, and why nothing can be saved yet', async () => {
    const user = setup();
    await renderApp({ url: '/assessments' });
    await user.upload(await fileField(), new File(['ตัวชี้วัด,คะแนน\n1,90\n2,สูง\n'], 'bad.csv'));
    await waitFor(() => expect(within(section()).getByRole('status')).toHaveTextContent('อ่านแล้ว: 1 แถวถูกต้อง 1 แถวมีปัญหา'));
    expect(within(section()).getByRole('note')).toHaveTextContent('แก้ไขแถวที่มีปัญหาในไฟล์แล้วเลือกไฟล์ใหม่');
    expect(within(section()).queryByRole('button', { name: /^บันทึกทั้ง/ })).toBeNull();
  });

  it('offers the save as a plain button with the primary look, as it sits in no form', async () => {
    const user = setup();
    await renderApp({ url: '/assessments' });
    await user.upload(await fileField(), new File(['ตัวชี้วัด,คะแนน\n1,90\n2,80\n'], 'good.csv'));
    await waitFor(() => expect(within(section()).getByRole('status')).toHaveTextContent('อ่านแล้ว: 2 แถวถูกต้อง 0 แถวมีปัญหา'));
    const confirm = within(section()).getByRole('button', { name: 'บันทึกทั้ง 2 แถว' });
    expect(confirm).toHaveAttribute('type', 'button');
    expect(confirm).toHaveClass('primary');
  });
});

describe('a partial file that states a total', () => {
  it('checks nothing against it and does not save it as the year’s reported total', async () => {
    const user = setup();
    const store = await seedStore();
    const year = await store.getAssessment(2565);
    await store.saveAssessment({ ...year, indicatorScores: year.indicatorScores.filter((s) => s.indicator <= 2) });
    await renderApp({ store, url: '/assessments' });
    await user.upload(await fileField(), new File(['ตัวชี้วัด,คะแนน\n1,90\n2,80\nรวม,85.50\n'], 'partial.csv'));
    await screen.findByRole('table', { name: 'ตัวอย่างข้อมูลจากไฟล์ partial.csv: 2 แถวถูกต้อง 0 แถวมีปัญหา' });
    expect(await factsText()).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^คะแนนรวมในไฟล์ 85.50 \(แถว 4\): ยังคำนวณคะแนนรวมมาเทียบไม่ได้/),
        'เมื่อยืนยัน จะไม่บันทึก 85.50 เป็นคะแนนรวมตามรายงาน เพราะยังไม่มีคะแนนครบทุกตัวชี้วัดให้ตรวจ',
      ]),
    );
    await user.click(screen.getByRole('button', { name: 'บันทึกทั้ง 2 แถว' }));
    await screen.findByText('บันทึกคะแนนจากไฟล์ partial.csv แล้ว 2 แถว');
    const saved = await store.getAssessment(2565);
    expect(saved.indicatorScores.find((s) => s.indicator === 1)?.score).toBe(90);
    expect(saved.reportedTotal).toBe(year.reportedTotal);
  });
});

describe('a file too large to be a score file', () => {
  it('says its size and the limit, and reads none of it', async () => {
    const user = setup();
    await renderApp({ url: '/assessments' });
    const file = new File([new Uint8Array(5 * 1024 * 1024 + 1)], 'scan.csv');
    file.arrayBuffer = () => Promise.reject(new Error('read a file over the limit'));
    await user.upload(await fileField(), file);
    expect(await screen.findByRole('alert')).toHaveTextContent('อ่านไฟล์ scan.csv ไม่ได้: ไฟล์ขนาด 5.01 MB เกินขนาดสูงสุด 5 MB ของไฟล์คะแนน');
  });
});

describe('a file the browser cannot hand over', () => {
  it('says so and offers to choose again, instead of staying on "reading"', async () => {
    const user = setup();
    await renderApp({ url: '/assessments' });
    const file = new File(['ตัวชี้วัด,คะแนน\n5,85'], 'moved.csv');
    file.arrayBuffer = () => Promise.reject(new Error('NotReadableError'));
    await user.upload(await fileField(), file);
    expect(await screen.findByRole('alert')).toHaveTextContent('อ่านไฟล์ moved.csv ไม่ได้: เบราว์เซอร์อ่านไฟล์ไม่ได้ ไฟล์อาจถูกย้ายหรือลบหลังจากเลือก (NotReadableError)');
    expect(screen.queryByText(/^กำลังอ่านไฟล์/)).toBeNull();
  });
});

describe('a file of a year the page is not', () => {
  const text = (year: number) => new File([`ปีงบประมาณ,ตัวชี้วัด,คะแนน\n${year},5,85\n${year},6,90`], `ita-${year}.csv`);

  it('is refused once, pointing to starting that year, which the link fills in', async () => {
    const user = setup();
    await renderApp({ url: '/assessments' });
    await user.upload(await fileField(), text(2567));
    expect(await screen.findByRole('alert')).toHaveTextContent('อ่านไฟล์ ita-2567.csv ไม่ได้: ทุกแถวในไฟล์เป็นผลของปีงบประมาณ 2567 ไม่ใช่ปี 2565 ที่กำลังนำเข้า');
    expect(screen.queryByRole('table', { name: /^ตัวอย่างข้อมูลจากไฟล์/ })).toBeNull();
    expect(screen.getByRole('note')).toHaveTextContent('ยังไม่ได้เริ่มปีงบประมาณ 2567 ในระบบ');
    await user.click(screen.getByRole('link', { name: 'เริ่มปีงบประมาณ 2567' }));
    const field = await screen.findByLabelText('ปีงบประมาณ (พ.ศ.)');
    await waitFor(() => expect(field).toHaveFocus());
    expect(field).toHaveValue('2567');
  });

  it('points to a year already started instead', async () => {
    const user = setup();
    await renderApp({ url: '/assessments' });
    const start = await screen.findByRole('button', { name: 'เริ่มปีใหม่' });
    // Enabled once the organisation and the frameworks it copies from have been read.
    await waitFor(() => expect(start).toBeEnabled());
    await user.click(start);
    await screen.findByRole('heading', { level: 1, name: 'ผลการประเมิน ปีงบประมาณ พ.ศ. 2566' });
    await user.upload(await screen.findByLabelText('เลือกไฟล์คะแนนของปี 2566'), text(2565));
    await screen.findByRole('alert');
    expect(screen.getByRole('link', { name: 'ไปที่ปี 2565 เพื่อนำเข้าไฟล์นี้' })).toHaveAttribute('href', '#/assessments?year=2565');
  });
});

describe('importing in English', () => {
  it('words every row’s problem in English, quoting the cell as the file has it', async () => {
    const user = setup();
    await renderApp({ url: '/assessments?lang=en' });
    await user.upload(await screen.findByLabelText('Choose a file of scores for 2565'), new File(['ตัวชี้วัด,คะแนน\n5,abc\n11,90\n1,85'], 'bad.csv'));
    const table = await screen.findByRole('table', { name: /^What bad\.csv holds/ });
    const rows = within(table).getAllByRole('row').map((r) => r.textContent);
    expect(rows).toEqual(expect.arrayContaining([expect.stringContaining('The score "abc" must be a number from 0 to 100 with at most 2 decimals')]));
    expect(rows).toEqual(expect.arrayContaining([expect.stringContaining('The 2565 framework has no indicator 11')]));
    expect(table.textContent).not.toMatch(/[\u0E00-\u0E7F]/);
  });
});
