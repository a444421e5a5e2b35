import { carryOver, isUnfinished } from '../../../src/domain/carryOver';
import { frameworkFor } from '../../../src/domain/frameworks/registry';
import { measureInputSchema } from '../../../src/domain/schemas/measureInput';
import type { Measure } from '../../../src/domain/schemas/measure';
import { seedData } from '../../support/seed';

const { measures } = seedData();
const measure = (id: string): Measure => {
  const found = measures.find((m) => m.id === id);
  if (!found) throw new Error(id);
  return found;
};

describe('unfinished measures', () => {
  it.each([
    ['no update yet', null, false, true],
    ['in progress at 40 %', { status: 'in-progress' as const, percent: 40 }, false, true],
    ['blocked', { status: 'blocked' as const, percent: 10 }, false, true],
    ['done', { status: 'done' as const, percent: 80 }, false, false],
    ['at 100 %', { status: 'in-progress' as const, percent: 100 }, false, false],
    ['cancelled', { status: 'cancelled' as const, percent: 0 }, false, false],
    ['archived', null, true, false],
  ])('%s: %s', (_what, latest, archived, unfinished) => {
    expect(isUnfinished({ ...measure('msr-plan-1'), archived }, latest)).toBe(unfinished);
  });
});

describe('carrying a measure over', () => {
  it('copies its words, steps with their ticks, units and timeframe, and links back', () => {
    const ticked = { ...measure('msr-plan-3'), steps: measure('msr-plan-3').steps.map((s, i) => ({ ...s, done: i === 0 })) };
    const input = carryOver(ticked, 'asm-2566', frameworkFor(2565));
    expect(measureInputSchema.parse(input)).toEqual(input);
    expect(input).toMatchObject({
      assessmentId: 'asm-2566',
      kind: 'plan',
      title: 'การสร้างมาตรการส่งเสริมความโปร่งใสในการจัดซื้อจัดจ้าง',
      unitIds: ['unit-finance'],
      timeframe: 'ม.ค.-ส.ค.66',
      carriedFrom: 'msr-plan-3',
    });
    expect(input.steps.map((s) => s.done)).toEqual([true, false, false]);
  });

  it('leaves the old year’s O-items and findings behind, keeping the indicators the new framework has', () => {
    const input = carryOver(measure('msr-fnd-oit-1'), 'asm-2566', frameworkFor(2565));
    expect(input.links).toEqual({ indicators: [], oItems: [], findingIds: [] });
    const linked = carryOver({ ...measure('msr-plan-1'), links: { indicators: [5, 11], oItems: ['O1'], findingIds: ['fnd-iit-1'] } }, 'asm-2566', frameworkFor(2565));
    expect(linked.links).toEqual({ indicators: [5], oItems: [], findingIds: [] });
  });
});
