import { meetingsBetween, nextMeeting, previousMeeting, ruleDateInMonth, thaiDateOf } from '../../../src/domain/meetingCalendar';
import { meetingCalendarSchema, NO_MEETINGS, type MeetingCalendar } from '../../../src/domain/schemas/meetingCalendar';

const secondTuesday: MeetingCalendar = { rule: { kind: 'weekday-of-month', week: 2, weekday: 2 }, extraDates: [], cancelledDates: [] };

describe('the meeting rule', () => {
  it('finds the nth and the last weekday of a month', () => {
    // December 2026 begins on a Tuesday: its second Tuesday is the 8th.
    expect(ruleDateInMonth({ kind: 'weekday-of-month', week: 2, weekday: 2 }, 2026, 12)).toBe('2026-12-08');
    expect(ruleDateInMonth({ kind: 'weekday-of-month', week: 1, weekday: 2 }, 2026, 12)).toBe('2026-12-01');
    expect(ruleDateInMonth({ kind: 'weekday-of-month', week: 4, weekday: 2 }, 2026, 12)).toBe('2026-12-22');
    // January 2027 begins on a Friday: its first Monday is the 4th, its last Sunday the 31st.
    expect(ruleDateInMonth({ kind: 'weekday-of-month', week: 1, weekday: 1 }, 2027, 1)).toBe('2027-01-04');
    expect(ruleDateInMonth({ kind: 'weekday-of-month', week: -1, weekday: 0 }, 2027, 1)).toBe('2027-01-31');
    expect(ruleDateInMonth({ kind: 'weekday-of-month', week: -1, weekday: 5 }, 2027, 1)).toBe('2027-01-29');
    // February 2027 has exactly four of each weekday.
    expect(ruleDateInMonth({ kind: 'weekday-of-month', week: -1, weekday: 1 }, 2027, 2)).toBe('2027-02-22');
  });

  it('puts a day of the month past a short month’s end on its last day', () => {
    expect(ruleDateInMonth({ kind: 'day-of-month', day: 15 }, 2026, 11)).toBe('2026-11-15');
    expect(ruleDateInMonth({ kind: 'day-of-month', day: 31 }, 2026, 11)).toBe('2026-11-30');
    expect(ruleDateInMonth({ kind: 'day-of-month', day: 30 }, 2027, 2)).toBe('2027-02-28');
    expect(ruleDateInMonth({ kind: 'day-of-month', day: 29 }, 2028, 2)).toBe('2028-02-29');
  });
});

describe('meetings between two days', () => {
  it('lists the rule’s dates with the added ones, less the cancelled, once each and in order', () => {
    const calendar: MeetingCalendar = { ...secondTuesday, extraDates: ['2026-12-24', '2026-12-08', '2027-03-01'], cancelledDates: ['2027-01-12'] };
    expect(meetingsBetween(calendar, '2026-11-01', '2027-02-28')).toEqual(['2026-11-10', '2026-12-08', '2026-12-24', '2027-02-09']);
    expect(meetingsBetween(calendar, '2026-12-09', '2026-12-23')).toEqual([]);
    expect(meetingsBetween(calendar, '2027-01-01', '2026-12-01')).toEqual([]);
  });

  it('has only the added dates when there is no rule, and none for an empty calendar', () => {
    expect(meetingsBetween({ rule: null, extraDates: ['2026-12-20', '2026-11-05'], cancelledDates: [] }, '2026-01-01', '2026-12-31')).toEqual(['2026-11-05', '2026-12-20']);
    expect(meetingsBetween(NO_MEETINGS, '2026-01-01', '2026-12-31')).toEqual([]);
    expect(nextMeeting(NO_MEETINGS, '2026-12-04')).toBeNull();
    expect(previousMeeting(NO_MEETINGS, '2026-12-04')).toBeNull();
  });
});

describe('the next and the last meeting', () => {
  it('counts a meeting today as the next one, and the one before it as the last', () => {
    expect(nextMeeting(secondTuesday, '2026-12-08')).toBe('2026-12-08');
    expect(previousMeeting(secondTuesday, '2026-12-08')).toBe('2026-11-10');
    expect(previousMeeting(secondTuesday, '2026-12-09')).toBe('2026-12-08');
    expect(nextMeeting(secondTuesday, '2026-12-09')).toBe('2027-01-12');
  });

  it('crosses month ends, the calendar year and the fiscal year', () => {
    const onThe31st: MeetingCalendar = { rule: { kind: 'day-of-month', day: 31 }, extraDates: [], cancelledDates: [] };
    expect(nextMeeting(onThe31st, '2027-02-01')).toBe('2027-02-28');
    expect(previousMeeting(onThe31st, '2027-03-01')).toBe('2027-02-28');
    expect(previousMeeting(onThe31st, '2027-01-01')).toBe('2026-12-31');
    // Fiscal year 2570 begins on 1 October 2026 (2569 B.E.): its first day's last meeting is the old year's.
    expect(previousMeeting(onThe31st, '2026-10-01')).toBe('2026-09-30');
    expect(nextMeeting(secondTuesday, '2026-09-30')).toBe('2026-10-13');
  });

  it('skips a cancelled meeting to the one after it', () => {
    const calendar = { ...secondTuesday, cancelledDates: ['2026-12-08'] };
    expect(nextMeeting(calendar, '2026-12-01')).toBe('2027-01-12');
    expect(previousMeeting(calendar, '2027-01-01')).toBe('2026-11-10');
  });
});

it('takes the Thai date of a moment, whatever the machine’s zone', () => {
  expect(thaiDateOf('2026-12-03T17:30:00.000Z')).toBe('2026-12-04');
  expect(thaiDateOf('2026-12-03T16:59:59.000Z')).toBe('2026-12-03');
  expect(thaiDateOf(new Date('2026-12-31T17:00:00.000Z'))).toBe('2027-01-01');
});

it('refuses a calendar that cannot be, in Thai', () => {
  const bad = meetingCalendarSchema.safeParse({ rule: { kind: 'weekday-of-month', week: 5, weekday: 7 }, extraDates: ['8 ธ.ค. 2569'], cancelledDates: [] });
  expect(bad.success).toBe(false);
  const messages = bad.error?.issues.map((i) => i.message) ?? [];
  expect(messages).toContain('สัปดาห์ของเดือนต้องเป็นที่ 1–4 หรือสัปดาห์สุดท้าย');
  expect(messages).toContain('วันในสัปดาห์ต้องเป็นวันอาทิตย์ถึงวันเสาร์');
  expect(messages).toContain('วันที่ต้องอยู่ในรูปแบบ ปปปป-ดด-วว (ค.ศ.)');
  expect(meetingCalendarSchema.safeParse({ rule: { kind: 'day-of-month', day: 32 }, extraDates: [], cancelledDates: [] }).error?.issues[0]?.message).toBe('วันที่ต้องอยู่ระหว่าง 1 ถึง 31');
  expect(meetingCalendarSchema.safeParse(secondTuesday).success).toBe(true);
});
