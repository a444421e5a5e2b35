import { frameworkFor } from '../../../src/domain/frameworks/registry';
import { applyImport } from '../../../src/domain/import/applyImport';
import { checkFileTotal } from '../../../src/domain/import/fileTotal';
import { arabicDigits, parseDelimited } from '../../../src/domain/import/delimited';
import { readScoreFile as readCodes } from '../../../src/domain/import/scoreImport';
import { readScoreBytes, readScoreFile, type ScoreImport } from '../../support/importInThai';
import { scoreTemplate } from '../../../src/domain/import/template';
import { seedData } from '../../support/seed';

const framework = frameworkFor(2565);
const read = (text: string, name = 'scores.csv', year = 2565) => readScoreFile(text, name, framework, year);
const rowsOf = (result: ScoreImport) => {
  if (!result.ok) throw new Error(result.problem);
  return result.rows;
};
/** Rows as the import gives them, problems as codes, for the steps that take them. */
const codeRows = (text: string) => {
  const result = readCodes(text, 'scores.csv', framework, 2565);
  if (!result.ok) throw new Error(result.problem.code);
  return result.rows;
};
const TEN = [93.75, 99.65, 100, 98.33, 78.2, 91.72, 89.7, 88.5, 100, 93.75];

describe('reading delimited text', () => {
  it.each([
    ['comma', 'a,b\r\n1,2\r\n', ',', [['a', 'b'], ['1', '2']]],
    ['tab, as pasted from a spreadsheet', 'a\tb\n1\t2', '\t', [['a', 'b'], ['1', '2']]],
    ['a byte-order mark', '\uFEFFa,b\n1,2', ',', [['a', 'b'], ['1', '2']]],
    ['quoted commas, quotes and line breaks', 'a,b\n"x, y","say ""hi""\nthere"', ',', [['a', 'b'], ['x, y', 'say "hi"\nthere']]],
    ['blank lines kept for row numbers', 'a\n\n1', ',', [['a'], [''], ['1']]],
  ])('reads %s', (_what, text, delimiter, rows) => {
    expect(parseDelimited(text)).toEqual({ delimiter, rows });
  });

  it('turns Thai numerals into Arabic ones', () => {
    expect(arabicDigits('ปี ๒๕๖๖ ได้ ๗๘.๒๐')).toBe('ปี 2566 ได้ 78.20');
  });
});

describe('reading a score file', () => {
  const goodThai = ['ตัวชี้วัด,คะแนน', ...TEN.map((s, i) => `${i + 1},${s}`)].join('\n');

  it.each([
    ['Thai headers, comma', goodThai, 'scores.csv'],
    ['English keys, tab', ['indicator\tscore', ...TEN.map((s, i) => `${i + 1}\t${s}`)].join('\n'), 'scores.tsv'],
    ['a BOM and CRLF, as Excel saves', `\uFEFF${goodThai.replace(/\n/g, '\r\n')}\r\n`, 'scores.csv'],
    ['"ตัวชี้วัดที่ 5" and names in the indicator column', ['ตัวชี้วัด,คะแนน', ...TEN.map((s, i) => `ตัวชี้วัดที่ ${i + 1} ชื่อ,${s}`)].join('\n'), 'scores.csv'],
    ['Thai numerals', ['ตัวชี้วัด,คะแนน', ...TEN.map((s, i) => `${i + 1},${s}`)].join('\n').replace(/\d/g, (d) => '๐๑๒๓๔๕๖๗๘๙'[Number(d)] ?? d), 'scores.csv'],
    ['a JSON array', JSON.stringify(TEN.map((score, i) => ({ indicator: i + 1, score }))), 'scores.json'],
    ['JSON with rows and Thai keys', JSON.stringify({ rows: TEN.map((s, i) => ({ ตัวชี้วัด: String(i + 1), คะแนน: String(s) })) }), 'x.json'],
  ])('reads the ten indicator scores from %s', (_what, text, name) => {
    const result = read(text, name);
    expect(result.ok && result.kind).toBe('indicators');
    const rows = rowsOf(result);
    expect(rows.every((r) => r.problems.length === 0)).toBe(true);
    expect(rows.map((r) => (r.value?.kind === 'indicator' ? [r.value.indicator, r.value.score] : null))).toEqual(TEN.map((s, i) => [i + 1, s]));
  });

  it.each([
    ['an unknown indicator', 'ตัวชี้วัด,คะแนน\n11,90', 'ไม่มีตัวชี้วัดที่ 11 ในเกณฑ์ปี 2565'],
    ['a score over 100', 'ตัวชี้วัด,คะแนน\n5,100.5', 'คะแนน 100.5 เกิน 100'],
    ['three decimals', 'ตัวชี้วัด,คะแนน\n5,78.205', 'คะแนน "78.205" ต้องเป็นตัวเลข 0–100 ทศนิยมไม่เกิน 2 ตำแหน่ง'],
    ['a negative score', 'ตัวชี้วัด,คะแนน\n5,-1', 'คะแนน "-1" ต้องเป็นตัวเลข 0–100 ทศนิยมไม่เกิน 2 ตำแหน่ง'],
    ['no score', 'ตัวชี้วัด,คะแนน\n5,', 'ไม่มีคะแนน'],
    ['words for an indicator', 'ตัวชี้วัด,คะแนน\nการทุจริต,80', 'อ่านตัวชี้วัดจาก "การทุจริต" ไม่ได้: ต้องเป็นเลขตัวชี้วัด (เช่น 5 หรือ ตัวชี้วัดที่ 5) หรือชื่อตัวชี้วัดตามเกณฑ์ปี 2565'],
    ['a sub-issue for an indicator', 'ตัวชี้วัด,คะแนน\n10.1,87.5', '"10.1" เป็นประเด็นย่อยของตัวชี้วัด ไม่ใช่ตัวชี้วัด: ใช้คะแนนของตัวชี้วัดทั้งตัว'],
  ])('refuses %s, naming the row and why', (_what, text, problem) => {
    expect(rowsOf(read(text))).toEqual([{ row: 2, value: null, problems: [problem] }]);
  });

  it('says every problem of a row, and numbers rows as a spreadsheet does, blank lines included', () => {
    const rows = rowsOf(read('ปี,ตัวชี้วัด,คะแนน\n2565,5,80\n\n2564,12,abc'));
    expect(rows.map((r) => [r.row, r.problems])).toEqual([
      [2, []],
      [4, ['เป็นผลของปี 2564 ไม่ใช่ปี 2565', 'คะแนน "abc" ต้องเป็นตัวเลข 0–100 ทศนิยมไม่เกิน 2 ตำแหน่ง', 'ไม่มีตัวชี้วัดที่ 12 ในเกณฑ์ปี 2565']],
    ]);
  });

  it('flags the second of two rows for one indicator, pointing at the first', () => {
    const rows = rowsOf(read('indicator,score\n5,80\n6,90\n5,81'));
    expect(rows[2]).toEqual({ row: 4, value: null, problems: ['ตัวชี้วัดที่ 5 ซ้ำกับแถวที่ 2'] });
    expect(rows[0]?.problems).toEqual([]);
  });

  it('reads O-item results with the assessor’s comment', () => {
    const rows = rowsOf(read('รหัส,คะแนน,ความเห็นของผู้ตรวจ\nO35,0,"ยังไม่แสดงการมีส่วนร่วม, ของผู้บริหาร"\no 12,100,\nO44,0,\nX1,0,'));
    expect(rows.map((r) => [r.value, r.problems])).toEqual([
      [{ kind: 'oItem', code: 'O35', score: 0, comment: 'ยังไม่แสดงการมีส่วนร่วม, ของผู้บริหาร' }, []],
      [{ kind: 'oItem', code: 'O12', score: 100, comment: '' }, []],
      [null, ['ไม่มีข้อ O44 ในเกณฑ์ปี 2565']],
      [null, ['อ่านรหัสข้อ OIT จาก "X1" ไม่ได้ (ต้องเป็น O ตามด้วยตัวเลข เช่น O35)']],
    ]);
  });

  it.each([
    ['an empty file', '', 'ไฟล์ว่าง ไม่มีข้อมูล'],
    ['headers it does not know', 'ชื่อ,ค่า\na,1', 'พบตัวคั่น , (จุลภาค) แต่ไม่พบหัวคอลัมน์ตัวชี้วัดหรือรหัสข้อ OIT และคะแนน: หัวคอลัมน์ที่พบ (แถวที่ 1) คือ "ชื่อ", "ค่า"'],
    ['no score column', 'ตัวชี้วัด,หมายเหตุ\n5,x', 'พบตัวคั่น , (จุลภาค) แต่ไม่พบหัวคอลัมน์คะแนน: หัวคอลัมน์ที่พบ (แถวที่ 1) คือ "ตัวชี้วัด", "หมายเหตุ"'],
    ['JSON without a score key', '[{"indicator": 5, "value": 80}]', 'ไฟล์ JSON ต้องมีคีย์ตัวชี้วัดหรือรหัสข้อ (indicator หรือ code) และคะแนน (score) แต่คีย์ที่อ่านได้คือ indicator'],
    ['headers and no rows', 'ตัวชี้วัด,คะแนน\n\n', 'ไฟล์มีแต่หัวคอลัมน์ ไม่มีแถวข้อมูล'],
    ['broken JSON', '[{"indicator": 5,', 'อ่านไฟล์ JSON ไม่ได้ รูปแบบไม่ถูกต้อง'],
    ['JSON that is not a list', '{"indicator": 5}', 'ไฟล์ JSON ต้องเป็นรายการ (array) ของแถว'],
  ])('refuses %s as a whole, saying why', (_what, text, problem) => {
    const result = read(text);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problem).toContain(problem);
  });
});

describe('applying an import', () => {
  const [assessment] = seedData().assessments;
  if (!assessment) throw new Error('no assessment');

  it('replaces the scores it names and keeps the rest', () => {
    const next = applyImport(assessment, codeRows('ตัวชี้วัด,คะแนน\n5,85\n8,91.5'));
    expect(next.indicatorScores.map((s) => s.score)).toEqual([93.75, 99.65, 100, 98.33, 85, 91.72, 89.7, 91.5, 100, 93.75]);
    expect(next.oItemResults).toEqual(assessment.oItemResults);
  });

  it('adds O-item results in code order, keeping an assessor comment the file leaves blank', () => {
    const next = applyImport(assessment, codeRows('code,score\nO35,100\nO2,0'));
    expect(next.oItemResults.map((r) => [r.code, r.score, r.assessorComment.length > 0])).toEqual([
      ['O2', 0, false],
      ['O35', 100, true],
    ]);
  });

  it('keeps the reported total unless the file states one, which then becomes it', () => {
    const rows = codeRows('ตัวชี้วัด,คะแนน\n5,85');
    expect(applyImport(assessment, rows).reportedTotal).toBe(assessment.reportedTotal);
    expect(applyImport(assessment, rows, 94.35).reportedTotal).toBe(94.35);
  });

  it('refuses to apply anything while a row is bad', () => {
    expect(() => applyImport(assessment, codeRows('ตัวชี้วัด,คะแนน\n5,85\n11,90'))).toThrow('นำเข้าได้เฉพาะเมื่อทุกแถวถูกต้อง');
  });
});

describe('the total a file states', () => {
  const [assessment] = seedData().assessments;
  if (!assessment) throw new Error('no assessment');
  const empty = { ...assessment, indicatorScores: [] };
  const all = ['ตัวชี้วัด,คะแนน', ...TEN.map((s, i) => `${i + 1},${s}`)].join('\n');

  it.each([
    ['the file’s own scores give it', empty, all, 93.94, { kind: 'matches', stated: 93.94, computed: 93.94 }],
    // The printed scores can stand for totals from 93.93 to 93.94.
    ['rounding of the printed scores explains it', empty, all, 93.93, { kind: 'differs', stated: 93.93, computed: 93.94, difference: -0.01, explainedByRounding: true }],
    ['nothing explains it', empty, all, 93.95, { kind: 'differs', stated: 93.95, computed: 93.94, difference: 0.01, explainedByRounding: false }],
    // 93.94 + (85 − 78.20) × 6 % = 94.348 → 94.35
    ['the year’s other scores complete it', assessment, 'ตัวชี้วัด,คะแนน\n5,85', 94.35, { kind: 'matches', stated: 94.35, computed: 94.35 }],
    ['the year still lacks indicators', empty, 'ตัวชี้วัด,คะแนน\n5,85\n6,90', 90, { kind: 'incomplete', stated: 90, missing: [1, 2, 3, 4, 7, 8, 9, 10] }],
  ])('is checked when %s', (_what, year, text, stated, check) => {
    expect(checkFileTotal(framework, year, codeRows(text), stated)).toEqual(check);
  });
});

describe('the template', () => {
  it('lists every indicator for the year with its name, and reads back as ten rows lacking a score', () => {
    const template = scoreTemplate('indicators', framework, 2566);
    expect(template.startsWith('\uFEFFปีงบประมาณ,ตัวชี้วัด,ชื่อตัวชี้วัด,คะแนน\r\n2566,1,การปฏิบัติหน้าที่,\r\n')).toBe(true);
    const rows = rowsOf(readScoreFile(template, 'template.csv', framework, 2566));
    expect(rows).toHaveLength(10);
    expect(rows.every((r) => r.problems.join() === 'ไม่มีคะแนน')).toBe(true);
  });

  it('reads back, filled in, from its own bytes as Excel keeps them', () => {
    const filled = scoreTemplate('indicators', framework, 2565).replace(/,\r\n/g, (_m, offset: number, all: string) => {
      const row = all.slice(0, offset).split('\r\n').length - 1;
      return `,${TEN[row - 1] ?? ''}\r\n`;
    });
    const result = readScoreBytes(new TextEncoder().encode(filled), 'template.csv', framework, 2565);
    expect(result.ok && [result.source.encoding, result.source.separator, result.skipped]).toEqual(['utf-8-bom', ',', []]);
    expect(rowsOf(result).map((r) => (r.value?.kind === 'indicator' ? r.value.score : r.problems))).toEqual(TEN);
  });

  it('reads the O-item template back with every item lacking only its answer', () => {
    const rows = rowsOf(readScoreFile(scoreTemplate('oItems', framework, 2565), 'oit.csv', framework, 2565));
    expect(rows).toHaveLength(43);
    expect(new Set(rows.map((r) => r.problems.join()))).toEqual(new Set(['ไม่มีคำตอบ: ต้องเป็น มี/ไม่มี, ผ่าน/ไม่ผ่าน, ✓/✗ หรือ 1/0']));
  });

  it('lists the O-items of the framework', () => {
    const lines = scoreTemplate('oItems', framework, 2565).trim().split('\r\n');
    expect(lines).toHaveLength(1 + 43);
    expect(lines[35]).toMatch(/^2565,O35,/);
  });
});
