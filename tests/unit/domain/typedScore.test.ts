import { IMPORT_TH } from '../../../src/domain/import/thaiWords';
import { readScore } from '../../../src/domain/typedScore';

describe('a score as typed', () => {
  it.each([
    ['78.20', 78.2],
    ['78.2', 78.2],
    [' 95,5 ', 95.5],
    ['100', 100],
    ['0', 0],
    ['๗๘.๒๐', 78.2],
  ])('reads %j as %d', (text, score) => {
    expect(readScore(text)).toEqual({ score });
  });

  it.each([
    ['', { code: 'score.missing', values: {} }],
    ['   ', { code: 'score.missing', values: {} }],
    ['100.01', { code: 'score.over100', values: { score: '100.01' } }],
    ['๑๐๐.๕', { code: 'score.over100', values: { score: '100.5' } }],
    [' 78.205 ', { code: 'score.format', values: { cell: '78.205' } }],
    ['-1', { code: 'score.format', values: { cell: '-1' } }],
    ['1e2', { code: 'score.format', values: { cell: '1e2' } }],
    ['1,000', { code: 'score.format', values: { cell: '1,000' } }],
  ])('refuses %j with a code and the values to word it', (text, refusal) => {
    expect(readScore(text)).toEqual({ refusal });
  });

  // The Thai a form shows is the import's, filled with the refusal's values: the words forms showed before codes.
  it.each([
    ['', 'ไม่มีคะแนน'],
    ['100.01', 'คะแนน 100.01 เกิน 100'],
    ['78.205', 'คะแนน "78.205" ต้องเป็นตัวเลข 0–100 ทศนิยมไม่เกิน 2 ตำแหน่ง'],
  ])('words %j in Thai as %s', (text, thai) => {
    const read = readScore(text);
    if (!('refusal' in read)) throw new Error('read as a score');
    const values: Record<string, string> = read.refusal.values;
    expect(IMPORT_TH[read.refusal.code].replace(/\{(\w+)\}/g, (_, key: string) => values[key] ?? '')).toBe(thai);
  });
});
