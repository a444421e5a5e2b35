import { frameworkFor } from '../../../src/domain/frameworks/registry';
import { indicatorsOf } from '../../../src/domain/scoring';
import { readOItemAnswer, readScoreFile, readScoreRows, type ScoreImport } from '../../support/importInThai';
import { columnOf } from '../../../src/domain/import/columns';
import { readOItemCode } from '../../../src/domain/import/items';

const framework = frameworkFor(2565);
const read = (text: string, fileName = 'scores.csv') => readScoreFile(text, fileName, framework, 2565);
const problemOf = (result: ScoreImport) => (result.ok ? null : result.problem);

describe('a file with more rows than a framework has items', () => {
  const lines = (n: number) => Array.from({ length: n }, () => 'การปฏิบัติหน้าที่,85');
  const json = (n: number) => JSON.stringify(Array.from({ length: n }, () => ({ indicator: 1, score: 85 })));
  it.each([
    ['1,001 CSV rows', `ตัวชี้วัด,คะแนน\n${lines(1001).join('\n')}`, 'scores.csv', 1001],
    ['100,000 CSV rows', `ตัวชี้วัด,คะแนน\n${lines(100000).join('\n')}`, 'scores.csv', 100000],
    ['1,001 JSON rows', json(1001), 'scores.json', 1001],
  ])('is refused before its rows are judged: %s', (_what, text, fileName, count) => {
    const problem = problemOf(read(text, fileName));
    expect(problem).toContain(`ไฟล์มี ${count.toLocaleString('en-US')} แถวข้อมูล`);
    expect(problem).toContain(`เกณฑ์ปี 2565 มีตัวชี้วัด ${indicatorsOf(framework).length} ตัว และข้อ OIT ${framework.oItems.length} ข้อ`);
  });

  it.each([
    ['1,000 CSV rows', `ตัวชี้วัด,คะแนน\n${lines(1000).join('\n')}`, 'scores.csv'],
    ['1,000 JSON rows', json(1000), 'scores.json'],
  ])('is read row by row up to the limit: %s', (_what, text, fileName) => {
    const result = read(text, fileName);
    expect(result.ok && result.rows.length).toBe(1000);
  });
});

describe('a row with more cells than the header has columns', () => {
  const rowsOf = (result: ScoreImport) => (result.ok ? result.rows : []);
  it.each([
    ['a decimal comma outside quotes', 'ตัวชี้วัด,คะแนน\n1,85,5', 'แถวนี้มี 3 ช่อง แต่หัวตารางมี 2 คอลัมน์ (ช่องที่เกินคือ "5")'],
    ['a comment cut at its comma', 'ข้อ,ผล,ความเห็น\nO1,1,ครบ, แต่ล่าช้า', 'แถวนี้มี 4 ช่อง แต่หัวตารางมี 3 คอลัมน์ (ช่องที่เกินคือ "แต่ล่าช้า")'],
    ['a tab-separated cell under no header', 'ตัวชี้วัด\tคะแนน\n1\t85\tดี', 'แถวนี้มี 3 ช่อง แต่หัวตารางมี 2 คอลัมน์ (ช่องที่เกินคือ "ดี"): ใส่หัวคอลัมน์'],
  ])('is a problem, not a value: %s', (_what, text, problem) => {
    const [row] = rowsOf(read(text));
    expect(row?.value).toBeNull();
    expect(row?.problems[0]).toContain(problem);
  });

  it('tells a comma file to quote or use semicolons', () => {
    expect(rowsOf(read('ตัวชี้วัด,คะแนน\n1,85,5'))[0]?.problems[0]).toContain('ต้องอยู่ในเครื่องหมายคำพูด ("85,5") หรือบันทึกไฟล์ด้วยตัวคั่น ;');
  });

  it.each([
    ['empty trailing cells', 'ตัวชี้วัด,คะแนน\n1,85,,', 85],
    ['a quoted decimal comma', 'ตัวชี้วัด,คะแนน\n1,"85,5"', 85.5],
    ['a semicolon file with a decimal comma', 'ตัวชี้วัด;คะแนน\n1;85,5', 85.5],
  ])('is read as it stands when nothing lies past the header: %s', (_what, text, score) => {
    expect(rowsOf(read(text))[0]?.value).toEqual({ kind: 'indicator', indicator: 1, score });
  });
});

describe('a percentage-formatted Excel cell, which keeps 85% as 0.85', () => {
  const fromSheet = (scores: string[], fw = framework, item = 'ตัวชี้วัด') =>
    readScoreRows(
      [[item, 'คะแนน'], ...scores.map((score, i) => [item === 'ข้อ' ? `O${i + 1}` : String(i + 1), score])],
      { fileName: 'ita.xlsx', sheet: 'คะแนน' },
      fw,
      2565,
    );
  const hintsOf = (result: ScoreImport) => (result.ok ? result.rows.map((r) => (r.value ? r.value.score : r.problems.join(' | '))) : result.problem);
  const percent = (text: string, shown: string) => `ช่องนี้ใน Excel จัดรูปแบบเป็นร้อยละ: ${text} คือ ${shown} — เปลี่ยนรูปแบบเป็นตัวเลข`;
  const whole = (shown: string) => `คะแนนทุกแถวในคอลัมน์นี้ไม่เกิน 1 จึงเป็นช่องที่ Excel จัดรูปแบบเป็นร้อยละ: 1 คือ ${shown}`;
  it.each([
    ['a fraction among scores', ['0.85', '90'], [percent('0.85', '85%'), 90]],
    ['a column of fractions, whose 1 is 100%', ['0.85', '1', '0.5'], [percent('0.85', '85%'), whole('100%'), percent('0.5', '50%')]],
    ['a 1 among whole scores, which is one point', ['1', '90'], [1, 90]],
    ['a 0, which is 0% either way', ['0', '0.5'], [0, percent('0.5', '50%')]],
  ])('is a row problem in a sheet: %s', (_what, scores, expected) => {
    const rows = hintsOf(fromSheet(scores));
    expect(rows).toHaveLength(expected.length);
    expected.forEach((e, i) => (typeof e === 'number' ? expect(rows[i]).toBe(e) : expect(rows[i]).toContain(e)));
  });

  it('is a problem on O-items scored in points, but a 1 answers present where items are present or absent', () => {
    const points = { ...framework, oItemScoring: 'points' as const };
    expect(hintsOf(fromSheet(['0.85', '1'], points, 'ข้อ'))).toEqual([expect.stringContaining(percent('0.85', '85%')), expect.stringContaining(whole('100%'))]);
    expect(hintsOf(fromSheet(['1', '0'], framework, 'ข้อ'))).toEqual([100, 0]);
  });

  it('is a problem on the total the sheet states', () => {
    const result = readScoreRows([['ตัวชี้วัด', 'คะแนน'], ['1', '85'], ['คะแนนรวม', '0.85']], { fileName: 'ita.xlsx', sheet: 'คะแนน' }, framework, 2565);
    expect(result.ok && result.total).toEqual({ row: 3, label: 'คะแนนรวม', score: null, problem: expect.stringContaining(percent('0.85', '85%')) });
  });

  it('is a score in a CSV, whose cell is what was typed', () => {
    expect(hintsOf(read('ตัวชี้วัด,คะแนน\n1,0.85\n2,1'))).toEqual([0.85, 1]);
  });
});

describe('a range of O-items in one row', () => {
  it.each([
    ['O1-O2', 'ข้อ,ผล\nO1-O2,มี\nO3,มี'],
    ['O1–2', 'ข้อ,ผล\nO1–2,มี\nO3,มี'],
    ['OIT1 - OIT2', 'ข้อ,ผล\nOIT1 - OIT2,มี\nO3,มี'],
  ])('is refused, not read as its first item: %s', (raw, text) => {
    const result = read(text);
    expect(result.ok && result.kind).toBe('oItems');
    expect(result.ok && result.rows.map((r) => r.problems)).toEqual([[`"${raw}" เป็นช่วงที่ครอบคลุมมากกว่าหนึ่งข้อ: ใส่ผลของแต่ละข้อในแถวของตัวเอง`], []]);
  });
});

describe('a framework that spells its O-item codes with a leading zero', () => {
  const padded = { ...framework, oItems: framework.oItems.map((o) => ({ ...o, code: o.code.replace(/^O(\d)$/, 'O0$1') })) };
  it('takes its own files, matching codes by number and keeping its spelling', () => {
    const result = readScoreFile('ข้อ,คะแนน\nO01,มี\nO1,มี\nO10,ไม่มี\nO2,มี\nO99,มี', 'scores.csv', padded, 2565);
    expect(result.ok && result.rows.map((r) => (r.value?.kind === 'oItem' ? r.value.code : r.problems))).toEqual([
      'O01',
      ['O01 ซ้ำกับแถวที่ 2'],
      'O10',
      'O02',
      ['ไม่มีข้อ O99 ในเกณฑ์ปี 2565'],
    ]);
  });
});

describe('rows that commonly follow a table', () => {
  const okOf = (result: ScoreImport) => {
    if (!result.ok) throw new Error(result.problem);
    return result;
  };
  it.each([
    ['instrument subtotals by code', 'ตัวชี้วัด,คะแนน\n1,90\nรวม IIT,5.4\n6,80\nรวม EIT,8\nคะแนนรวม,93.9', [{ from: 3, to: 3, why: 'subtotal' }, { from: 5, to: 5, why: 'subtotal' }], 93.9],
    ['a subtotal in brackets, under no grand total', 'ตัวชี้วัด,คะแนน\n1,90\nคะแนนรวม (IIT),5.4', [{ from: 3, to: 3, why: 'subtotal' }], null],
    ['a subtotal by the instrument’s name', 'ตัวชี้วัด,คะแนน\n1,90\nรวม แบบวัดการรับรู้ของผู้มีส่วนได้ส่วนเสียภายใน,5.4\nรวม,93.9', [{ from: 3, to: 3, why: 'subtotal' }], 93.9],
    ['a level after the total', 'ตัวชี้วัด,คะแนน\n1,90\nคะแนนรวม,93.9\nระดับผลการประเมิน,A', [{ from: 4, to: 4, why: 'notes' }], 93.9],
    ['a level and a date after the total', 'ตัวชี้วัด,คะแนน\n1,90\nคะแนนรวม,93.9\n,\nระดับผลการประเมิน,A\nวันที่ประเมิน,30 ก.ย. 2565', [{ from: 5, to: 6, why: 'notes' }], 93.9],
  ])('skips and shows %s', (_what, text, skipped, total) => {
    const result = okOf(read(text));
    expect([result.rows.flatMap((r) => r.problems), result.skipped, result.total?.score ?? null]).toEqual([[], skipped, total]);
  });
});

describe('answers and headers pasted with invisible characters or emoji', () => {
  it.each([
    ['✔️ (with the emoji selector)', '✔\uFE0F', 100],
    ['☑️ (with the emoji selector)', '☑\uFE0F', 100],
    ['✅', '✅', 100],
    ['✅ (with the emoji selector)', '✅\uFE0F', 100],
    ['❌', '❌', 0],
    ['มี with a zero-width space', 'มี\u200B', 100],
    ['ไม่มี with a zero-width joiner inside', 'ไม่\u200Dมี', 0],
    ['ผ่าน with a word joiner', '\u2060ผ่าน', 100],
  ])('takes %s as an answer', (_what, raw, score) => {
    expect(readOItemAnswer(raw, 'present-absent', 2565)).toEqual({ score });
  });

  it.each([
    ['O1 with a zero-width space', 'O1\u200B', 'O1'],
    ['ข้อ O1 with a zero-width space', 'ข้อ\u200BO1', 'O1'],
  ])('reads a code: %s', (_what, raw, code) => {
    expect(readOItemCode(raw)).toBe(code);
  });

  it.each([
    ['ข้อที่', 'code'],
    ['ผลคะแนน ITA', 'score'],
    ['คะแนน\u200B', 'score'],
    ['ตัว\u200Bชี้วัด', 'indicator'],
  ])('takes the header "%s" as the %s column', (header, column) => {
    expect(columnOf(header)).toBe(column);
  });

  it('reads a file under those headers', () => {
    const result = read('ข้อที่,ผลคะแนน ITA\nO1,✅\nO2,❌');
    expect(result.ok && result.rows.map((r) => r.value && r.value.score)).toEqual([100, 0]);
  });
});

describe('the year column', () => {
  const problemsOf = (year: string) => {
    const result = read(`ปีงบประมาณ,ตัวชี้วัด,คะแนน\n${year},5,85`);
    return result.ok ? result.rows[0]?.problems : result.problem;
  };
  it.each([
    ['2565', []],
    ['๒๕๖๕', []],
    ['ปีงบประมาณ 2565', []],
    ['65', []],
    ['๖๕', []],
    ['ปี 65', []],
    ['2565 (ต.ค. 64 – ก.ย. 65)', []],
    // A file all of another year is refused once, naming that year, not row by row.
    ['64', 'ทุกแถวในไฟล์เป็นผลของปีงบประมาณ 2564 ไม่ใช่ปี 2565 ที่กำลังนำเข้า'],
    ['2564', 'ทุกแถวในไฟล์เป็นผลของปีงบประมาณ 2564 ไม่ใช่ปี 2565 ที่กำลังนำเข้า'],
    ['2565/2566', ['ช่องปี "2565/2566" ระบุหลายปี (2565, 2566): ผลคะแนนเป็นของปีงบประมาณเดียว ใส่ปีเดียว']],
    ['2565-66', ['ช่องปี "2565-66" ระบุหลายปี (2565, 2566): ผลคะแนนเป็นของปีงบประมาณเดียว ใส่ปีเดียว']],
    ['65/66', ['ช่องปี "65/66" ระบุหลายปี (2565, 2566): ผลคะแนนเป็นของปีงบประมาณเดียว ใส่ปีเดียว']],
    ['2565 และ 2566', ['ช่องปี "2565 และ 2566" ระบุหลายปี (2565, 2566): ผลคะแนนเป็นของปีงบประมาณเดียว ใส่ปีเดียว']],
    ['ปีนี้', ['เป็นผลของปี ปีนี้ ไม่ใช่ปี 2565']],
  ])('reads "%s"', (year, problems) => {
    expect(problemsOf(year)).toEqual(problems);
  });

  it('refuses row by row a file that mixes this year with another', () => {
    const result = read('ปีงบประมาณ,ตัวชี้วัด,คะแนน\n2565,5,85\n2564,6,90');
    expect(result.ok && result.rows.map((r) => r.problems)).toEqual([[], ['เป็นผลของปี 2564 ไม่ใช่ปี 2565']]);
  });
});
