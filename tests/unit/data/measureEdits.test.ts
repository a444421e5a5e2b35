import { editOfMeasure } from '../../../src/data/measureEdits';
import { newMeasure, type WriteContext } from '../../../src/domain/measureWrites';
import { parseTimeframe } from '../../../src/domain/timeframe';
import { PLANNER, draft } from '../../contract/storeContract';

const context = (): WriteContext => ({ now: '2026-11-24T10:00:00.000Z', newId: () => 'id-new', readTimeframe: parseTimeframe });

describe('the plan year a store hands an edit', () => {
  const current = newMeasure(draft({ timeframe: 'ต.ค.65-ธ.ค.66' }), [], context());

  it.each<[string, { fiscalYear?: number } | undefined, number | undefined]>([
    ['reads a year-less text against the year it is handed', { fiscalYear: 2568 }, 2568],
    ['reads it against no year when handed none', {}, undefined],
    ['reads it against no year when handed nothing', undefined, undefined],
  ])('%s', (_what, plan, year) => {
    const edited = editOfMeasure(current.id, PLANNER, { timeframe: 'ม.ค.–มี.ค.' }, context()).change(current, plan);
    expect(edited.timeframe.readAsFiscalYear).toBe(year);
  });

  it('takes the year as an argument, so one edit applied twice reads each against its own year', () => {
    const shared = context();
    const { change } = editOfMeasure(current.id, PLANNER, { timeframe: 'ม.ค.–มี.ค.' }, shared);
    expect(change(current, { fiscalYear: 2567 }).timeframe.start).toEqual({ year: 2567, month: 1 });
    expect(change(current, { fiscalYear: 2568 }).timeframe.start).toEqual({ year: 2568, month: 1 });
    expect(shared.fiscalYear).toBeUndefined();
  });
});
