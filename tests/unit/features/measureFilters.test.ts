import { describe, expect, it } from 'vitest';
import { unitNameMap, unitNamesOf } from '../../../src/features/measures/measureFilters';
import { bigDataSet } from '../../support/bigDataSet';

describe('a measure’s unit names', () => {
  const data = bigDataSet({ years: 1, units: 3, measures: 4, updates: 4, longHistory: 1 });
  const names = unitNameMap(data.units);

  it.each([
    { unitIds: ['bench-unit-2', 'bench-unit-1'], expected: ['กองคลัง', 'สำนักปลัด'] },
    { unitIds: [], expected: [] },
    // A unit since deleted still names the measure's owner, by its id.
    { unitIds: ['bench-unit-1', 'gone'], expected: ['สำนักปลัด', 'gone'] },
  ])('$unitIds → $expected', ({ unitIds, expected }) => {
    const [measure] = data.measures;
    if (!measure) throw new Error('the data set has no measure');
    expect(unitNamesOf({ ...measure, unitIds }, names)).toEqual(expected);
  });
});
