import { measureChanges } from '../../../src/domain/audit';
import type { Measure, Timeframe } from '../../../src/domain/schemas/measure';
import { seedData } from '../../support/seed';

const ym = (year: number, month: number) => ({ year, month });

function measure(timeframe: Timeframe, title = 'ชื่อ'): Measure {
  const [first] = seedData().measures;
  if (!first) throw new Error('fixture has no measure');
  return { ...first, title, timeframe };
}

describe('what the history says of a timeframe', () => {
  const read2567: Timeframe = { raw: 'ม.ค.–มี.ค.', start: ym(2567, 1), end: ym(2567, 3), readAsFiscalYear: 2567 };
  const read2568: Timeframe = { raw: 'ม.ค.–มี.ค.', start: ym(2568, 1), end: ym(2568, 3), readAsFiscalYear: 2568 };
  const unread: Timeframe = { raw: 'ตลอดปี', start: null, end: null };

  it.each<[string, Timeframe, Timeframe, { from: string; to: string } | null]>([
    ['the same text read as another year shows', read2567, read2568, { from: 'ม.ค.–มี.ค. (ม.ค. 2567 – มี.ค. 2567)', to: 'ม.ค.–มี.ค. (ม.ค. 2568 – มี.ค. 2568)' }],
    ['the same text read alike is no change', read2567, { ...read2567 }, null],
    ['a text not read is told as typed', unread, read2567, { from: 'ตลอดปี', to: 'ม.ค.–มี.ค. (ม.ค. 2567 – มี.ค. 2567)' }],
  ])('%s', (_what, before, after, change) => {
    const found = measureChanges(measure(before), measure(after)).filter((c) => c.field === 'timeframe');
    expect(found).toEqual(change ? [{ field: 'timeframe', ...change }] : []);
  });

  it('a title-only edit records no timeframe change', () => {
    expect(measureChanges(measure(read2567), measure(read2567, 'ชื่อใหม่')).map((c) => c.field)).toEqual(['title']);
  });
});
