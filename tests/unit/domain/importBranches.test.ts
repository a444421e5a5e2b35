import { frameworkFor } from '../../../src/domain/frameworks/registry';
import { indicatorsOf } from '../../../src/domain/scoring';
import type { Assessment } from '../../../src/domain/schemas/assessment';
import { allFractions } from '../../../src/domain/import/answers';
import { checkFileTotal } from '../../../src/domain/import/fileTotal';
import { kindOf } from '../../../src/domain/import/records';
import { problem } from '../../../src/domain/import/problems';
import { percentHint, readIndicator, readScoreFile, readScoreRows, type ScoreImport } from '../../support/importInThai';
import { scoreTemplate } from '../../../src/domain/import/template';

const framework = frameworkFor(2565);
const read = (text: string, fileName = 'scores.csv') => readScoreFile(text, fileName, framework, 2565);
const problemOf = (result: ScoreImport) => (result.ok ? null : result.problem);

describe('reading an indicator cell', () => {
  it.each([
    ['an empty cell', '   ', { problem: 'ไม่มีตัวชี้วัด' }],
    ['two indicators named in one cell', 'การปฏิบัติหน้าที่ และการใช้อำนาจ', { problem: '"การปฏิบัติหน้าที่ และการใช้อำนาจ" มีชื่อตัวชี้วัดหลายตัว (1, 3) ในช่องเดียว' }],
    ['one name alone', 'การใช้อำนาจ', { indicator: 3 }],
    ['a number with its own name', '3 การใช้อำนาจ', { indicator: 3 }],
  ])('%s', (_what, raw, expected) => {
    expect(readIndicator(raw, framework, 2565)).toEqual(expected);
  });
});

describe('which column holds the item when no column is mostly O-codes', () => {
  it.each([
    ['only a name column', ['indicatorName', 'score'] as const, { kind: 'indicators', item: 'indicatorName' }],
    ['only a code column of unreadable codes', ['code', 'score'] as const, { kind: 'oItems', item: 'code' }],
    ['no item column', ['score'] as const, null],
  ])('%s', (_what, columns, expected) => {
    expect(kindOf([{ row: 1, cells: { code: 'ไม่ทราบ', score: '85' } }], new Set(columns))).toEqual(expected);
  });
});

describe('percentage hints skip cells that are not plain numbers', () => {
  it.each([
    [['ไม่มี', '0.5', '1'], true],
    [['ไม่มี', '85'], false],
    [['ไม่มี', '-'], false],
  ])('allFractions(%j) is %s', (cells, expected) => {
    expect(allFractions(cells)).toBe(expected);
  });

  it.each(['ไม่มี', '85%', ''])('percentHint(%j) says nothing', (raw) => {
    expect(percentHint(raw, true)).toBeNull();
  });
});

describe('a JSON file', () => {
  it.each([
    ['an empty list', '[]'],
    ['an empty "rows"', '{"rows": []}'],
    ['rows with no keys', '[{}, {}]'],
  ])('with %s says it read no keys at all', (_what, text) => {
    expect(problemOf(read(text, 'scores.json'))).toBe(
      'ไฟล์ JSON ต้องมีคีย์ตัวชี้วัดหรือรหัสข้อ (indicator หรือ code) และคะแนน (score) แต่คีย์ที่อ่านได้คือ ไม่มีเลย',
    );
  });

  it('judges an item that is not an object as a row with nothing in it', () => {
    const result = read('[null, 7, {"indicator": 1, "score": 85}]', 'scores.json');
    if (!result.ok) throw new Error(result.problem);
    expect(result.rows.map((r) => r.row)).toEqual([1, 2, 3]);
    expect(result.rows[0]?.value).toBeNull();
    expect(result.rows[0]?.problems).toContain('ไม่มีตัวชี้วัด');
    expect(result.rows[1]?.value).toBeNull();
    expect(result.rows[2]).toEqual({ row: 3, value: { kind: 'indicator', indicator: 1, score: 85 }, problems: [] });
  });
});

describe('a JSON O-item row missing a key the others have', () => {
  const result = read('[{"code": "O1", "score": 1}, {"code": "O2"}, {"score": 1}]', 'scores.json');
  if (!result.ok) throw new Error(result.problem);

  it('reads the full row', () => {
    expect(result.kind).toBe('oItems');
    expect(result.rows[0]?.value).toMatchObject({ kind: 'oItem', code: 'O1' });
  });

  it('refuses a row without its score', () => {
    expect(result.rows[1]?.value).toBeNull();
    expect(result.rows[1]?.problems.length).toBeGreaterThan(0);
  });

  it('refuses a row without its code, quoting the empty code', () => {
    expect(result.rows[2]?.value).toBeNull();
    expect(result.rows[2]?.problems).toContain('อ่านรหัสข้อ OIT จาก "" ไม่ได้ (ต้องเป็น O ตามด้วยตัวเลข เช่น O35)');
  });
});

describe('a file with no header', () => {
  it.each([
    ['with its encoding said', 'utf-8' as const, 'อ่านไฟล์เป็น UTF-8 แต่ไม่มีข้อมูล'],
    ['without an encoding', undefined, 'ไม่มีข้อมูล'],
  ])('of only empty quoted cells, %s, has no data', (_what, encoding, expected) => {
    expect(problemOf(readScoreFile('""\n""', 'scores.csv', framework, 2565, encoding))).toBe(expected);
  });

  it('quotes no more than eight cells of the likeliest header, nor a source it did not say', () => {
    const cells = ['ก', 'ข', 'ค', 'ง', 'จ', 'ฉ', 'ช', 'ซ', 'ฌ', 'ญ'];
    const problem = problemOf(readScoreRows([cells], { fileName: 'scores.xlsx' }, framework, 2565)) ?? '';
    expect(problem.startsWith('ไม่พบหัวคอลัมน์ตัวชี้วัดหรือรหัสข้อ OIT และคะแนน: หัวคอลัมน์ที่พบ (แถวที่ 1) คือ "ก", "ข", "ค", "ง", "จ", "ฉ", "ช", "ซ" … — ')).toBe(true);
    expect(problem).not.toContain('"ฌ"');
  });
});

describe('rows under the header that look like totals or headings', () => {
  it('takes a "รวม" row that also names an indicator as that indicator, not the total', () => {
    const result = read('ตัวชี้วัด,หมายเหตุ,คะแนน\n1,85,85\n5,รวม,90');
    if (!result.ok) throw new Error(result.problem);
    expect(result.total).toBeNull();
    expect(result.rows.map((r) => r.value)).toEqual([
      { kind: 'indicator', indicator: 1, score: 85 },
      { kind: 'indicator', indicator: 5, score: 90 },
    ]);
  });

  it('reads a total row shorter than the header, its item cell missing', () => {
    const result = read('หมายเหตุ,คะแนน,ตัวชี้วัด\n,85,1\nรวม,85');
    if (!result.ok) throw new Error(result.problem);
    expect(result.total).toEqual({ row: 3, label: 'รวม', score: 85, problem: null });
    expect(result.rows).toHaveLength(1);
  });

  it('says a total row whose score cell is missing has no score', () => {
    const result = read('ตัวชี้วัด,หมายเหตุ,คะแนน\n1,,85\nรวม');
    if (!result.ok) throw new Error(result.problem);
    expect(result.total?.row).toBe(3);
    expect(result.total?.score).toBeNull();
    expect(result.total?.problem).toEqual(expect.any(String));
  });

  it('keeps a lone O-code row in an indicator file as a row, not a heading to skip', () => {
    const result = read('ตัวชี้วัด,คะแนน\n1,85\nO5,');
    if (!result.ok) throw new Error(result.problem);
    expect(result.skipped).toEqual([]);
    expect(result.rows.map((r) => r.row)).toEqual([2, 3]);
    expect(result.rows[1]?.value).toBeNull();
  });
});

describe('the fill-in template', () => {
  it('quotes a name that holds a comma or a quote, doubling the quote', () => {
    const oItems = framework.oItems.slice(0, 1).map((o) => ({ ...o, name: 'แผน, "ปี" ใหม่' }));
    const csv = scoreTemplate('oItems', { ...framework, oItems }, 2565);
    expect(csv.split('\r\n')[1]).toBe(`2565,${oItems[0]?.code},"แผน, ""ปี"" ใหม่",,`);
  });
});

describe('the file total against rows that hold no indicator score', () => {
  it('leaves the year incomplete when the rows are O-items or unreadable', () => {
    const assessment = { indicatorScores: [] } as unknown as Assessment;
    const rows = [
      { row: 2, value: null, problems: [problem('indicator.missing')] },
      { row: 3, value: { kind: 'oItem' as const, code: 'O1', score: 100, comment: '' }, problems: [] },
    ];
    expect(checkFileTotal(framework, assessment, rows, 90)).toEqual({
      kind: 'incomplete',
      stated: 90,
      missing: indicatorsOf(framework).map((d) => d.number),
    });
  });
});
