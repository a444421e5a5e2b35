import type { YearMonth } from '../../../src/domain/schemas/common';
import { progressUpdate } from '../../support/progressUpdate';
import type { Measure, ProgressUpdate, Timeframe } from '../../../src/domain/schemas/measure';
import { yearProgress, type YearProgress } from '../../../src/domain/yearProgress';

// Fiscal year 2567 runs from ต.ค. 2566 (October 2023) to ก.ย. 2567 (September 2024).
const FY = 2567;
const at = (iso: string) => new Date(`${iso}T10:00:00`);
const ym = (year: number, month: number): YearMonth => ({ year, month });
const timeframe = (start: YearMonth | null, end: YearMonth | null, raw = 'ตามแผน'): Timeframe => ({ raw, start, end });
// ต.ค. 66 – มี.ค. 67: 1 October 2023 to 31 March 2024.
const OCT_TO_MAR = timeframe(ym(2566, 10), ym(2567, 3), 'ต.ค.66-มี.ค.67');

const measure = (id: string, tf: Timeframe = OCT_TO_MAR, changes: Partial<Measure> = {}): Measure => ({
  id,
  assessmentId: 'asm-2567',
  kind: 'plan',
  order: 1,
  title: `มาตรการ ${id}`,
  description: '',
  steps: [],
  unitIds: [],
  timeframe: tf,
  followUp: '',
  links: { indicators: [], oItems: [], findingIds: [] },
  archived: false,
  version: 1,
  createdAt: '2023-09-01T00:00:00.000Z',
  updatedAt: '2023-09-01T00:00:00.000Z',
  ...changes,
});

const update = progressUpdate;

const column = (progress: YearProgress, key: 'expectedDone' | 'done' | 'onTrack') => progress.months.map((m) => m[key]);
/** A single measure's expected line: 0 before the month it is due in, 100 from then on. */
const dueFrom = (index: number | null) => Array.from({ length: 12 }, (_, i) => (index !== null && i >= index ? 100 : 0));

describe('the year’s months', () => {
  it('runs ต.ค. of the year before to ก.ย. of the fiscal year, in B.E.', () => {
    const progress = yearProgress(FY, [], [], at('2024-01-15'));
    expect(progress.months.map((m) => [m.month, m.year])).toEqual([
      [10, 2566], [11, 2566], [12, 2566], [1, 2567], [2, 2567], [3, 2567],
      [4, 2567], [5, 2567], [6, 2567], [7, 2567], [8, 2567], [9, 2567],
    ]);
    expect(progress.fiscalYear).toBe(FY);
  });

  it.each<[string, string, number, number]>([
    ['the day before the year starts', '2023-09-30', -1, 0],
    ['its first day', '2023-10-01', 0, 1],
    ['a day in ม.ค.', '2024-01-15', 3, 4],
    ['its last day', '2024-09-30', 11, 12],
    ['the day after it ends', '2024-10-01', -1, 12],
    ['years later', '2026-11-25', -1, 12],
    ['years before', '2020-05-01', -1, 0],
  ])('on %s, marks today’s month and reads the months up to it', (_when, today, current, known) => {
    const progress = yearProgress(FY, [measure('m1')], [], at(today));
    expect(progress.current).toBe(current);
    expect(progress.months.filter((m) => m.done !== null)).toHaveLength(known);
    expect(progress.months.filter((m) => m.onTrack !== null)).toHaveLength(known);
    expect(progress.months.slice(known).every((m) => m.done === null && m.onTrack === null)).toBe(true);
  });
});

describe('when measures are expected done', () => {
  it.each<[string, Timeframe, number | null]>([
    ['planned ต.ค.–มี.ค.: by the end of มี.ค.', OCT_TO_MAR, 5],
    ['ending in ต.ค., the first month: from the first month', timeframe(ym(2566, 10), ym(2566, 10)), 0],
    ['ending in ก.ย., the last month: in the last month', timeframe(ym(2566, 10), ym(2567, 9)), 11],
    ['ending in ธ.ค. across the calendar year end', timeframe(ym(2566, 11), ym(2566, 12)), 2],
    ['ending before the year began: from the first month', timeframe(ym(2565, 10), ym(2566, 6)), 0],
    ['ending the month before the year began: from the first month', timeframe(ym(2566, 1), ym(2566, 9)), 0],
    ['ending after the year: never within it', timeframe(ym(2567, 1), ym(2567, 12)), null],
    ['ending the month after the year: never within it', timeframe(ym(2566, 10), ym(2567, 10)), null],
    ['with no timeframe read: by the end of the fiscal year', timeframe(null, null, 'ตลอดปีงบประมาณ'), 11],
    ['with only an end read: by that end', timeframe(null, ym(2567, 2), 'ภายใน ก.พ.67'), 4],
    ['ending on a named day mid-month: by that month’s end', { ...OCT_TO_MAR, startDay: 15, endDay: 15 }, 5],
  ])('a measure %s', (_what, tf, index) => {
    expect(column(yearProgress(FY, [measure('m1', tf)], [], at('2024-01-15')), 'expectedDone')).toEqual(dueFrom(index));
  });

  it('carries a measure over from the year before by its timeframe in this year, not its origin', () => {
    const carried = measure('m2', timeframe(ym(2567, 1), ym(2567, 6), 'ม.ค.-มิ.ย.67'), { carriedFrom: 'm-2566-1' });
    expect(column(yearProgress(FY, [carried], [], at('2024-01-15')), 'expectedDone')).toEqual(dueFrom(8));
  });

  it('adds up as the measures fall due, as a share of all counted', () => {
    const measures = [
      measure('a', timeframe(ym(2566, 10), ym(2566, 12))),
      measure('b', OCT_TO_MAR),
      measure('c', timeframe(null, null)),
      measure('d', timeframe(ym(2567, 6), ym(2568, 3))),
    ];
    expect(column(yearProgress(FY, measures, [], at('2024-01-15')), 'expectedDone')).toEqual([0, 0, 25, 25, 25, 50, 50, 50, 50, 50, 50, 75]);
  });
});

describe('what was done month by month', () => {
  // One ต.ค.–มี.ค. measure read at the end of มี.ค. (index 5) and of เม.ย. (index 6), long after.
  it.each<[string, ProgressUpdate[], { march: [number, number]; april: [number, number] }]>([
    ['done on the last day of มี.ค. counts for มี.ค.', [update('m1', '2024-03-31', 100, 'done')], { march: [100, 0], april: [100, 0] }],
    ['done on the first day of เม.ย. does not count for มี.ค.', [update('m1', '2024-04-01', 100, 'done')], { march: [0, 0], april: [100, 0] }],
    ['cancelled counts as done', [update('m1', '2024-02-10', 30, 'cancelled')], { march: [100, 0], april: [100, 0] }],
    ['100 % still marked in progress counts as done', [update('m1', '2024-03-20', 100, 'in-progress')], { march: [100, 0], april: [100, 0] }],
    ['90 % in progress by the end is on track, then overdue', [update('m1', '2024-03-20', 90)], { march: [0, 100], april: [0, 0] }],
    ['blocked is neither done nor on track', [update('m1', '2024-03-20', 90, 'blocked')], { march: [0, 0], april: [0, 0] }],
    ['no update at all is neither', [], { march: [0, 0], april: [0, 0] }],
    [
      'an update after the month end is not read back into it',
      [update('m1', '2024-03-15', 95), update('m1', '2024-04-05', 100, 'done')],
      { march: [0, 100], april: [100, 0] },
    ],
    [
      'a later update that reopens the measure undoes its done',
      [update('m1', '2024-03-01', 100, 'done'), update('m1', '2024-04-10', 80)],
      { march: [100, 0], april: [0, 0] },
    ],
    [
      'of two updates on one day, the one recorded last',
      [update('m1', '2024-03-10', 100, 'done', '2024-03-10T08:00:00.000Z'), update('m1', '2024-03-10', 85, 'in-progress', '2024-03-10T09:00:00.000Z')],
      { march: [0, 100], april: [0, 0] },
    ],
    [
      'of two updates on one day, the one recorded last, whatever order they come in',
      [update('m1', '2024-03-10', 85, 'in-progress', '2024-03-10T09:00:00.000Z'), update('m1', '2024-03-10', 100, 'done', '2024-03-10T10:00:00.000Z')],
      { march: [100, 0], april: [100, 0] },
    ],
    ['an update of another measure is not this one’s', [update('other', '2024-03-01', 100, 'done')], { march: [0, 0], april: [0, 0] }],
  ])('%s', (_what, updates, { march, april }) => {
    const progress = yearProgress(FY, [measure('m1')], updates, at('2025-01-01'));
    expect([progress.months[5]?.done, progress.months[5]?.onTrack]).toEqual(march);
    expect([progress.months[6]?.done, progress.months[6]?.onTrack]).toEqual(april);
  });

  it('reads the month’s health at its end: on pace in ธ.ค., at risk in ม.ค. with no newer update', () => {
    // At the end of พ.ย. a third of the time is gone with no update; at the end of ธ.ค. half is
    // gone with 40 % done, within 20 points; at the end of ม.ค. two thirds, and 40 % no longer is.
    const progress = yearProgress(FY, [measure('m1')], [update('m1', '2023-12-01', 40)], at('2025-01-01'));
    expect(column(progress, 'onTrack')).toEqual([0, 0, 100, 0, 0, 0, 0, 0, 0, 0, 0, 0]);
    expect(column(progress, 'done')).toEqual(new Array(12).fill(0));
  });

  it('reads today’s month as of today: an update later in the month is not read yet', () => {
    const updates = [update('m1', '2024-01-10', 100, 'done'), update('m1', '2024-01-20', 100, 'done')];
    const progress = yearProgress(FY, [measure('m1'), measure('m2')], updates.slice(1), at('2024-01-15'));
    expect(progress.months[3]?.done).toBe(0);
    expect(yearProgress(FY, [measure('m1'), measure('m2')], updates, at('2024-01-15')).months[3]?.done).toBe(50);
  });

  it('gives the same months whatever order the updates come in', () => {
    const updates = [update('m1', '2023-11-03', 20), update('m1', '2024-01-05', 60), update('m1', '2024-02-28', 100, 'done'), update('m2', '2023-12-01', 10)];
    const measures = [measure('m1'), measure('m2')];
    const forward = yearProgress(FY, measures, updates, at('2024-06-01'));
    expect(yearProgress(FY, measures, [...updates].reverse(), at('2024-06-01'))).toEqual(forward);
    expect(column(forward, 'done')).toEqual([0, 0, 0, 0, 50, 50, 50, 50, 50, null, null, null]);
  });

  it('leaves archived measures out of every share and every count', () => {
    const measures = [measure('m1'), measure('gone', OCT_TO_MAR, { archived: true })];
    const progress = yearProgress(FY, measures, [update('m1', '2023-11-01', 100, 'done'), update('gone', '2023-11-01', 10)], at('2024-01-15'));
    expect(progress.total).toBe(1);
    expect(progress.months[1]).toEqual({ month: 11, year: 2566, expectedDone: 0, done: 100, onTrack: 0 });
    expect(progress.now).toEqual({ done: 1, onTrack: 0, late: 0, notStarted: 0 });
  });

  it('gives 0, never NaN, with no measure to count', () => {
    const progress = yearProgress(FY, [], [update('m1', '2023-11-01', 50)], at('2024-01-15'));
    expect(progress.total).toBe(0);
    expect(column(progress, 'expectedDone')).toEqual(new Array(12).fill(0));
    expect(column(progress, 'done')).toEqual([0, 0, 0, 0, null, null, null, null, null, null, null, null]);
    expect(progress.now).toEqual({ done: 0, onTrack: 0, late: 0, notStarted: 0 });
  });

  it('draws no done line before the year starts, but the plan is there', () => {
    const progress = yearProgress(FY, [measure('m1')], [], at('2023-09-01'));
    expect(column(progress, 'done').every((v) => v === null)).toBe(true);
    expect(column(progress, 'expectedDone')).toEqual(dueFrom(5));
  });
});

describe('where the measures stand today', () => {
  const measures = [
    measure('done'),
    measure('cancelled'),
    measure('on-pace'),
    measure('blocked'),
    measure('overdue', timeframe(ym(2566, 10), ym(2566, 11))),
    measure('not-yet', timeframe(ym(2567, 4), ym(2567, 9))),
    measure('no-timeframe', timeframe(null, null)),
  ];
  const updates = [
    update('done', '2024-01-05', 100, 'done'),
    update('cancelled', '2023-12-01', 0, 'cancelled'),
    update('on-pace', '2024-01-02', 60),
    update('blocked', '2024-01-02', 60, 'blocked'),
    update('overdue', '2023-11-20', 90),
    // Dated after today: not read as today's state.
    update('no-timeframe', '2024-02-01', 100, 'done'),
  ];

  it.each<[string, string, YearProgress['now']]>([
    ['inside the year', '2024-01-15', { done: 2, onTrack: 1, late: 2, notStarted: 2 }],
    ['after the year, when every unfinished one is overdue', '2024-12-01', { done: 3, onTrack: 0, late: 4, notStarted: 0 }],
    ['before the year, when nothing has started', '2023-09-01', { done: 0, onTrack: 0, late: 0, notStarted: 7 }],
  ])('counts by health %s (late = at risk + overdue)', (_when, today, now) => {
    expect(yearProgress(FY, measures, updates, at(today)).now).toEqual(now);
  });

  it('counts a deadline with no start as not started while far off, and late in its last 30 days', () => {
    const deadline = [measure('m1', { raw: 'ภายใน 30 ก.ย. 67', start: null, end: ym(2567, 9), endDay: 30 })];
    expect(yearProgress(FY, deadline, [], at('2024-01-15')).now).toEqual({ done: 0, onTrack: 0, late: 0, notStarted: 1 });
    expect(yearProgress(FY, deadline, [], at('2024-09-10')).now).toEqual({ done: 0, onTrack: 0, late: 1, notStarted: 0 });
    expect(yearProgress(FY, deadline, [update('m1', '2024-09-01', 85)], at('2024-09-10')).now).toEqual({ done: 0, onTrack: 1, late: 0, notStarted: 0 });
  });

  it('agrees with today’s month', () => {
    const progress = yearProgress(FY, measures, updates, at('2024-01-15'));
    const month = progress.months[progress.current];
    expect(month?.done).toBeCloseTo((progress.now.done / 7) * 100);
    expect(month?.onTrack).toBeCloseTo((progress.now.onTrack / 7) * 100);
  });
});

describe('with a large year', () => {
  it('reads 800 measures of 10 updates each in one pass per measure', () => {
    const measures = Array.from({ length: 800 }, (_, i) => measure(`m${i}`, timeframe(ym(2566, 10), ym(2567, 1 + (i % 9)))));
    const updates = measures.flatMap((m, i) =>
      Array.from({ length: 10 }, (_, k) => update(m.id, `2024-0${1 + (k % 9)}-${String(1 + ((i + k) % 28)).padStart(2, '0')}`, Math.min(100, k * 11))),
    );
    yearProgress(FY, measures, updates, at('2024-12-01'));
    const started = performance.now();
    const progress = yearProgress(FY, measures, updates, at('2024-12-01'));
    const took = performance.now() - started;
    expect(progress.total).toBe(800);
    // Well under the 50 ms asked; a generous bound so a busy machine does not fail it, while a
    // rescan of every update per month and measure (~100 times the work) would.
    expect(took).toBeLessThan(250);
  });
});
