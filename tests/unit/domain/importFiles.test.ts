import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { frameworkFor } from '../../../src/domain/frameworks/registry';
import { readScoreBytes, readScoreRows, type ScoreImport } from '../../support/importInThai';
import { readWorkbook } from '../../../src/ui/xlsx/readWorkbook';

// The files are written by tests/fixtures/import/make.mjs, byte for byte as Excel saves them.
const fixture = (name: string) => new Uint8Array(readFileSync(join(__dirname, '../../fixtures/import', name)));
const framework = frameworkFor(2565);
const read = (name: string): ScoreImport => readScoreBytes(fixture(name), name, framework, 2565);

const INDICATORS = [93.75, 99.65, 100, 98.33, 78.2, 91.72, 89.7, 88.5, 100, 93.75].map((score, i) => [i + 1, score]);
const O_ITEMS = [100, 100, 100, 100, 100, 0, 0, 0, 0, 0, 0].map((score, i) => [`O${i + 1}`, score]);

describe('score files as Excel and Thai offices save them', () => {
  it.each([
    // file, encoding, separator, skipped rows, total row [row, label, score], what the rows hold
    ['indicators-utf8-bom-comma-titles-total.csv', 'utf-8-bom', ',', [[1, 3, 'title'], [17, 17, 'notes']], [16, 'คะแนนรวม', 93.94], INDICATORS],
    ['indicators-utf8-semicolon-decimal-comma.csv', 'utf-8', ';', [], [12, 'รวม', 93.95], INDICATORS],
    ['indicators-utf16le-tab.txt', 'utf-16le', '\t', [[1, 1, 'title']], [13, 'รวมทั้งสิ้น', 93.94], INDICATORS],
    ['indicators-utf16be-tab.txt', 'utf-16be', '\t', [[1, 1, 'title']], [13, 'รวมทั้งสิ้น', 93.94], INDICATORS],
    ['indicators-windows874-names-only.csv', 'windows-874', ',', [], [12, 'คะแนน ITA', 93.94], INDICATORS],
    ['oitems-utf8-bom-comma-answers.csv', 'utf-8-bom', ',', [[1, 1, 'title'], [3, 3, 'section'], [16, 16, 'notes']], null, O_ITEMS],
    ['oitems-windows874-tab.txt', 'windows-874', '\t', [[1, 1, 'title'], [3, 3, 'section'], [16, 16, 'notes']], null, O_ITEMS],
  ])('reads %s', (name, encoding, separator, skipped, total, values) => {
    const result = read(name);
    if (!result.ok) throw new Error(result.problem);
    expect(result.source).toEqual({ fileName: name, encoding, separator });
    expect(result.skipped.map((s) => [s.from, s.to, s.why])).toEqual(skipped);
    expect(result.total && [result.total.row, result.total.label, result.total.score]).toEqual(total);
    expect(result.rows.flatMap((r) => r.problems)).toEqual([]);
    expect(result.rows.map((r) => (r.value?.kind === 'indicator' ? [r.value.indicator, r.value.score] : r.value ? [r.value.code, r.value.score] : null))).toEqual(values);
  });

  it('keeps a comment that holds the separator, from either encoding', () => {
    for (const name of ['oitems-utf8-bom-comma-answers.csv', 'oitems-windows874-tab.txt']) {
      const result = read(name);
      const o6 = result.ok ? result.rows.find((r) => r.value?.kind === 'oItem' && r.value.code === 'O6')?.value : null;
      expect(o6).toEqual({ kind: 'oItem', code: 'O6', score: 0, comment: 'ยังไม่เผยแพร่กฎหมาย, ระเบียบ ที่เกี่ยวข้อง' });
    }
  });

  it.each([
    ['legacy.xls', 'ไฟล์นี้เป็นไฟล์ Excel แบบเก่า (.xls) ไม่ใช่ CSV/ข้อความ: เปิดใน Excel แล้วบันทึกเป็น .xlsx หรือ CSV UTF-8'],
    ['report.pdf', 'ไฟล์นี้เป็น PDF ไม่ใช่ CSV/ข้อความ'],
    ['archive.zip', 'ไฟล์นี้เป็นไฟล์บีบอัด ZIP ที่ไม่ใช่สมุดงาน Excel (.xlsx) ไม่ใช่ CSV/ข้อความ'],
    ['utf32le.txt', 'ไฟล์นี้เข้ารหัสเป็น UTF-32 ซึ่งระบบไม่อ่าน'],
    ['random.bin', 'ไฟล์นี้มีไบต์ศูนย์ (0x00) ซึ่งไฟล์ CSV ไม่มี'],
    ['unclosed-quote.csv', 'อ่านไฟล์เป็น UTF-8 พบตัวคั่น , (จุลภาค) แต่เครื่องหมายคำพูด (") ที่เปิดในแถวที่ 3 ไม่มีเครื่องหมายปิด'],
    ['no-score-column-semicolon.csv', 'อ่านไฟล์เป็น UTF-8 (มี BOM) พบตัวคั่น ; (อัฒภาค) แต่ไม่พบหัวคอลัมน์คะแนน: หัวคอลัมน์ที่พบ (แถวที่ 1) คือ "ตัวชี้วัด", "ผลงาน", "หมายเหตุ"'],
  ])('refuses %s, saying what it is', (name, problem) => {
    const result = read(name);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problem).toContain(problem);
  });
});

describe('an Excel workbook’s sheets', () => {
  it('reads each sheet through the same steps as a CSV: a cover refused, scores and O-items read', async () => {
    const workbook = await readWorkbook(fixture('indicators-three-sheets.xlsx').slice().buffer);
    if (!workbook.ok) throw new Error(workbook.code);
    const [cover, scores, oit] = workbook.sheets.map((sheet) => readScoreRows(sheet.rows, { fileName: 'ita.xlsx', sheet: sheet.name }, framework, 2565));
    expect(cover?.ok === false && cover.problem).toContain('แผ่นงาน "ปก" แต่ไม่พบหัวคอลัมน์ตัวชี้วัดหรือรหัสข้อ OIT และคะแนน');
    if (!scores?.ok || !oit?.ok) throw new Error('sheets 2 and 3 should read');
    expect([scores.skipped, scores.total?.score]).toEqual([[{ from: 1, to: 2, why: 'title' }], 93.94]);
    expect(scores.rows.map((r) => (r.value?.kind === 'indicator' ? [r.value.indicator, r.value.score] : r.problems))).toEqual(INDICATORS);
    expect(oit.rows.map((r) => (r.value?.kind === 'oItem' ? [r.value.code, r.value.score] : r.problems))).toEqual([['O1', 100], ['O2', 0]]);
  });
});

describe('every encoding with every separator and layout', () => {
  const tis620 = (text: string) => Buffer.from([...text].map((c) => (c.charCodeAt(0) < 0x80 ? c.charCodeAt(0) : c.charCodeAt(0) - 0x0e00 + 0xa0)));
  const ENCODE = {
    'utf-8': (text: string) => Buffer.from(text, 'utf8'),
    'utf-8-bom': (text: string) => Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text, 'utf8')]),
    'utf-16le': (text: string) => Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]),
    'utf-16be': (text: string) => Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(text, 'utf16le').swap16()]),
    'windows-874': tis620,
  } as const;
  const LAYOUTS = {
    plain: { lines: (s: string) => [`ตัวชี้วัด${s}คะแนน`, `5${s}85`, `การใช้อำนาจ${s}90`], skipped: [], total: null },
    'titles, a blank column, a blank row and a total': {
      lines: (s: string) => [`รายงานผลคะแนน ITA${s}${s}`, `${s}${s}`, `ตัวชี้วัดที่${s}${s}ผลคะแนน`, `5${s}${s}85`, `${s}${s}`, `3${s}${s}90`, `คะแนนรวม${s}${s}93.94`],
      skipped: [{ from: 1, to: 2, why: 'title' }],
      total: 93.94,
    },
    'old Mac line ends and a quoted name holding the separator': {
      lines: (s: string) => [`ตัวชี้วัด${s}คะแนน ITA`, `"5${s} การแก้ไขปัญหาการทุจริต"${s}85`, `3${s}90`],
      skipped: [],
      total: null,
    },
  };
  const cases = Object.keys(ENCODE).flatMap((encoding) =>
    [',', '\t', ';'].flatMap((separator) => Object.keys(LAYOUTS).map((layout) => [encoding, JSON.stringify(separator), layout, separator] as const)),
  );

  it.each(cases)('reads %s, separated by %s, %s', (encoding, _shown, layout, separator) => {
    const shape = LAYOUTS[layout as keyof typeof LAYOUTS];
    const end = layout.startsWith('old Mac') ? '\r' : '\r\n';
    const bytes = ENCODE[encoding as keyof typeof ENCODE](shape.lines(separator).join(end) + end);
    const result = readScoreBytes(new Uint8Array(bytes), 'scores.txt', framework, 2565);
    if (!result.ok) throw new Error(result.problem);
    expect(result.source).toEqual({ fileName: 'scores.txt', encoding, separator });
    expect(result.skipped).toEqual(shape.skipped);
    expect(result.total?.score ?? null).toBe(shape.total);
    expect(result.rows.map((r) => (r.value?.kind === 'indicator' ? [r.value.indicator, r.value.score] : r.problems))).toEqual([
      [5, 85],
      [3, 90],
    ]);
  });
});
