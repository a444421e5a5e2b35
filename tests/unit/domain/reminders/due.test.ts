import { dueReminders, reminderKey, windowOpens, type ReminderInput } from '../../../../src/domain/reminders/due';
import { DEFAULT_REMINDER_SETTINGS, type ReminderSettings } from '../../../../src/domain/reminders/settings';
import type { ProgressUpdate } from '../../../../src/domain/schemas/measure';
import type { MeetingCalendar } from '../../../../src/domain/schemas/meetingCalendar';
import { seedData } from '../../../support/seed';

// The seed: สำนักปลัดเทศบาล (unit-palad) has five measures, กองคลัง (unit-finance) one, three
// have no unit. Meetings on the second Tuesday: 10 November and 8 December 2026 (2569 B.E.).
const calendar: MeetingCalendar = { rule: { kind: 'weekday-of-month', week: 2, weekday: 2 }, extraDates: [], cancelledDates: [] };
const data = seedData();
const PALAD_LINE = `U${'a'.repeat(32)}`;
const GROUP_LINE = `C${'b'.repeat(32)}`;
const PLANNER_LINE = `U${'c'.repeat(32)}`;
const settings: ReminderSettings = {
  ...DEFAULT_REMINDER_SETTINGS,
  enabled: true,
  daysBefore: 3,
  sendHour: 8,
  appUrl: 'https://ita.example.go.th/',
  line: { enabled: true },
  email: { ...DEFAULT_REMINDER_SETTINGS.email, enabled: true },
  planner: { line: [PLANNER_LINE], email: ['plan@example.go.th'] },
  units: [
    { unitId: 'unit-palad', line: [PALAD_LINE, GROUP_LINE], email: ['palad@example.go.th'] },
    { unitId: 'unit-finance', line: [], email: ['finance@example.go.th'] },
  ],
};
// Saturday 5 December 2026, 08:00 in Thailand: the window for the 8th opens then.
const OPENS = new Date('2026-12-05T01:00:00.000Z');
const input = (over: Partial<ReminderInput> = {}): ReminderInput => ({
  settings,
  ready: { line: true, email: true },
  calendar,
  year: 2565,
  units: data.units,
  measures: data.measures,
  latest: [],
  sent: new Set(),
  now: OPENS,
  ...over,
});
const update = (measureId: string, createdAt: string): ProgressUpdate => ({
  id: `upd-${measureId}`,
  measureId,
  date: createdAt.slice(0, 10),
  authorName: 'ผู้รายงาน',
  unitId: null,
  status: 'in-progress',
  percent: 50,
  note: '',
  evidenceUrl: '',
  createdAt,
});
const financeFresh = [update('msr-plan-3', '2026-11-20T02:00:00.000Z')];

describe('when reminders are due', () => {
  it.each<[string, Partial<ReminderInput>, string, number]>([
    ['reminders off', { settings: { ...settings, enabled: false } }, 'off', 0],
    ['no channel ready', { ready: { line: false, email: false } }, 'off', 0],
    ['no meeting in the calendar', { calendar: { rule: null, extraDates: [], cancelledDates: [] } }, 'no-meeting', 0],
    ['the meeting is today (no longer of use)', { now: new Date('2026-12-08T01:00:00.000Z') }, 'no-meeting', 0],
    ['a minute before the window opens', { now: new Date(OPENS.getTime() - 60_000) }, 'not-yet', 0],
    ['the window opens', {}, 'due', 6],
    ['in the window, 03:00 Thai time: waits for the hour', { now: new Date('2026-12-06T20:00:00.000Z') }, 'not-yet', 0],
    ['the evening before the meeting (23:59 Thai time)', { now: new Date('2026-12-07T16:59:00.000Z') }, 'due', 6],
    ['the first meeting in the calendar (nothing to count from)', { calendar: { rule: null, extraDates: ['2026-12-08'], cancelledDates: [] } }, 'no-last-meeting', 0],
    ['every address already sent', { sent: new Set(dueReminders(input()).due.map((d) => d.key)) }, 'due', 0],
  ])('%s', (_, over, state, count) => {
    const plan = dueReminders(input(over));
    expect(plan.state).toBe(state);
    expect(plan.due).toHaveLength(count);
  });

  it('opens the window N days before the meeting at the hour set, Thai time', () => {
    expect(windowOpens('2026-12-08', 3, 8).toISOString()).toBe('2026-12-05T01:00:00.000Z');
    expect(windowOpens('2026-12-08', 1, 0).toISOString()).toBe('2026-12-06T17:00:00.000Z');
    const plan = dueReminders(input({ now: new Date('2026-12-01T03:00:00.000Z') }));
    expect([plan.meeting, plan.opensAt]).toEqual(['2026-12-08', '2026-12-05T01:00:00.000Z']);
  });
});

describe('what is due', () => {
  it('one message per address of each waiting unit, then the summary to the planning officer', () => {
    const plan = dueReminders(input());
    expect(plan.due.map((d) => [d.recipient, d.channel, d.to])).toEqual([
      ['unit-palad', 'line', PALAD_LINE],
      ['unit-palad', 'line', GROUP_LINE],
      ['unit-palad', 'email', 'palad@example.go.th'],
      ['unit-finance', 'email', 'finance@example.go.th'],
      ['planner', 'line', PLANNER_LINE],
      ['planner', 'email', 'plan@example.go.th'],
    ]);
    expect(plan.due.every((d) => d.meeting === '2026-12-08')).toBe(true);
    expect(plan.due[0]?.key).toBe(reminderKey('2026-12-08', 'unit-palad', 'line', PALAD_LINE));
    expect(new Set(plan.due.map((d) => d.key)).size).toBe(plan.due.length);
  });

  it('writes the unit’s own measures in Thai with a link to its waiting list', () => {
    const finance = dueReminders(input()).due.find((d) => d.recipient === 'unit-finance');
    expect(finance?.subject).toBe('มาตรการ ITA ของกองคลังที่ยังไม่ได้บันทึกความคืบหน้า ก่อนการประชุม 8 ธ.ค. 2569');
    expect(finance?.text.split('\n')).toEqual([
      'เรียน กองคลัง',
      'มาตรการ ITA ที่ยังไม่ได้บันทึกความคืบหน้าตั้งแต่การประชุมครั้งก่อน (10 พ.ย. 2569) มี 1 มาตรการ',
      '1. การสร้างมาตรการส่งเสริมความโปร่งใสในการจัดซื้อจัดจ้าง',
      'ขอให้บันทึกความคืบหน้าในระบบก่อนการประชุมครั้งต่อไป วันอังคารที่ 8 ธันวาคม 2569',
      'เปิดรายการ: https://ita.example.go.th/#/measures?year=2565&unit=unit-finance&fresh=stale',
    ]);
  });

  it('sends nothing to a unit that is up to date; the summary still goes', () => {
    const plan = dueReminders(input({ latest: financeFresh }));
    expect(plan.due.map((d) => d.recipient)).not.toContain('unit-finance');
    expect(plan.due.filter((d) => d.recipient === 'planner')).toHaveLength(2);
    const summary = plan.due.find((d) => d.recipient === 'planner')?.text ?? '';
    expect(summary).toContain('- สำนักปลัดเทศบาล 5 มาตรการ');
    expect(summary).toContain('- ไม่ระบุส่วนราชการ 3 มาตรการ');
    expect(summary).not.toContain('กองคลัง');
  });

  it('leaves out what was already sent, so a restart sends only what is missing', () => {
    const sent = new Set([reminderKey('2026-12-08', 'unit-palad', 'line', PALAD_LINE), reminderKey('2026-12-08', 'planner', 'email', 'plan@example.go.th')]);
    const plan = dueReminders(input({ sent }));
    expect(plan.due).toHaveLength(4);
    expect(plan.due.some((d) => sent.has(d.key))).toBe(false);
  });

  it('uses only the channels that are ready', () => {
    const plan = dueReminders(input({ ready: { line: false, email: true } }));
    expect(plan.due.map((d) => d.to)).toEqual(['palad@example.go.th', 'finance@example.go.th', 'plan@example.go.th']);
  });

  it('names the waiting units nobody can be told about, in the summary and to the screen', () => {
    // กองคลัง has only an e-mail address: with LINE alone it cannot be reminded.
    const plan = dueReminders(input({ ready: { line: true, email: false }, settings: { ...settings, units: [settings.units[0] as ReminderSettings['units'][number]] } }));
    expect(plan.unaddressed).toEqual(['unit-finance']);
    const lineOnly = dueReminders(input({ ready: { line: true, email: false } }));
    expect(lineOnly.unaddressed).toEqual(['unit-finance']);
    expect(lineOnly.due.find((d) => d.recipient === 'planner')?.text.split('\n').at(-1)).toBe('ยังไม่ได้ตั้งผู้รับการแจ้งเตือนของ กองคลัง');
  });

  it('sends the same address one message even when listed twice', () => {
    const twice = { ...settings, planner: { line: [PLANNER_LINE, PLANNER_LINE], email: [] } };
    expect(dueReminders(input({ settings: twice })).due.filter((d) => d.recipient === 'planner')).toHaveLength(1);
  });

  it('writes no link when the app’s address is not set, and the unit’s id when its name is gone', () => {
    const measures = data.measures.map((m) => (m.id === 'msr-plan-3' ? { ...m, unitIds: ['unit-gone'] } : m));
    const plan = dueReminders(input({ settings: { ...settings, appUrl: '' }, measures }));
    expect(plan.due.some((d) => d.text.includes('http'))).toBe(false);
    expect(plan.unaddressed).toEqual([]);
    expect(plan.due.find((d) => d.recipient === 'planner')?.text).toContain('- unit-gone 1 มาตรการ');
  });

  it('says when everyone is up to date, to the planning officer only', () => {
    const everyone = data.measures.map((m) => update(m.id, '2026-11-20T02:00:00.000Z'));
    const plan = dueReminders(input({ latest: everyone }));
    expect(plan.due.map((d) => d.recipient)).toEqual(['planner', 'planner']);
    expect(plan.due[0]?.text).toContain('ทุกส่วนราชการบันทึกความคืบหน้าครบทั้ง 9 มาตรการแล้ว');
  });
});
