import { frameworkFor } from '../../../src/domain/frameworks/registry';
import { problem, thaiFill, wordProblem, wordRefusal, type Fill, type ImportProblem } from '../../../src/domain/import/problems';
import { readScoreFile } from '../../../src/domain/import/scoreImport';
import { IMPORT_TH } from '../../../src/domain/import/thaiWords';
import { importMessages } from '../../../src/features/assessments/importMessages';
import { format } from '../../../src/i18n/i18n';

const framework = frameworkFor(2565);
const read = (text: string, fileName = 'scores.csv') => readScoreFile(text, fileName, framework, 2565);
const english: Fill = (code, values) => format(importMessages.en[code], values, 'en-GB');
const THAI = /[\u0E00-\u0E7F]/;

describe('an import problem', () => {
  it.each<[string, string, ImportProblem[]]>([
    ['an unknown indicator', 'ตัวชี้วัด,คะแนน\n11,90', [problem('indicator.unknown', { indicator: 11, year: 2565 })]],
    ['a score over 100', 'ตัวชี้วัด,คะแนน\n5,100.5', [problem('score.over100', { score: '100.5' })]],
    ['a cell that is no score', 'ตัวชี้วัด,คะแนน\n5,abc', [problem('score.format', { cell: 'abc' })]],
    ['an O-item range', 'code,score\nO1-O2,100', [problem('oItem.range', { cell: 'O1-O2' })]],
    [
      'a row wider than the header',
      'ตัวชี้วัด,คะแนน\n5,85,5',
      [problem('row.overflow', { cells: 3, columns: 2, extra: '"5"', fix: problem('row.overflowFixComma') })],
    ],
  ])('is a code with the values that say which cell: %s', (_what, text, problems) => {
    const result = read(text);
    expect(result.ok && result.rows[0]?.problems).toEqual(problems);
  });

  it('names the row a duplicate repeats', () => {
    const result = read('code,score\nO1,100\nO1,0');
    expect(result.ok && result.rows[1]?.problems).toEqual([problem('row.duplicateOItem', { code: 'O1', first: 2 })]);
  });

  it('refuses once a file whose every dated row is another year, naming that year', () => {
    expect(read('ปีงบประมาณ,ตัวชี้วัด,คะแนน\n2566,5,85\n2566,6,90\n,7,90')).toEqual({
      ok: false,
      problem: problem('year.fileIsOther', { fileYear: 2566, year: 2565 }),
      source: { fileName: 'scores.csv', separator: ',' },
      fileYear: 2566,
    });
    expect(read(JSON.stringify([{ year: '2564', indicator: 5, score: 85 }]), 'scores.json')).toMatchObject({ ok: false, fileYear: 2564 });
  });

  it('judges row by row a file whose year cells cannot all be read', () => {
    const result = read('ปีงบประมาณ,ตัวชี้วัด,คะแนน\n2566,5,85\nปีนี้,6,90');
    expect(result.ok && result.rows.map((r) => r.problems.map((p) => p.code))).toEqual([['row.otherYear'], ['row.otherYear']]);
  });
});

describe('the wording of an import problem', () => {
  it('says what the file was read as before a header it could not find, in either language', () => {
    const result = read('ตัวชี้วัด,หมายเหตุ\n5,x');
    if (result.ok) throw new Error('read');
    expect(wordRefusal(result, english)).toBe(
      'found the separator , (comma), but no score column heading: the headings found (row 1) are "ตัวชี้วัด", "หมายเหตุ" — a column for the indicator (Indicator or Indicator name, or their Thai headings) or the O-item code (Code) and a score column (Score, Result or Percent) is needed',
    );
    expect(wordRefusal(result, thaiFill)).toMatch(/^พบตัวคั่น , \(จุลภาค\) แต่ไม่พบหัวคอลัมน์คะแนน/);
  });

  it('words nested parts and English plurals', () => {
    const tooMany = problem('rows.tooMany', { count: '1,001', year: 2565, indicators: 1, oItems: 33, max: '1,000' });
    expect(wordProblem(tooMany, english)).toBe(
      'The file has 1,001 data rows, but the 2565 framework has 1 indicator and 33 O-items: is it this year’s score file? (at most 1,000 rows)',
    );
    expect(wordProblem(problem('text.bomInvalid', { encoding: problem('encoding.utf-16le') }), english)).toBe(
      'The file starts with the UTF-16 LE mark (BOM) but its content cannot be read as UTF-16 LE (the file may be incomplete)',
    );
  });

  it('leaves a placeholder with no value visible in Thai rather than dropping it', () => {
    expect(thaiFill('row.otherYear', { fileYear: 2564 })).toBe('เป็นผลของปี 2564 ไม่ใช่ปี {year}');
  });

  it('has English for every code, with no Thai of its own', () => {
    expect(Object.keys(importMessages.en).sort()).toEqual(Object.keys(IMPORT_TH).sort());
    for (const [code, text] of Object.entries(importMessages.en)) expect([code, THAI.test(text)]).toEqual([code, false]);
  });
});
