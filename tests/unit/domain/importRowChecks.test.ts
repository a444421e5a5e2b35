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
