import { readScore, scoreFromText } from '../../../src/domain/typedScore';

describe('a score as typed', () => {
  it.each([
    ['78.20', 78.2],
    ['78.2', 78.2],
    [' 95,5 ', 95.5],
    ['100', 100],
    ['0', 0],
    ['๗๘.๒๐', 78.2],
  ])('reads %j as %d', (text, score) => {
    expect(scoreFromText(text)).toEqual({ score });
  });

  it.each([
    ['', 'ไม่มีคะแนน'],
    ['   ', 'ไม่มีคะแนน'],
    ['100.01', 'คะแนน 100.01 เกิน 100'],
    ['78.205', 'คะแนน "78.205" ต้องเป็นตัวเลข 0–100 ทศนิยมไม่เกิน 2 ตำแหน่ง'],
    ['-1', 'คะแนน "-1" ต้องเป็นตัวเลข 0–100 ทศนิยมไม่เกิน 2 ตำแหน่ง'],
    ['1e2', 'คะแนน "1e2" ต้องเป็นตัวเลข 0–100 ทศนิยมไม่เกิน 2 ตำแหน่ง'],
    ['1,000', 'คะแนน "1,000" ต้องเป็นตัวเลข 0–100 ทศนิยมไม่เกิน 2 ตำแหน่ง'],
  ])('refuses %j: %s', (text, problem) => {
    expect(scoreFromText(text)).toEqual({ problem });
  });

  it.each([
    ['', { code: 'score.missing', values: {} }],
    ['100.01', { code: 'score.over100', values: { score: '100.01' } }],
    ['๑๐๐.๕', { code: 'score.over100', values: { score: '100.5' } }],
    [' 78.205 ', { code: 'score.format', values: { cell: '78.205' } }],
  ])('refuses %j with a code and the values to word it', (text, refusal) => {
    expect(readScore(text)).toEqual({ refusal });
  });
});
