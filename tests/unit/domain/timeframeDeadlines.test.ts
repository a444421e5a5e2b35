import { parseTimeframe } from '../../../src/domain/timeframe';
import type { TimeframeWarningCode } from '../../../src/domain/timeframe';
import { variants } from '../../support/timeframeVariants';

// Deadlines (start open, end known): 20 cases read, 3 refused.
const DEADLINES: [string, number, number, number | null][] = [
  ['ภายในเดือนมีนาคม 2567', 3, 2567, null],
  ['ภายในเดือน มี.ค. 67', 3, 2567, null],
  ['ภายใน มีนาคม พ.ศ. 2567', 3, 2567, null],
  ['ภายในเดือนมีนาคม ๒๕๖๗.', 3, 2567, null],
  ['ภายในมีค67', 3, 2567, null],
  ['ภายใน 30 ก.ย. 67', 9, 2567, 30],
  ['ภายใน 30 ก.ย. 2567', 9, 2567, 30],
  ['ภายในวันที่ 30 กันยายน 2567', 9, 2567, 30],
  ['ภายในวันที่ ๓๐ ก.ย. พ.ศ. ๒๕๖๗.', 9, 2567, 30],
  ['ภายใน30ก.ย.67', 9, 2567, 30],
  ['  ภายใน   30   ก.ย.   67  ', 9, 2567, 30],
  ['ภายในปีงบประมาณ 2567', 9, 2567, null],
  ['ภายในปีงบประมาณ พ.ศ. 2567', 9, 2567, null],
  ['ภายในปีงบฯ 67', 9, 2567, null],
  ['ก่อนสิ้นเดือน ธ.ค. 66', 12, 2566, null],
  ['ก่อนสิ้นเดือนธันวาคม 2566', 12, 2566, null],
  ['ภายในสิ้นเดือนธันวาคม 2566.', 12, 2566, null],
  ['ก่อนสิ้นปีงบประมาณ 2567', 9, 2567, null],
  ['ภายในไตรมาสที่ 2/2567', 3, 2567, null],
  ['ภายในไตรมาส 1 ปีงบประมาณ 2568', 12, 2567, null],
];

describe('parseTimeframe: deadlines', () => {
  it.each(DEADLINES.flatMap(([raw, month, year, day]) => variants(raw).map((v) => [v, month, year, day] as const)))(
    'variant %j → open start, end %i/%i day %s', (raw, month, year, day) => {
      expect(parseTimeframe(raw)).toMatchObject({ start: null, end: { year, month }, endDay: day, warnings: [] });
    },
  );

  it.each(DEADLINES)('%j → open start, end %i/%i day %s', (raw, month, year, day) => {
    expect(parseTimeframe(raw)).toEqual({
      raw, start: null, end: { year, month }, startDay: null, endDay: day, readAsFiscalYear: null, warnings: [], notes: [],
    });
  });

  it('reads "ภายใน" before a range as that range: the text names its start', () => {
    expect(parseTimeframe('ภายใน ต.ค.–ธ.ค. 66')).toMatchObject({
      start: { year: 2566, month: 10 }, end: { year: 2566, month: 12 }, warnings: [],
    });
  });

  it.each<[string, TimeframeWarningCode, string]>([
    // 'ก่อน 30 ก.ย.' may or may not include the 30th.
    ['ก่อน 30 ก.ย. 67', 'ambiguous', 'ไม่บอกว่ารวมวันนั้นด้วยหรือไม่'],
    ['ภายใน 31 ก.ย. 67', 'invalid-day', 'เดือนกันยายนมีไม่เกิน 30 วัน'],
    ['ภายใน 30 ก.ย.', 'no-year', 'ไม่ระบุปี'],
  ])('%j stays raw: %s', (raw, code, part) => {
    const parsed = parseTimeframe(raw);
    expect(parsed).toMatchObject({ raw, start: null, end: null });
    expect(parsed.warnings.map((w) => w.code)).toEqual([code]);
    expect(parsed.warnings[0]?.message).toContain(part);
  });
});
