import { freshnessOf } from '../../../src/domain/freshness';
import type { Measure, ProgressUpdate } from '../../../src/domain/schemas/measure';
import type { MeetingCalendar } from '../../../src/domain/schemas/meetingCalendar';
import { seedData } from '../../support/seed';

// The seed's nine measures: plan 1–2 and the findings' three for สำนักปลัด, plan 3 for กองคลัง,
// three driving measures with no unit. Meetings on the second Tuesday: 10 Nov and 8 Dec 2026.
const calendar: MeetingCalendar = { rule: { kind: 'weekday-of-month', week: 2, weekday: 2 }, extraDates: [], cancelledDates: [] };
const measures = () => seedData().measures;
let ids = 0;
function update(measureId: string, createdAt: string, overrides: Partial<ProgressUpdate> = {}): ProgressUpdate {
  ids += 1;
  return { id: `upd-${ids}`, measureId, date: createdAt.slice(0, 10), authorName: 'ผู้รายงาน', unitId: null, status: 'in-progress', percent: 50, note: 'ยังเท่าเดิม', evidenceUrl: '', createdAt, ...overrides };
}
// 1 December 2026, 10:00 in Thailand.
const DEC_1 = new Date('2026-12-01T03:00:00.000Z');

describe('freshness since the last meeting', () => {
  it('calls a measure fresh when anything was recorded since the last meeting, even the same percent', () => {
    const report = freshnessOf(measures(), [update('msr-plan-3', '2026-11-20T02:00:00.000Z', { percent: 40 }), update('msr-plan-3', '2026-10-01T02:00:00.000Z', { percent: 40 })], calendar, DEC_1);
    expect(report.lastMeeting).toBe('2026-11-10');
    expect(report.nextMeeting).toBe('2026-12-08');
    expect(report.byMeasure.get('msr-plan-3')).toBe('fresh');
    expect(report.byMeasure.get('msr-plan-1')).toBe('stale');
    expect(report.stale.map((m) => m.id)).toEqual(['msr-plan-1', 'msr-plan-2', 'msr-fnd-eit-1', 'msr-fnd-iit-1', 'msr-fnd-oit-1', 'msr-drive-1', 'msr-drive-2', 'msr-drive-3']);
  });

  it('counts what was recorded on the meeting’s own day (Thai time) towards the next meeting, and the day before not', () => {
    const onTheDay = update('msr-plan-1', '2026-11-09T17:05:00.000Z'); // 10 Nov, 00:05 in Thailand
    const dayBefore = update('msr-plan-2', '2026-11-09T16:55:00.000Z'); // 9 Nov, 23:55 in Thailand
    const report = freshnessOf(measures(), [onTheDay, dayBefore], calendar, DEC_1);
    expect(report.byMeasure.get('msr-plan-1')).toBe('fresh');
    expect(report.byMeasure.get('msr-plan-2')).toBe('stale');
  });

  it('on a meeting day counts from the meeting before, so the morning’s updates count for today', () => {
    const meetingMorning = new Date('2026-12-08T01:00:00.000Z');
    const report = freshnessOf(measures(), [update('msr-plan-1', '2026-12-08T00:30:00.000Z')], calendar, meetingMorning);
    expect([report.lastMeeting, report.nextMeeting]).toEqual(['2026-11-10', '2026-12-08']);
    expect(report.byMeasure.get('msr-plan-1')).toBe('fresh');
    // The day after, the count starts again from the 8th: the update recorded on the 8th still counts.
    const dayAfter = freshnessOf(measures(), [update('msr-plan-1', '2026-12-08T00:30:00.000Z')], calendar, new Date('2026-12-09T03:00:00.000Z'));
    expect(dayAfter.lastMeeting).toBe('2026-12-08');
    expect(dayAfter.byMeasure.get('msr-plan-1')).toBe('fresh');
  });

  it('asks nothing of a measure done, cancelled, archived or not yet begun', () => {
    const all = measures();
    const archived: Measure = { ...(all[1] as Measure), archived: true };
    const later: Measure = { ...(all[3] as Measure), timeframe: { raw: 'ม.ค.-มี.ค.70', start: { year: 2570, month: 1 }, end: { year: 2570, month: 3 } } };
    const report = freshnessOf(
      [all[0] as Measure, archived, all[2] as Measure, later, all[4] as Measure],
      [update('msr-plan-1', '2026-10-01T02:00:00.000Z', { status: 'done', percent: 100 }), update('msr-plan-3', '2026-10-01T02:00:00.000Z', { status: 'cancelled', percent: 20 })],
      calendar,
      DEC_1,
    );
    expect(Object.fromEntries(report.byMeasure)).toEqual({
      'msr-plan-1': 'not-expected',
      'msr-plan-2': 'not-expected',
      'msr-plan-3': 'not-expected',
      'msr-fnd-eit-1': 'not-expected',
      'msr-fnd-iit-1': 'stale',
    });
    expect(report.byUnit).toEqual([{ unitId: 'unit-palad', expected: 1, stale: [all[4]] }]);
  });

  it('takes a measure’s state from its newest update by date, and its freshness from its newest recording', () => {
    // Done in October, then a correction recorded after the meeting with an older date: still done.
    const report = freshnessOf(
      measures(),
      [update('msr-plan-1', '2026-10-20T02:00:00.000Z', { date: '2026-10-20', status: 'done', percent: 100 }), update('msr-plan-1', '2026-11-25T02:00:00.000Z', { date: '2026-09-01', percent: 60 })],
      calendar,
      DEC_1,
    );
    expect(report.byMeasure.get('msr-plan-1')).toBe('not-expected');
    const reopened = freshnessOf(
      measures(),
      [update('msr-plan-1', '2026-10-20T02:00:00.000Z', { date: '2026-10-20', percent: 60 }), update('msr-plan-1', '2026-11-25T02:00:00.000Z', { date: '2026-09-01', percent: 60 })],
      calendar,
      DEC_1,
    );
    expect(reopened.byMeasure.get('msr-plan-1')).toBe('fresh');
  });

  it('counts a measure of two units for both, one of none under no unit, most stale first', () => {
    const all = measures();
    const shared: Measure = { ...(all[2] as Measure), unitIds: ['unit-finance', 'unit-palad'] };
    const report = freshnessOf([all[0] as Measure, shared, all[6] as Measure], [update('msr-plan-1', '2026-11-11T02:00:00.000Z')], calendar, DEC_1);
    expect(report.byUnit.map((u) => [u.unitId, u.expected, u.stale.map((m) => m.id)])).toEqual([
      ['', 1, ['msr-drive-1']],
      ['unit-finance', 1, ['msr-plan-3']],
      ['unit-palad', 2, ['msr-plan-3']],
    ]);
  });

  it('chases nobody before the first meeting, and across the fiscal year’s turn counts from September’s meeting', () => {
    const firstEver: MeetingCalendar = { rule: null, extraDates: ['2026-12-15'], cancelledDates: [] };
    const before = freshnessOf(measures(), [], firstEver, DEC_1);
    expect([before.lastMeeting, before.nextMeeting, before.stale]).toEqual([null, '2026-12-15', []]);
    expect(before.byMeasure.get('msr-plan-1')).toBe('no-meeting');
    expect(before.byUnit.find((u) => u.unitId === 'unit-palad')).toEqual({ unitId: 'unit-palad', expected: 5, stale: [] });

    // 1 October 2026 opens fiscal year 2570; the last meeting was 8 September 2569 B.E.
    const turn = freshnessOf(measures(), [update('msr-plan-3', '2026-09-30T09:00:00.000Z')], calendar, new Date('2026-10-01T03:00:00.000Z'));
    expect(turn.lastMeeting).toBe('2026-09-08');
    expect(turn.nextMeeting).toBe('2026-10-13');
    expect(turn.byMeasure.get('msr-plan-3')).toBe('fresh');
  });
});
