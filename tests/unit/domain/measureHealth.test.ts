import { healthOf, type HealthReading } from '../../../src/domain/measureHealth';
import type { Timeframe } from '../../../src/domain/schemas/measure';

// The seed's measure 1: ต.ค.65-ธ.ค.66, that is 1 Oct 2022 to 31 Dec 2023.
const window: Timeframe = { raw: 'ต.ค.65-ธ.ค.66', start: { year: 2565, month: 10 }, end: { year: 2566, month: 12 } };
const at = (iso: string) => new Date(`${iso}T10:00:00`);
const update = (percent: number, status: 'in-progress' | 'blocked' | 'done' | 'cancelled' | 'not-started' = 'in-progress') => ({ percent, status });

describe('the health of a measure', () => {
  it.each<[string, Parameters<typeof healthOf>[1], string, HealthReading]>([
    ['done when the last update says so', update(80, 'done'), '2023-03-01', { health: 'done', reason: { code: 'done', status: 'done' } }],
    ['done at 100 %', update(100), '2024-06-01', { health: 'done', reason: { code: 'done', status: 'in-progress' } }],
    ['closed when cancelled', update(10, 'cancelled'), '2024-06-01', { health: 'done', reason: { code: 'cancelled' } }],
    ['not started before its first month', null, '2022-09-30', { health: 'not-started', reason: { code: 'before-start' } }],
    ['on track before its first month if already reported on', update(5), '2022-09-15', { health: 'on-track', reason: { code: 'before-start' } }],
    ['not started, and not yet late, early in its window', null, '2022-11-15', { health: 'not-started', reason: { code: 'not-due-yet' } }],
    ['at risk with no update once a quarter of its time is gone', null, '2023-03-01', { health: 'at-risk', reason: { code: 'no-update-yet', expected: 33 } }],
    ['on track when progress keeps pace', update(40), '2023-05-01', { health: 'on-track', reason: { code: 'on-pace', percent: 40, expected: 46 } }],
    ['at risk when progress lags the time by more than 20 points', update(20), '2023-05-01', { health: 'at-risk', reason: { code: 'behind', percent: 20, expected: 46 } }],
    ['at risk when blocked, whatever the percent', update(90, 'blocked'), '2023-02-01', { health: 'at-risk', reason: { code: 'blocked' } }],
    ['not overdue on the last day of its last month', update(90), '2023-12-31', { health: 'on-track', reason: { code: 'on-pace', percent: 90, expected: 100 } }],
    ['overdue from the first day after, counting the days', update(90), '2024-01-01', { health: 'overdue', reason: { code: 'past-end', daysLate: 1 } }],
    ['overdue a month on', null, '2024-01-31', { health: 'overdue', reason: { code: 'past-end', daysLate: 31 } }],
  ])('is %s', (_what, latest, today, expected) => {
    expect(healthOf(window, latest, at(today))).toEqual(expected);
  });

  it('gives no lateness for a timeframe the parser could not read, and says so', () => {
    const unread: Timeframe = { raw: 'ตลอดปี', start: null, end: null };
    expect(healthOf(unread, null, at('2030-01-01'))).toEqual({ health: 'not-started', reason: { code: 'no-timeframe', percent: null } });
    expect(healthOf(unread, update(30), at('2030-01-01'))).toEqual({ health: 'on-track', reason: { code: 'no-timeframe', percent: 30 } });
  });

  it('ends a timeframe that closes in a December at the turn of the year', () => {
    const december: Timeframe = { raw: 'ธ.ค.66', start: { year: 2566, month: 12 }, end: { year: 2566, month: 12 } };
    expect(healthOf(december, update(90), at('2023-12-31')).health).toBe('on-track');
    expect(healthOf(december, update(90), at('2024-01-01')).health).toBe('overdue');
  });
});
