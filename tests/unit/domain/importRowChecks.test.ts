import { frameworkFor } from '../../../src/domain/frameworks/registry';
import { indicatorsOf } from '../../../src/domain/scoring';
import { readScoreFile, type ScoreImport } from '../../../src/domain/import/scoreImport';

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
