import { describe, expect, it } from 'vitest';
import { formatRestore, formatTable, GROWTH_NOISE_SHARE, renderGrowth, type BenchResults, type RestoreResults } from '../../scripts/bench/report.mjs';

describe('the dashboard’s growth rule: (t_k − t_floor) ÷ (t_1 − t_floor) ≤ 1 + ln k', () => {
  it.each([
    // floor, 1×, k×, k: the data's cost at k× against its cost at 1×
    { floor: 500, base: 600, scaled: 600, scale: 4, ratio: 1, ok: true },
    { floor: 500, base: 600, scaled: 738, scale: 4, ratio: 2.38, ok: true }, // just under 1 + ln 4 = 2.386
    { floor: 500, base: 600, scaled: 740, scale: 4, ratio: 2.4, ok: false },
    { floor: 500, base: 600, scaled: 900, scale: 4, ratio: 4, ok: false }, // linear in the data
    { floor: 500, base: 600, scaled: 870, scale: 16, ratio: 3.7, ok: true }, // 1 + ln 16 = 3.77
    { floor: 500, base: 600, scaled: 2100, scale: 16, ratio: 16, ok: false },
    { floor: 500, base: 700, scaled: 450, scale: 4, ratio: -0.25, ok: true }, // faster than the floor: noise, not growth
  ])('$floor → $base → $scaled ms at $scale×: $ratio', ({ floor, base, scaled, scale, ratio, ok }) => {
    const growth = renderGrowth({ floor, base, scaled, scale });
    expect(growth.ratio).toBeCloseTo(ratio, 2);
    expect(growth.limit).toBeCloseTo(1 + Math.log(scale), 10);
    expect(growth.ok).toBe(ok);
  });

  it(`takes the 1× cost as at least ${GROWTH_NOISE_SHARE} of the floor's time, so runs' scatter at 1× is not a miss at k×`, () => {
    // The 1× set measured faster than the floor (seen on a busy machine): the cost taken is 60 ms.
    expect(renderGrowth({ floor: 600, base: 560, scaled: 720, scale: 4 })).toMatchObject({ ratio: 2, ok: true });
    expect(renderGrowth({ floor: 600, base: 560, scaled: 780, scale: 4 })).toMatchObject({ ratio: 3, ok: false });
    // A real 1× cost above the allowance is used as it is.
    expect(renderGrowth({ floor: 600, base: 700, scaled: 800, scale: 4 }).ratio).toBe(2);
  });

  it('holds at 1× whatever the times', () => {
    expect(renderGrowth({ floor: 500, base: 600, scaled: 600, scale: 1 })).toMatchObject({ ratio: 1, limit: 1, ok: true });
  });
});

const machine = { cpu: '2 × test', memoryGb: 8, node: 'v20', browser: 'Chromium' };
const figures = (dashboard: number, search: number) => ({ dashboard: { median: dashboard }, search: { median: search }, restoreMs: 100 });

describe('the bench table', () => {
  it('at k×, shows floor, 1× and k× and flags a dashboard growing faster than the log', () => {
    const results: BenchResults = {
      date: '2026-12-06T00:00:00.000Z',
      scale: 4,
      runs: 11,
      machine,
      sizes: { years: 10, units: 160, measures: 8_000, updates: 80_000, longHistory: 500 },
      loadBefore: [1, 0.5, 0.25],
      loadAfter: [2, 1, 0.5],
      sources: { browser: { floor: figures(500, 20), '1×': figures(600, 30), '4×': figures(900, 40) } },
    };
    const { table, misses } = formatTable(results);
    expect(table).toContain('| | floor | 1× | 4× | 4× ÷ floor | target |');
    expect(table).toContain('| Dashboard, first render (ms) | 500 | 600 | 900 | 1.8× | growth 4.00 ≤ 1 + ln 4 = 2.39 ✗ |');
    expect(table).toContain('8000 measures, 80000 updates, 160 units');
    expect(table).toContain('before: 1.00, 0.50, 0.25; after: 2.00, 1.00, 0.50');
    expect(misses).toEqual(['browser dashboard growth 4.00 > 2.39']);
  });

  it('checks the targets on every set but the floor', () => {
    const results: BenchResults = {
      date: '2026-12-06T00:00:00.000Z',
      scale: 4,
      runs: 11,
      machine,
      sources: { api: { floor: figures(500, 70), '1×': figures(600, 55), '4×': figures(700, 45) } },
    };
    const { table, misses } = formatTable(results);
    expect(table).toContain('| Search: typing to updated results (ms) | 70 | 55 | 45 | 0.6× | ≤ 50 ✗ |');
    expect(misses).toEqual(['api search at 1× 55 ms']);
  });

  it('reads results written before the scale option (floor and large) as 1×', () => {
    const results: BenchResults = { date: '2026-11-30T00:00:00.000Z', runs: 5, machine, sources: { browser: { floor: figures(500, 20), large: figures(560, 30) } } };
    const { table, misses } = formatTable(results);
    expect(table).toContain('| | floor | 1× | 1× ÷ floor | target |');
    expect(table).not.toContain('growth');
    expect(misses).toEqual([]);
  });
});

describe('the restore table', () => {
  const phase = (progressShown: boolean) => ({ ms: 30_000, longestTaskMs: 4_000, longTasks: 12, longestFrameGapMs: 4_100, progressShown });
  const results = (forms: RestoreResults['sources'][string]): RestoreResults => ({
    date: '2026-12-06T00:00:00.000Z',
    scale: 16,
    runs: 11,
    machine,
    sizes: { years: 10, units: 640, measures: 32_000, updates: 320_000, longHistory: 500 },
    files: { pretty: { path: '/tmp/p.json', bytes: 239 * 1_048_576 }, compact: { path: '/tmp/c.json', bytes: 150 * 1_048_576 } },
    sources: { browser: forms },
  });

  it('shows each phase’s longest task and whether progress was on screen', () => {
    const { table, misses } = formatRestore(results({ pretty: { preview: phase(false), restore: phase(true) } }));
    expect(table).toContain('the app’s own backup file (pretty, 239 MiB)');
    expect(table).toContain('| Restoring it | 30000 | 4000 | 12 | 4100 | yes |');
    expect(misses).toEqual([]);
  });

  it('counts a restore with no progress shown as a miss', () => {
    expect(formatRestore(results({ pretty: { preview: phase(false), restore: phase(false) } })).misses).toEqual(['browser restore showed no progress']);
  });

  it('counts the app’s own file refused as a miss, and shows the compact one’s figures', () => {
    const { table, misses } = formatRestore(results({ pretty: { refused: 'ไฟล์ใหญ่เกินไป' }, compact: { preview: phase(false), restore: phase(true) } }));
    expect(table).toContain('Refused: ไฟล์ใหญ่เกินไป');
    expect(table).toContain('the same JSON, compact (compact, 150 MiB)');
    expect(misses).toEqual(["browser refused the app's own 16× backup"]);
  });
});
