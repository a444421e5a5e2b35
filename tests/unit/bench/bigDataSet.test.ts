import { describe, expect, it } from 'vitest';
import { readBackup } from '../../../src/domain/backup';
import { BENCH_SIZE, backupText, benchSize, bigDataSet, LONG_HISTORY_MEASURE } from '../../support/bigDataSet';

describe('the benchmark’s data set', () => {
  const data = bigDataSet();

  it('has the sizes issue 10 names, in Thai', () => {
    expect(new Set(data.assessments.map((a) => a.fiscalYear)).size).toBe(BENCH_SIZE.years);
    expect(data.frameworks).toHaveLength(BENCH_SIZE.years);
    expect(data.units).toHaveLength(40);
    expect(new Set(data.units.map((u) => u.name)).size).toBe(40);
    expect(data.measures).toHaveLength(2_000);
    expect(data.progressUpdates).toHaveLength(20_000);
    expect(data.progressUpdates.filter((u) => u.measureId === LONG_HISTORY_MEASURE)).toHaveLength(500);
    expect(data.measures[0]?.title).toMatch(/^มาตรการส่งเสริม/);
    expect(data.measures.every((m) => m.timeframe.start !== null && m.timeframe.end !== null)).toBe(true);
  });

  it('is the same every time, and dates no update after the day it pretends to be made', () => {
    const small = { years: 2, units: 3, measures: 20, updates: 60, longHistory: 5 };
    expect(bigDataSet(small)).toEqual(bigDataSet(small));
    expect(data.progressUpdates.every((u) => u.date <= '2026-11-24')).toBe(true);
  });

  it('scales measures, updates and units k times over in the same ten years, the long history kept', () => {
    expect(benchSize(1)).toEqual(BENCH_SIZE);
    expect(benchSize(4)).toEqual({ years: 10, units: 160, measures: 8_000, updates: 80_000, longHistory: 500 });
    expect(benchSize(16)).toMatchObject({ years: 10, units: 640, measures: 32_000, updates: 320_000 });
    expect(() => benchSize(0)).toThrow(RangeError);
    expect(() => benchSize(2.5)).toThrow(RangeError);
  });

  it('names every unit apart at 4×, past the kinds and areas it combines', () => {
    const units = bigDataSet({ ...benchSize(4), measures: 40, updates: 40, longHistory: 5 }).units;
    expect(units).toHaveLength(160);
    expect(new Set(units.map((u) => u.name)).size).toBe(160);
  });

  // 11 MB of JSON written and read back: more than the default 5 s on a slow CI machine.
  it('restores from settings as it is: its backup file reads with no problem', { timeout: 30_000 }, () => {
    const read = readBackup(backupText(data));
    expect(read.ok ? read.summary : read.problem).toMatchObject({ counts: { measures: 2_000, progressUpdates: 20_000, units: 40 } });
  });
});
