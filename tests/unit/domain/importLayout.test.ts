import { frameworkFor } from '../../../src/domain/frameworks/registry';
import { columnOf } from '../../../src/domain/import/columns';
import { splitRows } from '../../../src/domain/import/delimited';
import { readOItemCode } from '../../../src/domain/import/items';
import { readIndicator, readOItemAnswer, readScoreFile, readScoreRows, type ScoreImport } from '../../support/importInThai';

const framework = frameworkFor(2565);
const points = { ...framework, oItemScoring: 'points' as const };
const read = (text: string, fw = framework) => readScoreFile(text, 'scores.csv', fw, 2565);
const okOf = (result: ScoreImport) => {
  if (!result.ok) throw new Error(result.problem);
  return result;
};
const values = (result: ScoreImport) => okOf(result).rows.map((r) => (r.value?.kind === 'indicator' ? [r.value.indicator, r.value.score] : r.value ? [r.value.code, r.value.score] : r.problems));

describe('separators', () => {
  it.each([
    ['comma', 'ตัวชี้วัด,คะแนน\n5,85', ','],
    ['tab', 'ตัวชี้วัด\tคะแนน\n5\t85', '\t'],
    ['semicolon', 'ตัวชี้วัด;คะแนน\n5;85', ';'],
    ['semicolon with decimal commas', 'ตัวชี้วัด;คะแนน\n5;85,5', ';'],
    ['tab, with commas inside the cells', 'ตัวชี้วัด\tคะแนน\tหมายเหตุ\n5\t85\tดี, มาก', '\t'],
    ['comma, under a title line that has none', 'ผลคะแนน ITA ปี 2565\nตัวชี้วัด,คะแนน\n5,85', ','],
  ])('finds a %s from the header row', (_what, text, separator) => {
    const result = okOf(read(text));
    expect(result.source.separator).toBe(separator);
    expect(result.rows[0]?.value).toEqual({ kind: 'indicator', indicator: 5, score: text.includes('85,5') ? 85.5 : 85 });
  });

  it.each([
    ['quoted separators', 'a,"b,c"', ',', [['a', 'b,c']]],
    ['doubled quotes', '"say ""hi""",x', ',', [['say "hi"', 'x']]],
    ['a line break inside quotes', '"a\r\nb";c\r\nd;e', ';', [['a\r\nb', 'c'], ['d', 'e']]],
    ['a quote inside a cell, which is text', 'a,5"\n', ',', [['a', '5"']]],
  ])('splits cells with %s', (_what, text, separator, rows) => {
    expect(splitRows(text, separator as ',' | ';')).toEqual({ rows, unclosedQuote: null });
  });

  it('names the row and the line where an unclosed quote opened', () => {
    expect(splitRows('a,b\n"x\ny",1\n2,"never\n3,4', ',').unclosedQuote).toEqual({ row: 3, line: 4 });
    expect(okFail(read('ตัวชี้วัด,คะแนน\n"5\n6",85\n7,"90\n8,91'))).toContain('เครื่องหมายคำพูด (") ที่เปิดในแถวที่ 3 (บรรทัดที่ 4 ของไฟล์) ไม่มีเครื่องหมายปิด');
  });
});

function okFail(result: ScoreImport): string {
  if (result.ok) throw new Error('read, but should have been refused');
  return result.problem;
}

describe('headers officers use', () => {
  it.each([
    ['คะแนน', 'score'],
    ['คะแนน ITA', 'score'],
    ['ผลคะแนน', 'score'],
    ['ร้อยละ', 'score'],
    ['คะแนน (ร้อยละ)', 'score'],
    ['Score (%)', 'score'],
    ['มี/ไม่มี', 'score'],
    ['ตัวชี้วัด', 'indicator'],
    ['ตัวชี้วัดที่', 'indicator'],
    [' ตัวชี้วัดที่ : ', 'indicator'],
    ['ชื่อตัวชี้วัด', 'indicatorName'],
    ['รหัส', 'code'],
    ['ข้อ OIT', 'code'],
    ['ปีงบประมาณ', 'year'],
    ['ความเห็นของผู้ตรวจ', 'comment'],
    ['ลำดับ', null],
    ['', null],
  ])('reads "%s" as %s', (header, column) => {
    expect(columnOf(header)).toBe(column);
  });

  it.each([
    ['scores under "คะแนน ITA"', 'ตัวชี้วัด,คะแนน ITA\n5,85'],
    ['scores under "ผลคะแนน"', 'ตัวชี้วัด,ผลคะแนน\n5,85'],
    ['scores under "ร้อยละ", with a percent sign', 'ตัวชี้วัดที่,ร้อยละ\n5,85%'],
    ['the indicator by its name alone', 'ตัวชี้วัด,คะแนน\nการแก้ไขปัญหาการทุจริต,85'],
    ['the name typed with the tone mark first and spaces', 'ตัวชี้วัด,คะแนน\nการแก้ไข ปัญหา การทุจริต,85'],
    ['a names column when there is no number column', 'ชื่อตัวชี้วัด,คะแนน\nการแก้ไขปัญหาการทุจริต,85'],
    ['a blank number falling back to the name beside it', 'ตัวชี้วัด,ชื่อตัวชี้วัด,คะแนน\n,การแก้ไขปัญหาการทุจริต,85'],
    ['blank columns between the table’s', ',ตัวชี้วัด,,คะแนน,\n,5,,85,'],
  ])('reads %s', (_what, text) => {
    expect(values(read(text))).toEqual([[5, 85]]);
  });

  it('flags a number and a name beside it that belong to two indicators, and lets an unknown name be', () => {
    const result = okOf(read('ตัวชี้วัด,ชื่อตัวชี้วัด,คะแนน\n1,การใช้งบประมาณ,90\n2,งบ,91\n3,การใช้อำนาจ,92'));
    expect(result.rows.map((r) => r.problems)).toEqual([
      ['แถวนี้ระบุตัวชี้วัดที่ 1 แต่ชื่อ "การใช้งบประมาณ" เป็นของตัวชี้วัดที่ 2: ตรวจว่าแถวไม่ได้เลื่อนเมื่อเรียงข้อมูล'],
      [],
      [],
    ]);
  });

  it.each([
    ['no score column, commas', 'ตัวชี้วัด,หมายเหตุ\n5,x', 'อ่านไฟล์เป็น UTF-8 พบตัวคั่น , (จุลภาค) แต่ไม่พบหัวคอลัมน์คะแนน: หัวคอลัมน์ที่พบ (แถวที่ 1) คือ "ตัวชี้วัด", "หมายเหตุ" — ต้องมี'],
    ['no item column, semicolons', 'ชื่อ;คะแนน\na;1', 'พบตัวคั่น ; (อัฒภาค) แต่ไม่พบหัวคอลัมน์ตัวชี้วัดหรือรหัสข้อ OIT: หัวคอลัมน์ที่พบ (แถวที่ 1) คือ "ชื่อ", "คะแนน"'],
    ['neither, under a title', 'รายงาน ITA\n\nชื่อ,ค่า\na,1', 'แต่ไม่พบหัวคอลัมน์ตัวชี้วัดหรือรหัสข้อ OIT และคะแนน: หัวคอลัมน์ที่พบ (แถวที่ 3) คือ "ชื่อ", "ค่า"'],
    ['Thai lost to question marks by a non-Thai Excel', '?????????,?????\n5,85', 'หัวคอลัมน์ที่พบ (แถวที่ 1) คือ "?????????", "?????" — ตัวอักษรไทยในไฟล์กลายเป็น ? ไปแล้วตอนบันทึก: เปิดไฟล์ต้นฉบับใน Excel แล้วบันทึกเป็น "CSV UTF-8" หรือ .xlsx'],
    ['no separator at all', 'ตัวชี้วัด คะแนน\n5 85', 'อ่านไฟล์เป็น UTF-8 แต่ไม่พบตัวคั่น (, แท็บ หรือ ;) ระหว่างหัวคอลัมน์: แถวที่ 1 มีช่องเดียวคือ "ตัวชี้วัด คะแนน" — ต้องมี'],
  ])('refuses %s, saying what it expected and what it found', (_what, text, problem) => {
    const said = okFail(readScoreFile(text, 'x.csv', framework, 2565, 'utf-8'));
    expect(said).toContain(problem);
    expect(said).not.toContain('ไม่พบหัวคอลัมน์ที่ต้องมี');
  });
});

describe('the layout around the table', () => {
  it('skips title rows above the header and says which', () => {
    const result = okOf(read('รายงานผลคะแนน ITA,,\nเทศบาลตำบลตัวอย่าง,,\n,,\nตัวชี้วัด,คะแนน,\n5,85,'));
    expect(result.skipped).toEqual([{ from: 1, to: 3, why: 'title' }]);
    expect(result.rows.map((r) => r.row)).toEqual([5]);
  });

  it.each([
    ['คะแนนรวม', 93.94],
    ['รวม', 93.94],
    ['คะแนน ITA', 93.94],
    ['รวมทั้งสิ้น', 93.94],
    ['คะแนนรวม', null],
  ])('takes a "%s" row under the table as the file’s total, not a bad row', (label, score) => {
    const result = okOf(read(`ตัวชี้วัด,คะแนน\n5,85\n\n${label},${score ?? 'ดูรายงาน'}`));
    expect(result.rows).toHaveLength(1);
    expect(result.total).toEqual({
      row: 4,
      label,
      score,
      problem: score === null ? 'คะแนน "ดูรายงาน" ต้องเป็นตัวเลข 0–100 ทศนิยมไม่เกิน 2 ตำแหน่ง' : null,
    });
  });

  it('takes the last total as the file’s, and earlier ones as subtotals', () => {
    const result = okOf(read('ตัวชี้วัด,คะแนน\n1,90\nรวม,5.4\n6,80\nคะแนนรวม,93.9'));
    expect(result.total?.score).toBe(93.9);
    expect(result.skipped).toEqual([{ from: 3, to: 3, why: 'subtotal' }]);
  });

  it('skips headings inside the table and notes under it, and flags a stray line in the middle', () => {
    const result = okOf(read('ข้อ,คะแนน\n9.1 ข้อมูลพื้นฐาน,\nO1,100\nสอบถาม,\nO2,0\n\nหมายเหตุ: ตรวจ 30 เม.ย.\nที่มา: ITAS'));
    expect(result.skipped).toEqual([
      { from: 2, to: 2, why: 'section' },
      { from: 4, to: 4, why: 'section' },
      { from: 7, to: 8, why: 'notes' },
    ]);
    const stray = okOf(read('ตัวชี้วัด,คะแนน\n5,85\nหมายเหตุ: ดูหน้า 3,\n6,90'));
    expect(stray.rows.map((r) => r.row)).toEqual([2, 4]);
  });

  it('takes an indicator’s name over O-items as a heading, but over scores as a row', () => {
    const oit = okOf(read('ตัวชี้วัด,ข้อ,ผล\nตัวชี้วัดที่ 9 การเปิดเผยข้อมูล,,\n,O1,มี\n,O2,ไม่มี'));
    expect([oit.kind, oit.skipped, values(oit)]).toEqual(['oItems', [{ from: 2, to: 2, why: 'section' }], [['O1', 100], ['O2', 0]]]);
    const scores = okOf(read('ตัวชี้วัด,คะแนน\nตัวชี้วัดที่ 9 การเปิดเผยข้อมูล,\n5,85'));
    expect([scores.skipped, values(scores)]).toEqual([[], [['ไม่มีคะแนน'], [5, 85]]]);
  });

  it('reads an Excel sheet’s rows through the same steps', () => {
    const rows = [['ผลคะแนน'], [], ['', 'ตัวชี้วัด', 'คะแนน'], ['', '5', '85'], ['', 'คะแนนรวม', '93.94']];
    const result = okOf(readScoreRows(rows, { fileName: 'ita.xlsx', sheet: 'ปี 2565' }, framework, 2565));
    expect([result.source, result.skipped, result.total?.score, values(result)]).toEqual([
      { fileName: 'ita.xlsx', sheet: 'ปี 2565' },
      [{ from: 1, to: 2, why: 'title' }],
      93.94,
      [[5, 85]],
    ]);
    expect(okFail(readScoreRows([['ชื่อ', 'ค่า']], { fileName: 'ita.xlsx', sheet: 'Sheet1' }, framework, 2565))).toContain(
      'แผ่นงาน "Sheet1" แต่ไม่พบหัวคอลัมน์ตัวชี้วัดหรือรหัสข้อ OIT และคะแนน: หัวคอลัมน์ที่พบ (แถวที่ 1) คือ "ชื่อ", "ค่า"',
    );
  });
});

describe('what an Excel cell keeps behind what it shows', () => {
  const sheet = (score: string) => readScoreRows([['ตัวชี้วัด', 'คะแนน'], ['5', score], ['คะแนนรวม', score]], { fileName: 'ita.xlsx', sheet: 'คะแนน' }, framework, 2565);
  it.each([
    ['a formula’s unrounded result', '93.7777', 'เซลล์ใน Excel เก็บค่า 93.7777 แม้จะแสดงเป็น 93.78: ปัดในเซลล์ด้วย ROUND(ค่า, 2) หรือพิมพ์คะแนนตามรายงาน'],
    ['a percentage kept as its fraction', '0.9375', 'ช่องนี้ใน Excel จัดรูปแบบเป็นร้อยละ: 0.9375 คือ 93.75% — เปลี่ยนรูปแบบเป็นตัวเลข แล้วใส่คะแนน 0–100'],
  ])('explains %s, on the row and on the total', (_what, score, hint) => {
    const result = okOf(sheet(score));
    expect(result.rows[0]?.problems).toEqual([`คะแนน "${score}" ต้องเป็นตัวเลข 0–100 ทศนิยมไม่เกิน 2 ตำแหน่ง`, hint]);
    expect(result.total?.problem).toContain(hint);
  });

  it('gives no such hint for a CSV, whose cell is what was typed', () => {
    expect(okOf(read('ตัวชี้วัด,คะแนน\n5,93.7777')).rows[0]?.problems).toEqual(['คะแนน "93.7777" ต้องเป็นตัวเลข 0–100 ทศนิยมไม่เกิน 2 ตำแหน่ง']);
  });
});

describe('indicators and O-item codes as written', () => {
  it.each([
    ['5', 5],
    ['๕', 5],
    ['ตัวชี้วัดที่ 5', 5],
    ['ตัวชี้วัดที่5', 5],
    ['5. การแก้ไขปัญหาการทุจริต', 5],
    ['5) การแก้ไขปัญหาการทุจริต', 5],
    ['การแก้ไขปัญหาการทุจริต', 5],
    ['การปฏิบัติหน้าที่', 1],
    ['ตัวชี้วัดที่ 1 การปฏิบัติหน้าที่ (IIT)', 1],
    ['การใช้งบประมาณ', 2],
  ])('reads "%s" as indicator %s', (raw, n) => {
    expect(readIndicator(raw, framework, 2565)).toEqual({ indicator: n });
  });

  it.each([
    ['10.1', '"10.1" เป็นประเด็นย่อยของตัวชี้วัด ไม่ใช่ตัวชี้วัด'],
    ['1 การใช้งบประมาณ', '"1 การใช้งบประมาณ" ระบุตัวชี้วัดที่ 1 แต่ชื่อเป็นของตัวชี้วัดที่ 2 ในเกณฑ์ปี 2565'],
    ['การทุจริต', 'อ่านตัวชี้วัดจาก "การทุจริต" ไม่ได้: ต้องเป็นเลขตัวชี้วัด (เช่น 5 หรือ ตัวชี้วัดที่ 5) หรือชื่อตัวชี้วัดตามเกณฑ์ปี 2565'],
    ['2565', 'อ่านตัวชี้วัดจาก "2565" ไม่ได้'],
  ])('refuses "%s"', (raw, problem) => {
    const reading = readIndicator(raw, framework, 2565);
    expect('problem' in reading && reading.problem).toContain(problem);
  });

  it.each([
    ['O1', 'O1'],
    ['o1', 'O1'],
    ['O01', 'O1'],
    ['O 1', 'O1'],
    ['O-1', 'O1'],
    ['O๑', 'O1'],
    ['Ｏ１', 'O1'],
    ['ｏ３５', 'O35'],
    ['OIT1', 'O1'],
    ['OIT 35', 'O35'],
    ['oit35', 'O35'],
    ['O35 การมีส่วนร่วมของผู้บริหาร', 'O35'],
    ['O–1', 'O1'],
    ['ข้อ O1', 'O1'],
    ['ข้อO12', 'O12'],
    ['O1(โครงสร้าง)', 'O1'],
    ['O1,', 'O1'],
    ['O1, โครงสร้าง', 'O1'],
    ['O1-โครงสร้าง', 'O1'],
    ['O1 - โครงสร้าง', 'O1'],
    ['O1-O2', null],
    ['O1–O2', null],
    ['O1-2', null],
    ['O1 - O3', null],
    ['O1-', null],
    ['O1.1', null],
    ['O100', null],
    ['O0', null],
    ['X1', null],
    ['35', null],
    ['Open data', null],
  ])('reads the code "%s" as %s', (raw, code) => {
    expect(readOItemCode(raw)).toBe(code);
  });
});

describe('O-item answers', () => {
  it.each([
    ['มี', 100],
    ['ไม่มี', 0],
    ['ผ่าน', 100],
    ['ไม่ผ่าน', 0],
    ['✓', 100],
    ['✗', 0],
    ['✔', 100],
    ['✘', 0],
    ['x', 0],
    ['X', 0],
    ['1', 100],
    ['0', 0],
    ['๑', 100],
    ['100', 100],
    ['100.00', 100],
    [' มี ', 100],
  ])('takes "%s" as %s when the framework scores present or absent', (raw, score) => {
    expect(readOItemAnswer(raw, 'present-absent', 2565)).toEqual({ score });
  });

  it.each([
    ['50', 'เกณฑ์ปี 2565 ให้คะแนนข้อ OIT แบบมีหรือไม่มี: คำตอบต้องเป็น มี/ไม่มี, ผ่าน/ไม่ผ่าน, ✓/✗ หรือ 1/0 (หรือ 100/0) แต่พบ "50"'],
    ['บางส่วน', 'แต่พบ "บางส่วน"'],
    ['', 'ไม่มีคำตอบ: ต้องเป็น มี/ไม่มี, ผ่าน/ไม่ผ่าน, ✓/✗ หรือ 1/0'],
  ])('refuses "%s" under present-or-absent, naming what it expected', (raw, problem) => {
    const answer = readOItemAnswer(raw, 'present-absent', 2565);
    expect('problem' in answer && answer.problem).toContain(problem);
  });

  it.each([
    ['1', { score: 1 }],
    ['0', { score: 0 }],
    ['87.5', { score: 87.5 }],
    ['มี', { problem: 'เกณฑ์ปี 2565 ให้คะแนนข้อ OIT เป็นคะแนน 0–100 แต่พบคำตอบ "มี": ใส่คะแนนของข้อแทน' }],
  ])('takes "%s" as a score when the framework scores points', (raw, answer) => {
    expect(readOItemAnswer(raw, 'points', 2565)).toEqual(answer);
  });

  it('reads a file of answers under each way of scoring', () => {
    const text = 'รหัส,ผลการประเมิน\nO1,มี\nO2,1\nO3,50';
    expect(values(read(text))).toEqual([['O1', 100], ['O2', 100], [expect.stringContaining('แบบมีหรือไม่มี')]]);
    expect(values(read(text, points))).toEqual([[expect.stringContaining('เป็นคะแนน 0–100')], ['O2', 1], ['O3', 50]]);
  });

  it('takes codes from a column headed ตัวชี้วัด when they are codes', () => {
    expect(values(read('ตัวชี้วัด,ชื่อข้อ,คะแนน\nO1,โครงสร้าง,มี\nO 2,ผู้บริหาร,ไม่มี'))).toEqual([['O1', 100], ['O2', 0]]);
  });
});
