import { healthOf, type HealthReading } from '../../../src/domain/measureHealth';
import type { Timeframe } from '../../../src/domain/schemas/measure';

const at = (iso: string) => new Date(`${iso}T10:00:00`);
type Latest = Parameters<typeof healthOf>[1];
const update = (percent: number, status: 'in-progress' | 'blocked' | 'done' | 'not-started' = 'in-progress') => ({ percent, status });

// '15 พ.ย. 2566 – 15 ธ.ค. 2566': 15 Nov to 15 Dec 2023, 31 days from the first to the day after the last.
const days: Timeframe = { raw: '15 พ.ย. 2566 – 15 ธ.ค. 2566', start: { year: 2566, month: 11 }, startDay: 15, end: { year: 2566, month: 12 }, endDay: 15 };

describe('the health of a timeframe kept to the day', () => {
  it.each<[string, Latest, string, HealthReading]>([
    ['before its first day, though its first month has begun', null, '2023-11-14', { health: 'not-started', reason: { code: 'before-start' } }],
    ['counted from its first day', null, '2023-11-15', { health: 'not-started', reason: { code: 'not-due-yet' } }],
    ['paced over its own days, not whole months', update(10), '2023-11-20', { health: 'on-track', reason: { code: 'on-pace', percent: 10, expected: 16 } }],
    ['behind when it lags its days by more than 20 points', update(10), '2023-12-10', { health: 'at-risk', reason: { code: 'behind', percent: 10, expected: 81 } }],
    ['not overdue on its last day', update(90), '2023-12-15', { health: 'on-track', reason: { code: 'on-pace', percent: 90, expected: 97 } }],
    ['overdue the day after its last day, not at the end of the month', update(90), '2023-12-16', { health: 'overdue', reason: { code: 'past-end', daysLate: 1 } }],
  ])('is %s', (_what, latest, today, expected) => {
    expect(healthOf(days, latest, at(today))).toEqual(expected);
  });

  it('reads a named first day of 1 and last day of the month exactly as months alone', () => {
    const months: Timeframe = { raw: 'ต.ค.66–มี.ค.67', start: { year: 2566, month: 10 }, end: { year: 2567, month: 3 } };
    const named: Timeframe = { ...months, raw: '1 ต.ค. 2566 – 31 มี.ค. 2567', startDay: 1, endDay: 31 };
    for (const today of ['2023-09-30', '2023-10-01', '2024-01-10', '2024-03-31', '2024-04-01']) {
      expect(healthOf(named, update(30), at(today))).toEqual(healthOf(months, update(30), at(today)));
    }
  });
});

// 'ภายใน 30 ก.ย. 67': an open start, due by 30 Sep 2024.
const deadline: Timeframe = { raw: 'ภายใน 30 ก.ย. 67', start: null, end: { year: 2567, month: 9 }, endDay: 30 };
// 'ภายในเดือนมีนาคม 2567': due by the end of March 2024.
const byMonth: Timeframe = { raw: 'ภายในเดือนมีนาคม 2567', start: null, end: { year: 2567, month: 3 } };

describe('the health of a deadline with no start', () => {
  it.each<[string, Timeframe, Latest, string, HealthReading]>([
    ['not started long before the deadline, with the days left', deadline, null, '2024-01-01', { health: 'not-started', reason: { code: 'deadline-ahead', daysLeft: 273, percent: null } }],
    ['on track once reported on, however little, while the deadline is far', deadline, update(5), '2024-06-01', { health: 'on-track', reason: { code: 'deadline-ahead', daysLeft: 121, percent: 5 } }],
    ['still not started the day before the last 30 days begin', deadline, null, '2024-08-31', { health: 'not-started', reason: { code: 'deadline-ahead', daysLeft: 30, percent: null } }],
    ['at risk with no update in the last 30 days', deadline, null, '2024-09-01', { health: 'at-risk', reason: { code: 'deadline-near', daysLeft: 29, percent: null } }],
    ['at risk in the last 30 days while far from done', deadline, update(50), '2024-09-20', { health: 'at-risk', reason: { code: 'deadline-near', daysLeft: 10, percent: 50 } }],
    ['one day left the day before the deadline', deadline, update(60), '2024-09-29', { health: 'at-risk', reason: { code: 'deadline-near', daysLeft: 1, percent: 60 } }],
    ['on track in the last 30 days when nearly done', deadline, update(80), '2024-09-20', { health: 'on-track', reason: { code: 'deadline-ahead', daysLeft: 10, percent: 80 } }],
    ['at risk on its last day, due today: no days left', deadline, update(60), '2024-09-30', { health: 'at-risk', reason: { code: 'deadline-near', daysLeft: 0, percent: 60 } }],
    ['overdue the day after the deadline', deadline, update(90), '2024-10-01', { health: 'overdue', reason: { code: 'past-end', daysLate: 1 } }],
    ['at risk when blocked, however far the deadline', deadline, update(40, 'blocked'), '2024-01-01', { health: 'at-risk', reason: { code: 'blocked' } }],
    ['done when the last update says so, whatever the day', deadline, update(70, 'done'), '2025-01-01', { health: 'done', reason: { code: 'done', status: 'done' } }],
    ['due at the end of a month named without a day', byMonth, null, '2024-03-31', { health: 'at-risk', reason: { code: 'deadline-near', daysLeft: 0, percent: null } }],
    ['overdue from the first of the next month', byMonth, null, '2024-04-01', { health: 'overdue', reason: { code: 'past-end', daysLate: 1 } }],
    ['far ahead at a month named without a day', byMonth, null, '2023-12-31', { health: 'not-started', reason: { code: 'deadline-ahead', daysLeft: 91, percent: null } }],
  ])('is %s', (_what, timeframe, latest, today, expected) => {
    expect(healthOf(timeframe, latest, at(today))).toEqual(expected);
  });
});
