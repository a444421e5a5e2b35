import { randomUUID } from 'node:crypto';
import type { Pool } from 'pg';
import { dueReminders, type DueReminder, type ReminderChannel, type ReminderInput, type ReminderPlan } from '../../src/domain/reminders/due';
import { NO_MEETINGS } from '../../src/domain/schemas/meetingCalendar';
import type { Actor } from '../../src/domain/schemas/actor';
import { createPgStore } from '../store/pgStore';
import { createLineSender, type LineSenderOptions } from './lineSender';
import { createMailSender, type MailSenderOptions } from './mailSender';
import { withRetries, type RetryOptions } from './retry';
import { sendFailureThai, type SendFailure, type SendOutcome } from './sendFailure';
import { createSendsLog, type SendEntry } from './sendsLog';
import { createReminderSettingsStore, type OpenedSecret, type StoredReminderSettings } from './settingsStore';

export interface RemindersOptions {
  pool: Pool;
  /** ITA_SECRET_KEY's 32 bytes; null: no secret can be stored or read, so nothing is sent. */
  key: Buffer | null;
  now?: () => Date;
  line?: LineSenderOptions;
  mail?: MailSenderOptions;
  retry?: RetryOptions;
}

/** Who reads the agency's data for a round: the rounds only read, as the planning officer may. */
const REMINDER_READER: Actor = { name: 'การแจ้งเตือนอัตโนมัติ', role: 'planning-officer', unitId: null };

export const TEST_TEXT = 'ทดสอบการแจ้งเตือนจากแดชบอร์ดมาตรการ ITA: ได้รับข้อความนี้แสดงว่าการตั้งค่าใช้ได้แล้ว';
export const TEST_SUBJECT = 'ทดสอบการแจ้งเตือน ITA';

export type TestResult = { ok: true; entry: SendEntry } | { ok: false; error: { code: SendFailure['code']; values: SendFailure['values']; message: string }; entry: SendEntry | null };

const missing = (channel: ReminderChannel, detail: string): SendOutcome => ({ ok: false, failure: { code: 'not-configured', values: { channel, detail }, retry: false } });
const unreadable = (channel: ReminderChannel): SendOutcome => ({ ok: false, failure: { code: 'secret-unreadable', values: { channel }, retry: false } });

/**
 * The reminders the server sends: its settings, its log, a round (what is due now, claimed and
 * sent) and the test buttons' single messages.
 */
export function createReminders({ pool, key, now = () => new Date(), line = {}, mail = {}, retry = {} }: RemindersOptions) {
  const settings = createReminderSettingsStore(pool, key);
  const sends = createSendsLog(pool);
  const pushLine = createLineSender(line);
  const sendMail = createMailSender(mail);
  const store = createPgStore({ pool, actor: () => REMINDER_READER, now });

  const secretOf = (secret: OpenedSecret) => (secret.state === 'ok' ? secret.value : null);
  /** One message on one channel, as the settings stand; what is missing is a failure like any other. */
  async function deliver(
    stored: StoredReminderSettings,
    channel: ReminderChannel,
    to: string,
    subject: string,
    text: string,
    retryKey: string,
    signal?: AbortSignal,
  ): Promise<{ outcome: SendOutcome; tries: number }> {
    if (channel === 'line') {
      if (stored.lineToken.state === 'unreadable') return { outcome: unreadable('line'), tries: 0 };
      const token = secretOf(stored.lineToken);
      if (!token) return { outcome: missing('line', 'Channel access token'), tries: 0 };
      return withRetries(() => pushLine({ token, to, text, retryKey }), { ...retry, signal });
    }
    const { smtp } = stored.settings.email;
    if (!smtp.host) return { outcome: missing('email', 'SMTP host'), tries: 0 };
    if (smtp.username && stored.smtpPassword.state === 'unreadable') return { outcome: unreadable('email'), tries: 0 };
    const password = secretOf(stored.smtpPassword);
    if (smtp.username && !password) return { outcome: missing('email', 'SMTP password'), tries: 0 };
    return withRetries(() => sendMail({ smtp, password, to, subject, text }), { ...retry, signal });
  }

  const readyOf = (stored: StoredReminderSettings): ReminderInput['ready'] => ({
    line: stored.settings.line.enabled && stored.lineToken.state === 'ok',
    email: stored.settings.email.enabled && stored.settings.email.smtp.host !== '' && (stored.settings.email.smtp.username === '' || stored.smtpPassword.state === 'ok'),
  });

  /** What is due now, with the agency's data read only once the window is open. */
  async function plan(stored: StoredReminderSettings, at: Date): Promise<ReminderPlan> {
    const calendar = (await store.getSettings()).meetings ?? NO_MEETINGS;
    const base: ReminderInput = { settings: stored.settings, ready: readyOf(stored), calendar, year: 0, units: [], measures: [], latest: [], sent: new Set(), now: at };
    const outline = dueReminders(base);
    const [assessment] = await store.listAssessments();
    if (outline.state !== 'due' || outline.meeting === null || !assessment) return { ...outline, due: [] };
    const [units, measures, latest, sent] = await Promise.all([
      store.listUnits(),
      store.listMeasures(assessment.id),
      store.listLatestProgress(assessment.id),
      sends.blocking(outline.meeting, at),
    ]);
    return dueReminders({ ...base, year: assessment.fiscalYear, units, measures, latest, sent });
  }

  return {
    settings,
    sends,

    /** What a round would send now, and which channels can send, for the screen: nothing is claimed or sent. */
    async outlook(): Promise<ReminderPlan & { ready: ReminderInput['ready'] }> {
      const stored = await settings.read();
      return { ...(await plan(stored, now())), ready: readyOf(stored) };
    },

    /**
     * One round: sends a crash cut off are settled (giveUpCutOff), then each reminder due is
     * claimed in the log, sent (with retries) and recorded. Once
     * `signal` aborts (the server stopping) nothing more is claimed and no wait is sat out: what
     * failed is recorded for a later round, and what was not claimed goes at the next start.
     */
    async round(signal?: AbortSignal): Promise<SendEntry[]> {
      // First, so the round at start clears what the crash before it left 'sending'.
      await sends.giveUpCutOff(now());
      const stored = await settings.read();
      const { due } = await plan(stored, now());
      const done: SendEntry[] = [];
      for (const reminder of due) {
        if (signal?.aborted) break;
        const entry = await sendClaimed(stored, reminder, signal);
        if (entry) done.push(entry);
      }
      return done;
    },

    /** The test button: one message to `to`, or to the planning officer's first address on the channel. */
    async sendTest(channel: ReminderChannel, to?: string): Promise<TestResult> {
      const stored = await settings.read();
      const address = to ?? stored.settings.planner[channel][0];
      if (!address) {
        const failure = { code: 'not-configured' as const, values: { channel, detail: channel === 'line' ? 'recipient id' : 'recipient address' } };
        return { ok: false, error: { ...failure, message: sendFailureThai(failure) }, entry: null };
      }
      const claim = { key: `test|${randomUUID()}`, kind: 'test' as const, meeting: null, recipient: 'planner', channel, to: address };
      const retryKey = (await sends.claim(claim, now())) ?? randomUUID();
      const { outcome, tries } = await deliver(stored, channel, address, TEST_SUBJECT, TEST_TEXT, retryKey);
      const entry = await sends.finish(claim.key, outcome, tries, now());
      if (outcome.ok) return { ok: true, entry };
      const { code, values } = outcome.failure;
      return { ok: false, error: { code, values, message: sendFailureThai(outcome.failure) }, entry };
    },
  };

  async function sendClaimed(stored: StoredReminderSettings, reminder: DueReminder, signal?: AbortSignal): Promise<SendEntry | null> {
    const retryKey = await sends.claim({ ...reminder, kind: 'reminder' }, now());
    if (!retryKey) return null;
    const { outcome, tries } = await deliver(stored, reminder.channel, reminder.to, reminder.subject, reminder.text, retryKey, signal);
    return sends.finish(reminder.key, outcome, tries, now());
  }
}
export type Reminders = ReturnType<typeof createReminders>;
