import * as z from 'zod/mini';
import { idSchema, TEXT_MAX, tooLong } from '../schemas/common';

/**
 * What the planning officer sets for the reminders the server sends: when, by which channel, to
 * whom. The secrets (LINE's channel access token, the SMTP password) are not part of it: they are
 * written on their own (see `reminderSettingsInputSchema`) and never read back.
 */

/** A LINE user (U…), group (C…) or room (R…) id as the Messaging API names them: a letter and 32 hex digits. */
export const lineIdSchema = z.string().check(
  z.trim(),
  z.regex(/^[UCR][0-9a-f]{32}$/, { error: 'รหัสผู้รับของ LINE ต้องขึ้นต้นด้วย U, C หรือ R ตามด้วยเลขฐานสิบหก 32 ตัว' }),
);

// A plain pattern rather than z.email: zod's e-mail check would sit in the shared chunk every
// first visit loads, for a form only the planning officer opens on the server.
const EMAIL = /^[^\s@<>(),;:"]+@[^\s@<>(),;:"]+\.[^\s@<>(),;:".]{2,}$/;
export const emailAddressSchema = z.string().check(z.regex(EMAIL, { error: 'ที่อยู่อีเมลไม่ถูกต้อง' }));

/** Each recipient reachable by LINE, by e-mail, or both; a handful, not a mailing list. */
const addresses = {
  line: z.array(lineIdSchema).check(z.maxLength(10, { error: 'ผู้รับทาง LINE ได้ไม่เกิน 10 รายการ' })),
  email: z.array(emailAddressSchema).check(z.maxLength(10, { error: 'ผู้รับทางอีเมลได้ไม่เกิน 10 รายการ' })),
};
export const recipientsSchema = z.object(addresses);
export type Recipients = z.infer<typeof recipientsSchema>;

export const unitRecipientsSchema = z.object({ unitId: idSchema, ...addresses });
export type UnitRecipients = z.infer<typeof unitRecipientsSchema>;

/** How the server reaches the SMTP server: TLS from the start (465), STARTTLS (587), or neither (a relay on the office network). */
export const SMTP_SECURITY = ['tls', 'starttls', 'none'] as const;

export const smtpSettingsSchema = z.object({
  host: z.string().check(z.trim(), z.maxLength(TEXT_MAX.name, tooLong('เซิร์ฟเวอร์ SMTP', TEXT_MAX.name))),
  port: z.number({ error: 'พอร์ตต้องเป็นตัวเลข' }).check(
    z.int({ error: 'พอร์ตต้องเป็นจำนวนเต็ม' }),
    z.minimum(1, { error: 'พอร์ตต้องอยู่ระหว่าง 1 ถึง 65535' }),
    z.maximum(65_535, { error: 'พอร์ตต้องอยู่ระหว่าง 1 ถึง 65535' }),
  ),
  security: z.enum(SMTP_SECURITY, { error: 'การเข้ารหัสต้องเป็น TLS, STARTTLS หรือไม่เข้ารหัส' }),
  /** Empty: the server sends without signing in (a relay that trusts the office network). */
  username: z.string().check(z.trim(), z.maxLength(TEXT_MAX.name, tooLong('ชื่อผู้ใช้ SMTP', TEXT_MAX.name))),
  /** The sender as the recipients see it. */
  from: z.union([z.literal(''), emailAddressSchema]),
});
export type SmtpSettings = z.infer<typeof smtpSettingsSchema>;

export const reminderSettingsSchema = z.object({
  /** Off: nothing is sent on the schedule (the test buttons still work). */
  enabled: z.boolean(),
  /** Reminders go this many days before each meeting in the calendar. */
  daysBefore: z.number({ error: 'จำนวนวันต้องเป็นตัวเลข' }).check(
    z.int({ error: 'จำนวนวันต้องเป็นจำนวนเต็ม' }),
    z.minimum(1, { error: 'ต้องส่งก่อนการประชุมอย่างน้อย 1 วัน' }),
    z.maximum(30, { error: 'ส่งก่อนการประชุมได้ไม่เกิน 30 วัน' }),
  ),
  /** The hour of the day, Thai time, from which they go (a reminder missed overnight waits for it): nobody is woken at midnight. */
  sendHour: z.number({ error: 'เวลาต้องเป็นตัวเลข' }).check(
    z.int({ error: 'เวลาต้องเป็นชั่วโมงเต็ม' }),
    z.minimum(0, { error: 'เวลาต้องอยู่ระหว่าง 0 ถึง 23 นาฬิกา' }),
    z.maximum(23, { error: 'เวลาต้องอยู่ระหว่าง 0 ถึง 23 นาฬิกา' }),
  ),
  /** The app's address as the staff open it, for the links in a message; empty: no link. */
  appUrl: z.union([z.literal(''), z.url({ protocol: /^https?$/, error: 'ที่อยู่ของแอปต้องขึ้นต้นด้วย http:// หรือ https://' })]),
  line: z.object({ enabled: z.boolean() }),
  email: z.object({ enabled: z.boolean(), smtp: smtpSettingsSchema }),
  /** The planning officer's summary goes here. */
  planner: recipientsSchema,
  /** Each unit head's reminder goes to the addresses of their unit. */
  units: z.array(unitRecipientsSchema).check(
    z.maxLength(200),
    z.refine((units) => new Set(units.map((u) => u.unitId)).size === units.length, {
      error: 'ส่วนราชการหนึ่งมีรายการผู้รับได้รายการเดียว',
      params: { code: 'duplicate-unit' },
    }),
  ),
});
export type ReminderSettings = z.infer<typeof reminderSettingsSchema>;

export const DEFAULT_REMINDER_SETTINGS: ReminderSettings = {
  enabled: false,
  daysBefore: 3,
  sendHour: 8,
  appUrl: '',
  line: { enabled: false },
  email: { enabled: false, smtp: { host: '', port: 587, security: 'starttls', username: '', from: '' } },
  planner: { line: [], email: [] },
  units: [],
};

const secret = (what: string, trimmed: boolean) =>
  z.optional(z.nullable(z.string().check(...(trimmed ? [z.trim()] : []), z.minLength(1, { error: `ต้องระบุ${what}` }), z.maxLength(1_000, tooLong(what, 1_000)))));

/**
 * What PUT takes: the settings, and each secret only when it changes — a string sets it, null
 * clears it, absent keeps the one stored (the screen never has it to send back).
 */
export const reminderSettingsInputSchema = z.object({
  ...reminderSettingsSchema.shape,
  // A token is copied from LINE Developers, often with a space or a line break around it; a password is kept as typed.
  lineToken: secret('Channel access token ของ LINE', true),
  smtpPassword: secret('รหัสผ่าน SMTP', false),
});
export type ReminderSettingsInput = z.infer<typeof reminderSettingsInputSchema>;

/** What GET answers: the settings, whether each secret is set (never the secret), and whether the server can keep secrets at all. */
export interface ReminderSettingsView extends ReminderSettings {
  hasLineToken: boolean;
  hasSmtpPassword: boolean;
  /** False when the server has no ITA_SECRET_KEY: then no secret can be stored, and nothing is sent. */
  secretKeyReady: boolean;
  /** Secrets stored under another key (ITA_SECRET_KEY changed, or unset since): they must be typed again. */
  unreadableSecrets: ('lineToken' | 'smtpPassword')[];
}
