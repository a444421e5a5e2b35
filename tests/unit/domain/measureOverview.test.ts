import { measureOverview } from '../../../src/domain/measureOverview';
import { progressUpdate } from '../../support/progressUpdate';
import type { Measure } from '../../../src/domain/schemas/measure';
import { seedData } from '../../support/seed';

const { measures } = seedData();
const at = (iso: string) => new Date(`${iso}T10:00:00`);
const update = progressUpdate;

describe('where the measures stand', () => {
  it('finds the seed’s three plan measures overdue today and the rest not started', () => {
    const overview = measureOverview(measures, [], at('2026-11-25'));
    expect(overview.total).toBe(9);
    expect(overview.byHealth).toEqual({ overdue: 3, 'at-risk': 0, 'not-started': 6, 'on-track': 0, done: 0 });
    // Measure 2 ended with March 2566 (2023): 1 April 2023 to 25 November 2026 is 1,334 days, the 1st late.
    expect(overview.late.map((l) => [l.measure.id, l.daysLate])).toEqual([
      ['msr-plan-2', 1335],
      ['msr-plan-3', 1182],
      ['msr-plan-1', 1060],
    ]);
    expect(overview.recent).toEqual([]);
  });

  it('counts per unit, a shared measure for each unit and one with no unit under none', () => {
    const overview = measureOverview(measures, [], at('2026-11-25'));
    expect(overview.byUnit.get('unit-palad')).toMatchObject({ overdue: 2, 'not-started': 3 });
    expect(overview.byUnit.get('unit-finance')).toMatchObject({ overdue: 1, 'not-started': 0 });
    expect(overview.byUnit.get('')).toMatchObject({ 'not-started': 3 });
  });

  it('reads health in its window: at risk when behind, with no days late, after the overdue', () => {
    const overview = measureOverview(
      measures,
      [update('msr-plan-1', '2023-02-01', 5), update('msr-plan-3', '2023-08-31', 100, 'done')],
      at('2023-05-01'),
    );
    expect(overview.byHealth).toMatchObject({ overdue: 1, 'at-risk': 1, done: 1 });
    expect(overview.late.map((l) => [l.measure.id, l.health.health, l.daysLate])).toEqual([
      ['msr-plan-2', 'overdue', 31],
      ['msr-plan-1', 'at-risk', null],
    ]);
  });

  it('lists the newest update of each measure, newest first, leaving archived measures out', () => {
    const archived: Measure[] = measures.map((m) => (m.id === 'msr-plan-2' ? { ...m, archived: true } : m));
    const overview = measureOverview(
      archived,
      [update('msr-plan-1', '2023-02-01', 5), update('msr-plan-3', '2023-03-01', 40), update('msr-plan-2', '2023-04-01', 50)],
      at('2023-05-01'),
    );
    expect(overview.total).toBe(8);
    expect(overview.recent.map((u) => u.measureId)).toEqual(['msr-plan-3', 'msr-plan-1']);
    expect(overview.late.map((l) => l.measure.id)).not.toContain('msr-plan-2');
  });
});
