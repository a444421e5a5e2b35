import { freshnessOf } from '../freshness';
import { nextMeeting, thaiDateOf } from '../meetingCalendar';
import { agencyReminderText, unitReminderText } from '../reminders';
import type { Measure, ProgressUpdate } from '../schemas/measure';
import type { MeetingCalendar } from '../schemas/meetingCalendar';
import type { Unit } from '../schemas/organisation';
import { formatThaiDate } from '../thaiDate';
import type { Recipients, ReminderSettings } from './settings';

export type ReminderChannel = 'line' | 'email';

/** One message to one address: what the server claims in its log, sends, and records. */
export interface DueReminder {
  /** Meeting date, recipient, channel and address: the same reminder always has the same key, so it is sent once. */
  key: string;
  meeting: string;
  /** A unit's id for its head's reminder, 'planner' for the summary. */
  recipient: string;
  channel: ReminderChannel;
  to: string;
  subject: string;
  text: string;
}

/**
 * Why nothing is due: `off` reminders are off or no channel is ready; `no-meeting` no meeting
 * ahead in the calendar; `not-yet` the window has not opened, or today's hour has not come; `no-last-meeting` nothing to count
 * from (the first meeting in the calendar); `due` there is a window and this is what it holds
 * (possibly nothing left: everything already sent).
 */
export type ReminderState = 'off' | 'no-meeting' | 'not-yet' | 'no-last-meeting' | 'due';

export interface ReminderPlan {
  state: ReminderState;
  /** The meeting the reminders are for, when there is one ahead. */
  meeting: string | null;
  /** When its reminders may start to go (ISO instant), when there is a meeting ahead. */
  opensAt: string | null;
  /** Not yet sent, in order: the units as listed, then the summary. */
  due: DueReminder[];
  /** Units with measures waiting but no address to remind: the summary names them, the screen warns. */
  unaddressed: string[];
}

export interface ReminderInput {
  settings: ReminderSettings;
  /** Which channels can send: enabled and with what they need (a token, an SMTP host). */
  ready: Record<ReminderChannel, boolean>;
  calendar: MeetingCalendar;
  /** The fiscal year (B.E.) whose measures are counted, for the links. */
  year: number;
  units: readonly Unit[];
  measures: readonly Measure[];
  latest: readonly ProgressUpdate[];
  /** Keys already claimed in the sends log, whatever became of them. */
  sent: ReadonlySet<string>;
  now: Date;
}

const DAY_MS = 86_400_000;
const CHANNELS: readonly ReminderChannel[] = ['line', 'email'];

const thaiHour = (moment: Date) => (moment.getUTCHours() + 7) % 24;

export const reminderKey = (meeting: string, recipient: string, channel: ReminderChannel, to: string) => `${meeting}|${recipient}|${channel}|${to}`;

/** The moment a meeting's reminders may go: `daysBefore` days before it, at `sendHour` Thai time (UTC+7 all year). */
export function windowOpens(meeting: string, daysBefore: number, sendHour: number): Date {
  return new Date(Date.parse(`${meeting}T00:00:00Z`) - daysBefore * DAY_MS + (sendHour - 7) * 3_600_000);
}

/**
 * The reminders due at `now`: once the window before the next meeting has opened, from the
 * hour set on each of its days, and while that meeting's day has not come (a reminder on the day is no longer of use), one message per
 * address of each unit with measures that have nothing recorded since the last meeting, and one
 * summary per address of the planning officer. Units up to date get nothing; keys in `sent` are
 * left out, so a missed reminder is still due after a restart and a sent one never twice.
 */
export function dueReminders(input: ReminderInput): ReminderPlan {
  const { settings, ready, calendar, now } = input;
  const channels = CHANNELS.filter((c) => ready[c]);
  const today = thaiDateOf(now);
  const meeting = nextMeeting(calendar, today);
  const opens = meeting === null ? null : windowOpens(meeting, settings.daysBefore, settings.sendHour);
  const plan = (state: ReminderState, due: DueReminder[] = [], unaddressed: string[] = []): ReminderPlan => ({
    state,
    meeting,
    opensAt: opens?.toISOString() ?? null,
    due,
    unaddressed,
  });
  if (!settings.enabled || channels.length === 0) return plan('off');
  // A meeting today is not ahead any more: its reminders were of use before it.
  if (meeting === null || opens === null || meeting === today) return plan('no-meeting');
  // Within the window too, a reminder waits for the day's hour: one missed overnight goes in the morning.
  if (now < opens || thaiHour(now) < settings.sendHour) return plan('not-yet');
  const report = freshnessOf(input.measures, input.latest, calendar, now);
  const last = report.lastMeeting;
  if (last === null) return plan('no-last-meeting');

  const unitName = (id: string) => input.units.find((u) => u.id === id)?.name ?? id;
  const link = (hash: string) => (settings.appUrl ? `${settings.appUrl}#${hash}` : '');
  const when = formatThaiDate(meeting, { short: true });
  const due: DueReminder[] = [];
  const add = (recipient: string, to: Recipients, subject: string, text: string) => {
    for (const channel of channels) {
      for (const address of to[channel]) {
        const key = reminderKey(meeting, recipient, channel, address);
        if (!input.sent.has(key) && !due.some((d) => d.key === key)) due.push({ key, meeting, recipient, channel, to: address, subject, text });
      }
    }
  };

  const waiting = report.byUnit.filter((u) => u.unitId !== '' && u.stale.length > 0);
  const unaddressed: string[] = [];
  for (const unit of input.units) {
    const stale = waiting.find((u) => u.unitId === unit.id)?.stale;
    if (!stale) continue;
    const to = settings.units.find((r) => r.unitId === unit.id);
    if (!to || channels.every((c) => to[c].length === 0)) {
      unaddressed.push(unit.id);
      continue;
    }
    const text = unitReminderText({
      unitName: unit.name,
      titles: stale.map((m) => m.title),
      lastMeeting: last,
      nextMeeting: meeting,
      link: link(`/measures?year=${input.year}&unit=${encodeURIComponent(unit.id)}&fresh=stale`),
    });
    add(unit.id, to, `มาตรการ ITA ของ${unit.name}ที่ยังไม่ได้บันทึกความคืบหน้า ก่อนการประชุม ${when}`, text);
  }

  const summary = agencyReminderText({
    units: report.byUnit.map((u) => ({ unitName: u.unitId === '' ? 'ไม่ระบุส่วนราชการ' : unitName(u.unitId), stale: u.stale.length })),
    stale: report.stale.length,
    expected: report.byUnit.reduce((n, u) => n + u.expected, 0),
    lastMeeting: last,
    nextMeeting: meeting,
    link: link(`/?year=${input.year}`),
  });
  const nobody = unaddressed.length ? [`ยังไม่ได้ตั้งผู้รับการแจ้งเตือนของ ${unaddressed.map(unitName).join(', ')}`] : [];
  add('planner', settings.planner, `ความคืบหน้ามาตรการ ITA ก่อนการประชุม ${when}`, [summary, ...nobody].join('\n'));
  return plan('due', due, unaddressed);
}
